/** Property tests with a seeded PRNG: a few hundred random situations per property. */
import { describe, expect, it } from 'vitest';
import { evaluate, rang, type Periode } from '../../src/engine/index.ts';
import { echteInvoer, prng, willekeurigeSituatie } from './helpers.ts';

const N = 300;
const periodes: Periode[] = ['nu', 'king2015'];

describe('properties over random situations', () => {
  const { kb, regels } = echteInvoer();

  it('adding a participant never lowers a per-municipality cost estimate', () => {
    const r = prng(20150701);
    let vergeleken = 0;
    for (let i = 0; i < N; i++) {
      const s = willekeurigeSituatie(r);
      const meer = { ...s, aantalGemeenten: s.aantalGemeenten + 1 };
      for (const periode of periodes) {
        const a = evaluate(s, kb.vormen, regels, kb.belemmeringen, { periode });
        const b = evaluate(meer, kb.vormen, regels, kb.belemmeringen, { periode });
        a.perVorm.forEach((v, vi) =>
          v.uitkomsten.forEach((u, ui) => {
            const w = b.perVorm[vi].uitkomsten[ui];
            if (!u.schatting) return;
            vergeleken++;
            expect(w.schatting, `${v.vorm}/${u.belemmering}`).toBeDefined();
            expect(w.schatting!.min).toBeGreaterThanOrEqual(u.schatting.min);
            expect(w.schatting!.max).toBeGreaterThanOrEqual(u.schatting.max);
          }),
        );
      }
    }
    expect(vergeleken).toBeGreaterThan(100); // the property was actually exercised
  });

  it('a form that can hold legal personality never scores worse on the OIN obstacle than one that cannot', () => {
    const r = prng(17);
    for (let i = 0; i < N; i++) {
      const s = willekeurigeSituatie(r);
      for (const periode of periodes) {
        const res = evaluate(s, kb.vormen, regels, kb.belemmeringen, { periode });
        const oin = (rp: boolean) =>
          res.perVorm
            .filter(
              (v) =>
                kb.vormen.find((x) => x.id === v.vorm)!.data.kenmerken.rechtspersoon.waarde === (rp ? 'ja' : 'nee'),
            )
            .map(
              (v) =>
                [v.vorm, rang(v.uitkomsten.find((u) => u.belemmering === 'geen-gezamenlijke-oin')!.ernst)] as const,
            );
        const met = oin(true);
        const zonder = oin(false);
        expect(met.length).toBeGreaterThan(0);
        expect(zonder.length).toBeGreaterThan(0);
        const slechtsteMet = Math.max(...met.map(([, e]) => e));
        const besteZonder = Math.min(...zonder.map(([, e]) => e));
        expect(slechtsteMet, `${periode} ${JSON.stringify(s)}`).toBeLessThanOrEqual(besteZonder);
      }
    }
  });

  it('the output always contains all 15 obstacles for every form, each with a reason and a citation', () => {
    const r = prng(42);
    for (let i = 0; i < N; i++) {
      const s = willekeurigeSituatie(r);
      const res = evaluate(s, kb.vormen, regels, kb.belemmeringen, { periode: periodes[i % 2] });
      expect(res.perVorm).toHaveLength(kb.vormen.length);
      for (const v of res.perVorm) {
        expect(v.uitkomsten).toHaveLength(15);
        expect(new Set(v.uitkomsten.map((u) => u.belemmering)).size).toBe(15);
        for (const u of v.uitkomsten) {
          expect(u.redenen.length).toBeGreaterThan(0);
          expect(u.bronnen.length, `${v.vorm}/${u.belemmering}`).toBeGreaterThan(0);
          expect(u.redenen.join(' ')).not.toMatch(/\{\w+\}/); // all placeholders filled
        }
      }
    }
  });

  it('incongruence never gets less severe with more other cooperations', () => {
    const r = prng(3);
    for (let i = 0; i < N; i++) {
      const s = willekeurigeSituatie(r);
      if (s.andereSamenwerkingen >= 50) continue;
      const e = (n: number) =>
        rang(
          evaluate({ ...s, andereSamenwerkingen: n }, kb.vormen, regels, kb.belemmeringen).perVorm[0].uitkomsten.find(
            (u) => u.belemmering === 'incongruente-samenwerking',
          )!.ernst,
        );
      expect(e(s.andereSamenwerkingen + 1)).toBeGreaterThanOrEqual(e(s.andereSamenwerkingen));
    }
  });
});
