/** src/lib/open-data.ts: the collections as published JSON. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, dataset, type Dataset } from '../../src/lib/open-data.ts';
import { loadContent } from '../../src/loaders/load-content.ts';
import { splitSections } from '../../src/lib/sources.ts';

const { kb, regels } = loadContent();
const sectionsOf = (id: string) => {
  const b = kb.bronnen.find((x) => x.id === id)!;
  return splitSections(readFileSync(join('content/bronnen/tekst', b.data.tekstbestand), 'utf8').split('\n'), b.data);
};
const rows = (name: Dataset) => dataset(kb, name, sectionsOf, regels) as { id: string }[];

describe('open data', () => {
  it('publishes every entry of each plain collection once, its id first and all its data', () => {
    for (const name of ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen'] as const) {
      const list = rows(name);
      expect(
        list.map((r) => r.id),
        name,
      ).toEqual(kb[name].map((e) => e.id));
      list.forEach((r, i) => {
        expect(Object.keys(r)[0]).toBe('id');
        expect(r).toEqual({ id: kb[name][i].id, ...kb[name][i].data });
      });
    }
  });
  it('publishes each source document with the text of every section, and the public sources', () => {
    const d = dataset(kb, 'bronnen', sectionsOf) as {
      documenten: { id: string; secties: { id: string; tekst: string }[] }[];
      openbareBronnen: { id: string; url: string }[];
    };
    expect(d.documenten.map((x) => x.id)).toEqual(kb.bronnen.map((b) => b.id));
    for (const doc of d.documenten) {
      const b = kb.bronnen.find((x) => x.id === doc.id)!;
      expect(doc.secties.map((s) => s.id)).toEqual(b.data.secties.map((s) => s.id));
      // every article carries text of its own (the splitter found its lines; chapter headings may be empty)
      expect(
        doc.secties.filter((s) => /^art-/.test(s.id) && !s.tekst.trim()).map((s) => s.id),
        doc.id,
      ).toEqual([]);
      expect(doc.secties.map((s) => s.tekst).join('').length, doc.id).toBeGreaterThan(1000);
    }
    const art8 = d.documenten.find((x) => x.id === 'it-platform-twente')!.secties.find((s) => s.id === 'art-8')!;
    expect(art8.tekst).toMatch(/opzeg/i);
    expect(d.openbareBronnen.map((x) => x.id)).toEqual(kb.externeBronnen.map((x) => x.id));
    expect(d.openbareBronnen.every((x) => x.url.startsWith('https://'))).toBe(true);
  });
  it('publishes the engine rules per obstacle file', () => {
    const list = rows('regels') as { id: string; belemmering: string; regels: unknown[] }[];
    expect(list.map((r) => r.id)).toEqual(regels.map((r) => r.id));
    for (const r of list) expect(r.belemmering).toBe(r.id);
  });
  it('describes every dataset in Dutch and survives a JSON round trip unchanged', () => {
    for (const [name, omschrijving] of Object.entries(DATASETS)) {
      expect(omschrijving.length, name).toBeGreaterThan(10);
      const d = dataset(kb, name as Dataset, sectionsOf, regels);
      expect(JSON.parse(JSON.stringify(d)), name).toEqual(d);
    }
  });
});
