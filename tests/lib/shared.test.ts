/** The one home of each shared job: escaping, dates, money, citation links, problem format. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { esc } from '../../src/lib/html.ts';
import { datumNl, maandJaarNl, maandKortNl, MAANDEN } from '../../src/lib/dates.ts';
import { euro, euroVanEuros } from '../../src/lib/money.ts';
import { citationText, citeKey, sourceHref, uniqueCitations } from '../../src/lib/cite.ts';
import { ContentError, fieldProblem, zodProblems } from '../../src/lib/errors.ts';

describe('esc', () => {
  it('escapes the five characters that matter in text and attributes, and numbers', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(esc(12.5)).toBe('12.5');
    expect(esc('&amp;')).toBe('&amp;amp;');
  });
});

describe('dates', () => {
  it('writes Dutch dates from ISO strings and from calendar dates alike', () => {
    expect(datumNl('2026-11-23')).toBe('23 november 2026');
    expect(datumNl({ y: 2015, m: 1, d: 5 })).toBe('5 januari 2015');
    expect(maandJaarNl('2015-06')).toBe('juni 2015');
    expect(maandKortNl('2015-03-01')).toBe('mrt 2015');
    expect(MAANDEN).toHaveLength(12);
  });
  it('refuses what is not a date instead of writing "undefined"', () => {
    expect(() => datumNl('23-11-2026')).toThrow(/JJJJ-MM-DD/);
    expect(() => datumNl('2026-13-01')).toThrow(/maand 13/);
  });
});

describe('euro', () => {
  it('takes cents, exact (number or bigint), with Dutch separators and a real minus sign', () => {
    expect(euro(123456)).toBe('€ 1.234,56');
    expect(euro(5n)).toBe('€ 0,05');
    expect(euro(-100000)).toBe('−€ 1.000,00');
    expect(euro(12345678901234567n)).toBe('€ 123.456.789.012.345,67');
    expect(euro(400000, { centen: 'alsNodig' })).toBe('€ 4.000');
    expect(euro(400050, { centen: 'alsNodig' })).toBe('€ 4.000,50');
    expect(() => euro(1.5)).toThrow(/hele centen/);
  });
  it('writes whole euros from content without cents', () => {
    expect(euroVanEuros(40000)).toBe('€ 40.000');
    expect(euroVanEuros(0.1 + 0.2)).toBe('€ 0,30');
  });
});

describe('citations', () => {
  it('links a source document section and reads as "source, place (detail)"', () => {
    expect(sourceHref('king-2015', 'h3', 'h3-2')).toBe('/bronnen/king-2015/h3/#h3-2');
    expect(sourceHref('king-2015')).toBe('/bronnen/king-2015/');
    expect(citationText('KING', { plaats: 'Artikel 8', detail: 'lid 2' })).toBe('KING, Artikel 8 (lid 2)');
    expect(citationText('KING', {})).toBe('KING');
  });
  it('keeps each distinct citation once', () => {
    const a = { bron: 'a', plaats: 'x' };
    expect(uniqueCitations([a, { ...a }, { ...a, detail: 'd' }, { bron: 'b' }]).map(citeKey)).toEqual([
      'a|x|',
      'a|x|d',
      'b||',
    ]);
  });
});

describe('problems', () => {
  it('names file and field in one format, for zod issues too', () => {
    expect(fieldProblem('content/a.yaml', ['x', 0, 'y'], 'kapot')).toBe('content/a.yaml: veld "x.0.y": kapot');
    expect(fieldProblem('content/a.yaml', '', 'leeg')).toBe('content/a.yaml: veld "(geheel)": leeg');
    const r = z.object({ n: z.number() }).strict().safeParse({ n: 'x' });
    expect(r.success).toBe(false);
    expect(zodProblems('content/a.yaml', r.error!)).toEqual([expect.stringMatching(/^content\/a\.yaml: veld "n": /)]);
    const e = new ContentError(['p1', 'p2']);
    expect(e.message).toBe('Ongeldige inhoud (2 fouten):\n- p1\n- p2');
    expect(e.problems).toEqual(['p1', 'p2']);
  });
});
