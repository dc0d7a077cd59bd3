/**
 * The explorer's real data assembly (src/loaders/explorer-build.ts), through the
 * one loader: what the static pages, the memo files and /verkenner/data.json are built from.
 */

import { motieAntwoorden } from '../../src/explorer/memo-bestanden.ts';
import { describe, expect, it } from 'vitest';
import { verkennerData } from '../../src/loaders/explorer-build.ts';
import { loadContent } from '../../src/loaders/load-content.ts';
import { allCitations } from '../../src/loaders/references.ts';
import { buildUitkomst } from '../../src/explorer/outcome.ts';

const content = loadContent();
const { data, inhoud } = await verkennerData();

describe('verkennerData', () => {
  it('takes questions, routes and goals from content/verkenner/ as the one loader read them', () => {
    expect(inhoud).toEqual(content.verkenner);
    expect(data.flow).toEqual(content.verkenner.vragen);
    expect(data.routes.map((r) => r.id)).toEqual(content.verkenner.routes.map((r) => r.id));
    expect(Object.keys(data.doelen).sort()).toEqual(Object.keys(content.verkenner.doelen).sort());
  });
  it('gives the engine every form in content order and the rules of every obstacle', () => {
    expect(data.engine.vormen.map((v) => v.id)).toEqual(content.kb.vormen.map((v) => v.id));
    expect(data.engine.regels.map((r) => r.data.belemmering).sort()).toEqual(
      content.kb.belemmeringen.map((b) => b.id).sort(),
    );
    // a route links only to a form or instrument page that exists
    for (const id of Object.keys(data.vormTitels))
      expect(
        content.kb.vormen.some((v) => v.id === id),
        id,
      ).toBe(true);
  });
  it('can resolve every citation of its routes and goals', () => {
    const gebruikt = allCitations([data.routes, Object.values(data.doelen)]);
    expect(gebruikt.length).toBeGreaterThan(20);
    for (const c of gebruikt) {
      const b = data.cites.bronnen[c.bron];
      if (b) expect(c.plaats === undefined || !!b.s[c.plaats], `${c.bron}#${c.plaats}`).toBe(true);
      else expect(data.cites.extern[c.bron], c.bron).toBeTruthy();
    }
  });
  it('is plain JSON (what the browser gets) and gives the same motion outcome after a round trip', () => {
    const json = JSON.parse(JSON.stringify(data));
    expect(json).toEqual(data);
    const motie = motieAntwoorden(inhoud);
    expect(buildUitkomst(json, motie)).toEqual(buildUitkomst(data, motie));
    expect(buildUitkomst(data, motie).doelen.length).toBe(motie.doel.length);
  });
});
