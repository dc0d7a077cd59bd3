import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { controleer, normaal, heeftCommentaar } from '../../scripts/format-content.ts';

describe('content files are in the form the editor writes', () => {
  it('every content file without comments is normalised (npm run format:content)', () => {
    expect(controleer('content').afwijkend).toEqual([]);
  });
  it('normalising keeps the data, indents sequences, does not wrap, and is idempotent', () => {
    const bron = "naam: Gemeente Borne\ndeelnames:\n- casus: x\n  detail: '2'\n  tekst: >-\n    een lange\n    regel\n";
    const uit = normaal('a.yaml', bron);
    expect(uit).toBe("naam: Gemeente Borne\ndeelnames:\n  - casus: x\n    detail: '2'\n    tekst: een lange regel\n");
    expect(parse(uit)).toEqual(parse(bron));
    expect(normaal('a.yaml', uit)).toBe(uit);
    expect(normaal('a.mdx', '---\ntitel:   X\n---\n\nTekst *blijft*.\n')).toBe('---\ntitel: X\n---\n\nTekst *blijft*.\n');
  });
  it('sees comments, which the editor would drop', () => {
    expect(heeftCommentaar('a: 1 # waarom\n')).toBe(true);
    expect(heeftCommentaar('# kop\na: 1\n')).toBe(true);
    expect(heeftCommentaar("a: 'geen # commentaar'\n")).toBe(false);
  });
});
