import { describe, expect, it } from 'vitest';
import { meet, zinnen, woorden, kortProblemen } from '../../src/lib/leesbaarheid.ts';
import { kortAntwoord } from '../../src/schemas/index.ts';

describe('leesbaarheid: sentences and their length', () => {
  it('splits at sentence ends, not at abbreviations', () => {
    expect(zinnen('De raad beslist. Zie art. 9 lid 1 Wgr. Klaar!')).toEqual([
      'De raad beslist.',
      'Zie art. 9 lid 1 Wgr.',
      'Klaar!',
    ]);
  });
  it('counts words, a number with a comma as one', () => {
    expect(woorden('Elke partij betaalt 0,1 fte per jaar.')).toBe(7);
  });
  it('measures the average and the long sentences', () => {
    const lang = Array.from({ length: 26 }, (_, i) => `Woord${i}`).join(' ') + '.';
    const m = meet(`Kort is goed. ${lang}`);
    expect(m.zinnen).toBe(2);
    expect(m.lang).toHaveLength(1);
    expect(m.langste).toBe(26);
  });
});

describe('kortAntwoord: the schema holds answer-first text to its budget', () => {
  const bronnen = [{ bron: 'wgr', plaats: 'art. 9 lid 1' }];
  it('accepts short sentences', () => {
    expect(kortAntwoord.safeParse({ tekst: 'De regeling noemt de voorwaarden. Kijk daar.', bronnen }).success).toBe(
      true,
    );
  });
  it('rejects a sentence over 25 words, naming it', () => {
    const tekst =
      'De regeling moet de voorwaarden en de gevolgen van uittreden noemen, ook voor het vermogen van de rechtspersoon, en dat staat sinds de wetswijziging van 2022 in artikel negen.';
    const r = kortAntwoord.safeParse({ tekst, bronnen });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/te lang voor een kort antwoord: zin van \d+ woorden/);
    expect(kortProblemen(tekst)[0]).toMatch(/hoogstens 25/);
  });
  it('rejects an answer without a source', () => {
    expect(kortAntwoord.safeParse({ tekst: 'Kort.', bronnen: [] }).success).toBe(false);
  });
});
