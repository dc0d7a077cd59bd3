import { describe, expect, it } from 'vitest';
import { renderTijdlijn, gebeurtenissen, utcDag, datumLang } from '../../src/visuals/tijdlijn.ts';
import { alle, basisChecks, casussen, metKlasse, tekst } from './helpers.ts';

const cs = casussen().map((c) => ({ id: c.id, titel: c.data.titel, tijdlijn: c.data.tijdlijn }));
const totaal = cs.reduce((n, c) => n + c.tijdlijn.length, 0);

describe('timeline', () => {
  const svg = renderTijdlijn(cs, { id: 'tl' });
  const doc = basisChecks(svg);

  it('draws one dot per dated event', () => {
    expect(totaal).toBeGreaterThan(0);
    const g = alle(doc, metKlasse('gebeurtenis'));
    expect(g).toHaveLength(totaal);
    expect(alle(doc, metKlasse('stip'))).toHaveLength(totaal);
    for (const e of g) expect(e.attrs.href).toMatch(/^#gebeurtenis-\d+$/);
  });

  it('has one lane per case with events, labelled with the case title', () => {
    const banen = alle(doc, metKlasse('baan'));
    expect(banen.map((b) => b.attrs['data-casus'])).toEqual(cs.filter((c) => c.tijdlijn.length).map((c) => c.id));
    const t = tekst(doc).replace(/\s+/g, '');
    for (const c of cs.filter((x) => x.tijdlijn.length)) expect(t).toContain(c.titel.replace(/\s+/g, ''));
  });

  it('places events in date order on the x axis, and each label carries its number', () => {
    const lijst = gebeurtenissen(cs);
    const xs = new Map(
      alle(doc, metKlasse('gebeurtenis')).map((a) => [
        a.attrs.href.slice('#gebeurtenis-'.length),
        Number(alle(a, metKlasse('stip'))[0].attrs.cx),
      ]),
    );
    for (let i = 1; i < lijst.length; i++) {
      const a = xs.get(String(lijst[i - 1].nr))!;
      const b = xs.get(String(lijst[i].nr))!;
      if (lijst[i].datum > lijst[i - 1].datum) expect(b).toBeGreaterThan(a);
      else expect(b).toBeCloseTo(a, 0);
    }
    for (const a of alle(doc, metKlasse('gebeurtenis'))) {
      const nr = a.attrs.href.slice('#gebeurtenis-'.length);
      expect(tekst(a)).toMatch(new RegExp(`^(.|\\n)*${nr} · `));
    }
  });

  it('numbers events chronologically over all cases', () => {
    const lijst = gebeurtenissen(cs);
    expect(lijst.map((g) => g.nr)).toEqual(lijst.map((_, i) => i + 1));
    expect([...lijst.map((g) => g.datum)]).toEqual([...lijst.map((g) => g.datum)].sort());
  });

  it('reads dates as UTC days', () => {
    expect(utcDag('2022-01-01').toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(datumLang('2017-10-18')).toBe('18 oktober 2017');
    expect(() => utcDag('18-10-2017')).toThrow();
  });

  it('shows the year axis', () => {
    const t = tekst(doc);
    expect(t).toContain('2016');
    expect(t).toContain('2025');
  });
});
