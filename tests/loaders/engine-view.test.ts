/** src/loaders/engine-view.ts: the engine's results as the static pages show them. */
import { describe, expect, it } from 'vitest';
import {
  activeer,
  belemmeringResultaat,
  heatmapVan,
  situatieRegels,
  standaardResultaat,
} from '../../src/loaders/engine-view.ts';
import { loadContent } from '../../src/loaders/load-content.ts';
import { evaluate, regelsUit } from '../../src/engine/index.ts';
import { enkeleRegel, type Regel } from '../../src/schemas/engine.ts';
import { checkSituatie } from '../../src/schemas/situation.ts';
import { situatieVelden, standaardSituatie } from '../../src/schemas/situation-fields.ts';

const { kb, regels } = loadContent();
const bron = [{ bron: 'king-2015', plaats: 'h3-2-digid-audits' }];
/** A rule as the schema outputs it (defaults filled in), for obstacle `digid-audits`. */
const regel = (r: Record<string, unknown>): Regel => ({
  ...enkeleRegel.parse({ id: 'test', ernst: 'blokkerend', reden: 'Test.', bronnen: bron, ...r }),
  belemmering: 'digid-audits',
});
const veld = (naam: string) => situatieVelden.find((v) => v.naam === naam)!;

describe('situatieRegels', () => {
  it('writes one line per situation field, in field order, with Dutch values', () => {
    const lines = situatieRegels({ ...standaardSituatie, digid: true, basisregistraties: [] });
    expect(lines).toHaveLength(situatieVelden.length);
    situatieVelden.forEach((v, i) => expect(lines[i].startsWith(`${v.label} `), v.naam).toBe(true));
    expect(lines[situatieVelden.indexOf(veld('digid'))]).toBe(`${veld('digid').label} ja`);
    expect(lines[situatieVelden.indexOf(veld('basisregistraties'))]).toBe(`${veld('basisregistraties').label} geen`);
  });
  it('names chosen options by their label, not their value', () => {
    const v = veld('basisregistraties');
    const lines = situatieRegels({ ...standaardSituatie, basisregistraties: ['brp', 'bag'] });
    const labels = ['brp', 'bag'].map((w) => v.opties!.find((o) => o.waarde === w)!.label);
    expect(lines[situatieVelden.indexOf(v)]).toBe(`${v.label} ${labels.join(', ')}`);
  });
});

describe('activeer', () => {
  it('changes the default situation just enough to meet the first rule that gives weight', () => {
    const basis = { ...standaardSituatie, digid: false, aantalGemeenten: 3 };
    const { situatie, wijzigingen } = activeer(
      [
        regel({
          voorwaarden: {
            all: [
              { fact: 'digid', operator: 'equal', value: true },
              { fact: 'aantalGemeenten', operator: 'greaterThan', value: 5 },
            ],
          },
        }),
      ],
      basis,
    );
    expect(situatie.digid).toBe(true);
    expect(situatie.aantalGemeenten).toBe(6);
    expect(wijzigingen).toHaveLength(2);
    expect(wijzigingen).toEqual(
      expect.arrayContaining([`${veld('aantalGemeenten').label} 6`, `${veld('digid').label} ja`]),
    );
    expect(basis.digid, 'the base situation is not changed').toBe(false);
  });
  it('skips rules that give no weight or no longer hold, and keeps the base when nothing is needed', () => {
    const nvt = regel({ ernst: 'nvt', voorwaarden: { all: [{ fact: 'digid', operator: 'equal', value: true }] } });
    const oud = regel({
      geldig: { tot: '2016-01-01' },
      voorwaarden: { all: [{ fact: 'digid', operator: 'equal', value: true }] },
    });
    expect(activeer([nvt, oud], { ...standaardSituatie, digid: false })).toEqual({
      situatie: { ...standaardSituatie, digid: false },
      wijzigingen: [],
    });
    const alWaar = regel({ voorwaarden: { all: [{ fact: 'digid', operator: 'equal', value: true }] } });
    expect(activeer([alWaar], { ...standaardSituatie, digid: true }).wijzigingen).toEqual([]);
  });
  it('skips a rule whose conditions cannot make a valid situation and tries the next', () => {
    const onmogelijk = regel({
      voorwaarden: { all: [{ fact: 'aantalGemeenten', operator: 'greaterThan', value: 100000 }] },
    });
    const mogelijk = regel({ voorwaarden: { all: [{ fact: 'privatePartijen', operator: 'equal', value: true }] } });
    const r = activeer([onmogelijk, mogelijk], { ...standaardSituatie, privatePartijen: false });
    expect(r.situatie.aantalGemeenten).toBe(standaardSituatie.aantalGemeenten);
    expect(r.situatie.privatePartijen).toBe(true);
  });
  it('on the real rules: every changed situation is valid and makes its obstacle weigh (or show as onzeker) for some form', () => {
    for (const b of kb.belemmeringen) {
      const eigen = regelsUit(regels.filter((f) => f.data.belemmering === b.id));
      const { situatie, wijzigingen } = activeer(eigen);
      expect(checkSituatie(situatie), b.id).toEqual([]);
      if (!wijzigingen.length) continue;
      const r = evaluate(situatie, kb.vormen, regels, kb.belemmeringen, { periode: 'nu' });
      // a rule resting on a 2015 claim no current source confirms shows as onzeker, without points
      const uit = r.perVorm.map((p) => p.uitkomsten.find((u) => u.belemmering === b.id)!);
      expect(
        uit.some((u) => u.ernst !== 'nvt' || u.status === 'onzeker'),
        b.id,
      ).toBe(true);
    }
  });
});

describe('results for the pages', () => {
  it('standaardResultaat evaluates the default situation now and as in 2015', async () => {
    const { nu, king2015 } = await standaardResultaat();
    expect(nu.periode).toBe('nu');
    expect(king2015.periode).toBe('king2015');
    expect(nu).toEqual(evaluate(standaardSituatie, kb.vormen, regels, kb.belemmeringen, { periode: 'nu' }));
    expect(JSON.stringify(king2015.perVorm)).not.toBe(JSON.stringify(nu.perVorm));
  });
  it('belemmeringResultaat names the changes and evaluates that situation', async () => {
    const r = await belemmeringResultaat('digid-audits');
    const eigen = regelsUit(regels.filter((f) => f.data.belemmering === 'digid-audits'));
    const { situatie, wijzigingen } = activeer(eigen);
    expect(r.wijzigingen).toEqual(wijzigingen);
    // the obstacle's own outcome per form is what a full evaluation gives for it
    const vol = evaluate(situatie, kb.vormen, regels, kb.belemmeringen, { periode: 'nu' });
    expect(r.nu.perVorm.map((p) => p.uitkomsten)).toEqual(
      vol.perVorm.map((p) => p.uitkomsten.filter((u) => u.belemmering === 'digid-audits')),
    );
    expect(r.nu.perVorm.every((p) => p.uitkomsten.length === 1)).toBe(true);
  });
  it('heatmapVan gives one cell per form and obstacle, with the result severity and reasons', () => {
    const r = evaluate({ ...standaardSituatie, digid: true }, kb.vormen, regels, kb.belemmeringen);
    const m = heatmapVan(r);
    expect(m.vormen.map((v) => v.id)).toEqual(r.perVorm.map((p) => p.vorm));
    expect(m.belemmeringen.map((b) => b.id)).toEqual(r.perVorm[0].uitkomsten.map((u) => u.belemmering));
    expect(m.cellen).toHaveLength(m.vormen.length * m.belemmeringen.length);
    for (const p of r.perVorm)
      for (const u of p.uitkomsten) {
        const c = m.cellen.find((x) => x.vorm === p.vorm && x.belemmering === u.belemmering)!;
        expect(c.ernst).toBe(u.status === 'onzeker' ? 'onzeker' : u.ernst);
        expect(c.reden).toBe(u.redenen.join(' '));
      }
  });
});
