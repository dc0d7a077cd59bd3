import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, PUNTEN, regelsUit, themaIds } from '../../src/engine/index.ts';
import { ernstIds } from '../../src/schemas/engine-constants.ts';
import { echteInvoer, sit } from './helpers.ts';

describe('scoring and ranking', () => {
  const { kb, regels } = echteInvoer();
  const r = evaluate(sit(), kb.vormen, regels, kb.belemmeringen);

  it('weighs severities as the engine README documents, on the ordinal scale', () => {
    // the README states the points; the test ties the code to that statement and to the scale's order
    const doc = readFileSync(join(import.meta.dirname, '../../src/engine/README.md'), 'utf8');
    const m = /Points: `nvt` (\d+), `beheersbaar` (\d+), `aanzienlijk` (\d+), `blokkerend` (\d+)/.exec(doc);
    expect(m, 'README states the points per severity').not.toBeNull();
    expect(ernstIds.map((e) => PUNTEN[e])).toEqual(m!.slice(1).map(Number));
    // "each step three times the one below, so one blocking obstacle outweighs two considerable ones"
    for (let i = 2; i < ernstIds.length; i++) expect(PUNTEN[ernstIds[i]]).toBe(3 * PUNTEN[ernstIds[i - 1]]);
    expect(PUNTEN.blokkerend).toBeGreaterThan(2 * PUNTEN.aanzienlijk);
    // and the engine uses these weights: every outcome carries the points of its severity
    for (const v of r.perVorm)
      for (const u of v.uitkomsten) expect(u.punten, `${v.vorm}/${u.belemmering}`).toBe(PUNTEN[u.ernst]);
  });
  it('each total is the sum of its obstacles, and of its themes', () => {
    for (const v of r.perVorm) {
      expect(v.totaal.punten).toBe(v.uitkomsten.reduce((s, u) => s + PUNTEN[u.ernst], 0));
      expect(themaIds.reduce((s, t) => s + v.perThema[t].punten, 0)).toBe(v.totaal.punten);
      for (const t of themaIds)
        expect(v.perThema[t].punten).toBe(v.uitkomsten.filter((u) => u.thema === t).reduce((s, u) => s + u.punten, 0));
      const n = v.totaal.aantal;
      expect(n.nvt + n.beheersbaar + n.aanzienlijk + n.blokkerend).toBe(15);
    }
  });
  it('every point of a total traces to a rule that exists', () => {
    const ids = new Set(regelsUit(regels).map((x) => x.id));
    for (const v of r.perVorm) {
      expect(v.totaal.bijdragen.reduce((s, b) => s + b.punten, 0)).toBe(v.totaal.punten);
      for (const b of v.totaal.bijdragen) {
        expect(b.regels.length, `${v.vorm}/${b.belemmering}`).toBeGreaterThan(0);
        for (const id of b.regels) expect(ids.has(id)).toBe(true);
        expect(v.totaal.regels).toEqual(expect.arrayContaining(b.regels));
      }
      for (const u of v.uitkomsten) if (u.punten > 0) expect(u.standaard).toBe(false);
    }
  });
  it('ranking: lowest total first, then fewest blocking, then form order', () => {
    // an independent order of the forms by the same keys, from the totals per form
    const volgordeVan = new Map(kb.vormen.map((v) => [v.id, v.data.volgorde]));
    const verwacht = [...r.perVorm]
      .sort(
        (a, b) =>
          a.totaal.punten - b.totaal.punten ||
          a.totaal.aantal.blokkerend - b.totaal.aantal.blokkerend ||
          volgordeVan.get(a.vorm)! - volgordeVan.get(b.vorm)!,
      )
      .map((v) => v.vorm);
    expect(r.ranking.map((x) => x.vorm)).toEqual(verwacht);
    expect(new Set(verwacht).size).toBe(kb.vormen.length);
    for (let i = 1; i < r.ranking.length; i++) {
      const a = r.ranking[i - 1];
      const b = r.ranking[i];
      expect(a.punten < b.punten || (a.punten === b.punten && a.blokkerend <= b.blokkerend)).toBe(true);
    }
    // tie-break on form order: equal points and equal blocking keep the forms' content order
    const volgorde = new Map(kb.vormen.map((v) => [v.id, v.data.volgorde]));
    for (let i = 1; i < r.ranking.length; i++) {
      const [a, b] = [r.ranking[i - 1], r.ranking[i]];
      if (a.punten === b.punten && a.blokkerend === b.blokkerend)
        expect(volgorde.get(a.vorm)!).toBeLessThan(volgorde.get(b.vorm)!);
    }
  });
  it('forms and obstacles come in their content order (volgorde)', () => {
    expect(r.perVorm.map((v) => v.vorm)).toEqual(
      [...kb.vormen].sort((a, b) => a.data.volgorde - b.data.volgorde).map((v) => v.id),
    );
    expect(r.perVorm[0].uitkomsten.map((u) => u.belemmering)).toEqual(
      [...kb.belemmeringen].sort((a, b) => a.data.volgorde - b.data.volgorde).map((b) => b.id),
    );
  });
  it('is deterministic: same input, same output (also with shuffled inputs)', () => {
    const a = JSON.stringify(evaluate(sit({ digid: true }), kb.vormen, regels, kb.belemmeringen));
    const b = JSON.stringify(
      evaluate(sit({ digid: true }), [...kb.vormen].reverse(), regels, [...kb.belemmeringen].reverse()),
    );
    expect(b).toBe(a);
    expect(JSON.stringify(evaluate(sit({ digid: true }), kb.vormen, regels, kb.belemmeringen))).toBe(a);
  });
  it('works on plain JSON (as the browser gets it) and on flattened rules', () => {
    const json = JSON.parse(JSON.stringify({ vormen: kb.vormen, regels, belemmeringen: kb.belemmeringen }));
    const viaJson = evaluate(sit(), json.vormen, json.regels, json.belemmeringen);
    expect(viaJson).toEqual(r);
    expect(evaluate(sit(), kb.vormen, regelsUit(regels), kb.belemmeringen)).toEqual(r);
  });
  it('king2015 scores differ from nu where the rules changed', () => {
    const k = evaluate(sit(), kb.vormen, regels, kb.belemmeringen, { periode: 'king2015' });
    expect(k.periode).toBe('king2015');
    const oin = (x: typeof k, v: string) =>
      x.perVorm.find((p) => p.vorm === v)!.uitkomsten.find((u) => u.belemmering === 'geen-gezamenlijke-oin')!;
    expect(oin(k, 'centrumgemeente').regels).toEqual(['oin-2015-alleen-openbaar-lichaam']);
    expect(oin(r, 'centrumgemeente').regels).toEqual(['oin-nu-suboin']);
  });
});
