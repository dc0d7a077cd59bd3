/**
 * The explorer's real data assembly (src/explorer/build-data.ts), through the
 * one loader: what the static pages and /verkenner/data.json are built from.
 */
import { describe, expect, it } from 'vitest';
import { verkennerData } from '../../src/explorer/build-data.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { allCitations } from '../../src/lib/references.ts';
import { bouwUitkomst } from '../../src/explorer/outcome.ts';
import { standaardSituatie } from '../../src/engine/velden.ts';

const content = loadContent();
const { data, inhoud } = await verkennerData();

describe('verkennerData', () => {
  it('takes questions, fit rules and purposes from content/verkenner/ as the loader read them', () => {
    expect(inhoud).toEqual(content.verkenner);
    expect(data.flow).toEqual(content.verkenner.vragen);
    expect(data.geschiktheid).toEqual(content.verkenner.geschiktheid);
    expect(data.doelen).toEqual(content.verkenner.doelen);
    expect(data.standaard).toEqual(standaardSituatie);
  });
  it('has the forms in their content order and the rules of every obstacle', () => {
    expect(data.vormen.map((v) => v.id)).toEqual([...content.vormen].sort((a, b) => a.data.volgorde - b.data.volgorde).map((v) => v.id));
    expect(data.regels.map((r) => r.id).sort()).toEqual(content.belemmeringen.map((b) => b.id).sort());
  });
  it('can resolve every citation it ships, and ships no source it does not cite', () => {
    const gebruikt = allCitations([data.regels, data.geschiktheid, data.doelen, data.belemmeringen, data.vormen.map((v) => v.data.oordelen)]);
    for (const c of gebruikt) {
      const b = data.cites.bronnen[c.bron];
      if (b) expect(b.s[c.plaats!], `${c.bron}#${c.plaats}`).toBeTruthy();
      else expect(data.cites.extern[c.bron], c.bron).toBeTruthy();
    }
    const bronnen = new Set(gebruikt.map((c) => c.bron));
    expect(Object.keys(data.cites.bronnen).filter((b) => !bronnen.has(b))).toEqual([]);
    expect(Object.keys(data.cites.extern).filter((b) => !bronnen.has(b))).toEqual([]);
  });
  it('explains only the terms a question points to', () => {
    const bedoeld = new Set(content.verkenner.vragen.vragen.flatMap((v) => (v.begrip ? [v.begrip] : [])));
    expect(Object.keys(data.begrippen).sort()).toEqual([...bedoeld].sort());
  });
  it('is plain JSON (what the browser gets) and gives the same outcome after a round trip', () => {
    const json = JSON.parse(JSON.stringify(data));
    expect(json).toEqual(data);
    const motie = { ...content.verkenner.motie.antwoorden, doel: 'fg' };
    expect(bouwUitkomst(json, motie)).toEqual(bouwUitkomst(data, motie));
  });
});
