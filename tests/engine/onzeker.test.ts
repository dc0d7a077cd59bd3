/**
 * Labels are claims: a Ja/Nee without a source fails the content check, and the
 * engine never draws points from a label that no source settles or from a 2015
 * claim that no current source confirms.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluate, kenmerkFeit, type Regel, type VormInvoer } from '../../src/engine/index.ts';
import { editData, problemsAfter } from '../loaders/helpers.ts';
import { echteInvoer, sit } from './helpers.ts';

// each case is the minimal fixture (tests/fixtures/content-min/) plus one change
describe('a label without a source', () => {
  it('fails the content check, naming the file and the field', () => {
    const p = problemsAfter((dir) =>
      // drop the sources of the first label (rechtspersoon), keep its value "nee"
      editData(join(dir, 'vormen/lichte-regeling.mdx'), (d) => {
        expect(d.kenmerken.rechtspersoon.waarde).toBe('nee');
        delete d.kenmerken.rechtspersoon.bronnen;
      }),
    );
    expect(p).toEqual([
      'content/vormen/lichte-regeling.mdx: veld "kenmerken.rechtspersoon.bronnen": "nee" zonder bron: een Ja of Nee heeft minstens één bron nodig; is het niet vastgesteld, schrijf dan waarde: niet-vastgesteld (of hangt-af) met de reden',
      // the invalid form is left out, so the case and the route that name it name an unknown form
      'content/casussen/casus-a.yaml: veld "vorm": onbekende vorm "lichte-regeling"',
      'content/verkenner/routes.yaml: veld "routes.0.vormen.0": onbekende vorm "lichte-regeling"',
    ]);
  });
  it('is accepted when it says it is not settled, with the reason', () => {
    const p = problemsAfter((dir) =>
      editData(join(dir, 'vormen/lichte-regeling.mdx'), (d) => {
        d.kenmerken.rechtspersoon = { waarde: 'niet-vastgesteld', toelichting: 'Geen bron zegt het.' };
      }),
    );
    expect(p).toEqual([]);
  });
});

describe('the engine on unsettled ground', () => {
  const vorm = (rechtspersoon: 'ja' | 'nee' | 'niet-vastgesteld'): VormInvoer => ({
    id: 'x',
    data: {
      korteTitel: 'Vorm X',
      kenmerken: {
        rechtspersoon: { waarde: rechtspersoon, toelichting: 'Het hangt af van de statuten.' },
        publiekrechtelijk: true,
        delegatieMogelijk: false,
        mandaatMogelijk: true,
        eigenPersoneel: false,
        opGrondVanWgr: true,
      },
    },
  });
  const bel = [{ id: 'b', data: { titel: 'B', thema: 'infrastructuur' as const, volgorde: 1 } }];
  const regel = (extra: Partial<Regel>): Regel => ({
    id: 'r',
    belemmering: 'b',
    vormen: { kenmerken: { rechtspersoon: false } },
    geldig: {},
    voorwaarden: { all: [] },
    ernst: 'blokkerend',
    reden: 'Zonder rechtspersoon geen eigen nummer.',
    bronnen: [{ bron: 'king-2015' }],
    verlichting: [],
    zekerheid: 'volgens-bron',
    ...extra,
  });
  const een = (v: VormInvoer, r: Regel, periode: 'nu' | 'king2015' = 'nu') =>
    evaluate(sit(), [v], [r], bel, { periode }).perVorm[0];

  it('scores a settled label, and shows an unsettled one as onzeker without points, with the reason', () => {
    expect(een(vorm('nee'), regel({})).totaal.punten).toBe(9);
    expect(een(vorm('ja'), regel({})).uitkomsten[0].status).toBe('nvt');
    const u = een(vorm('niet-vastgesteld'), regel({})).uitkomsten[0];
    expect({ status: u.status, punten: u.punten, ernst: u.ernst }).toEqual({
      status: 'onzeker',
      punten: 0,
      ernst: 'nvt',
    });
    expect(u.redenen[0]).toMatch(/eigen rechtspersoon.*staat niet vast\. Het hangt af van de statuten\./);
    expect(u.onzeker).toEqual([expect.objectContaining({ regel: 'r', ernst: 'blokkerend', soort: 'kenmerk' })]);
  });
  it('treats a vorm.* condition on an unsettled label the same way (three-valued)', () => {
    const r = regel({
      vormen: 'alle',
      voorwaarden: { all: [{ fact: 'vorm.rechtspersoon', operator: 'equal', value: false }] },
    });
    expect(een(vorm('nee'), r).totaal.punten).toBe(9);
    expect(een(vorm('niet-vastgesteld'), r).uitkomsten[0].status).toBe('onzeker');
    // a condition that is false on settled ground decides, whatever the unsettled label
    const r2 = regel({
      vormen: 'alle',
      voorwaarden: {
        all: [
          { fact: 'vorm.rechtspersoon', operator: 'equal', value: false },
          { fact: 'digid', operator: 'equal', value: true },
        ],
      },
    });
    expect(een(vorm('niet-vastgesteld'), r2).uitkomsten[0].status).toBe('nvt');
  });
  it('counts an unconfirmed 2015 claim in the 2015 view, not today', () => {
    const r = regel({ zekerheid: 'onzeker' });
    expect(een(vorm('nee'), r, 'king2015').totaal.punten).toBe(9);
    const nu = een(vorm('nee'), r, 'nu');
    expect(nu.totaal.punten).toBe(0);
    expect(nu.totaal.onzeker).toBe(1);
    expect(nu.uitkomsten[0].onzeker[0].soort).toBe('bron');
  });
  it('on the real content, no point rests on an unsettled label', () => {
    const { kb, regels } = echteInvoer();
    const alle = regels.flatMap((b) => b.data.regels);
    for (const periode of ['nu', 'king2015'] as const) {
      const r = evaluate(sit(), kb.vormen, regels, kb.belemmeringen, { periode });
      for (const p of r.perVorm) {
        const v = kb.vormen.find((x) => x.id === p.vorm)!;
        for (const u of p.uitkomsten)
          for (const id of u.regels) {
            const regel = alle.find((x) => x.id === id)!;
            const f = regel.vormen;
            if (f !== 'alle' && !Array.isArray(f))
              for (const k of Object.keys(f.kenmerken))
                expect(kenmerkFeit(v, k as never), `${p.vorm} ${id} ${k}`).not.toBeNull();
          }
      }
    }
  });
});
