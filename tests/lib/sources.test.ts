/** src/lib/sources.ts: the kinds of public sources, each with a page of its own. */
import { describe, expect, it } from 'vitest';
import { OPENBARE_SOORTEN, openbareSoort, partTitle } from '../../src/lib/sources.ts';
import { loadContent } from '../../src/loaders/load-content.ts';

describe('openbareSoort', () => {
  it('tells the kind by the host, sub-domains included; any other host is in the last kind', () => {
    expect(openbareSoort('https://wetten.overheid.nl/BWBR0003740/2024-01-01')).toBe('wetten');
    expect(openbareSoort('https://zoek.officielebekendmakingen.nl/stcrt-2017-48763.html')).toBe('bekendmakingen');
    expect(openbareSoort('https://lokaleregelgeving.overheid.nl/CVDR123')).toBe('bekendmakingen');
    expect(openbareSoort('https://www.overheid.nl/help/gemeenschappelijke-regelingen')).toBe('landelijk');
    expect(openbareSoort('https://gitdocumentatie.logius.nl/x')).toBe('landelijk');
    expect(openbareSoort('https://notvng.nl/x')).toBe('overig');
    expect(openbareSoort('https://nos.nl/artikel/1')).toBe('overig');
  });
  it('puts every public source of the content in one kind, and leaves no kind empty', () => {
    const { kb } = loadContent();
    const per = new Map(OPENBARE_SOORTEN.map((s) => [s.id, 0]));
    for (const e of kb.externeBronnen) per.set(openbareSoort(e.data.url), per.get(openbareSoort(e.data.url))! + 1);
    expect([...per.values()].reduce((a, b) => a + b, 0)).toBe(kb.externeBronnen.length);
    for (const [id, n] of per) expect(n, id).toBeGreaterThan(0);
  });
});

describe('partTitle', () => {
  it('names a part by its chapter, or as the whole text', () => {
    expect(partTitle({ id: 'h3', secties: [{ id: 'h3', titel: '3 Probleemanalyse' }] })).toBe('3 Probleemanalyse');
    expect(partTitle({ id: 'tekst', secties: [{ id: 'aanhef', titel: 'Aanhef' }] })).toBe('De hele tekst');
  });
});
