import { describe, expect, it } from 'vitest';
import { breekWoord, koppenBreekbaar } from '../../src/lib/koppen.ts';

describe('koppenBreekbaar: long compounds in headings break only where their parts join', () => {
  it('puts a soft hyphen after a known first part of a long word', () => {
    expect(breekWoord('Samenwerkingsovereenkomst')).toBe('Samenwerkings&shy;overeenkomst');
    expect(breekWoord('Bedrijfsvoeringsorganisatie')).toBe('Bedrijfsvoerings&shy;organisatie');
  });
  it('leaves short words and unknown words alone', () => {
    expect(breekWoord('Samenwerking')).toBe('Samenwerking');
    expect(breekWoord('Aansprakelijkheidsvraag')).toBe('Aansprakelijkheidsvraag');
  });
  it('touches only the text of h1–h4, never attributes or other elements', () => {
    const html =
      '<h2 id="samenwerkingsovereenkomsten" title="Samenwerkingsovereenkomst">De Samenwerkingsovereenkomst</h2><p>Samenwerkingsovereenkomst</p>';
    expect(koppenBreekbaar(html)).toBe(
      '<h2 id="samenwerkingsovereenkomsten" title="Samenwerkingsovereenkomst">De Samenwerkings&shy;overeenkomst</h2><p>Samenwerkingsovereenkomst</p>',
    );
  });
});

import { celScheiding } from '../../src/lib/koppen.ts';
describe('celScheiding: adjacent cells and items are separated for text extraction', () => {
  it('puts a space between cells, not inside them', () => {
    expect(celScheiding('<tr><th>Borne</th><td>Ja</td></tr><tr><li>a</li><li>b</li>')).toBe(
      '<tr><th>Borne </th><td>Ja </td></tr><tr><li>a </li><li>b</li>',
    );
    expect(celScheiding('<b>x</b><i>y</i>')).toBe('<b>x</b><i>y</i>');
  });
});
