import { describe, expect, it } from 'vitest';
import { evaluate, kingBelemmeringen, regelsUit } from '../../src/engine/index.ts';
import { echteInvoer, goldenCases, sit } from './helpers.ts';

describe('real content', () => {
  // that the rules and the knowledge base load without problems is asserted once, in tests/loaders/load-content.test.ts
  it('has all 15 KING obstacles, the 7 forms of the content guide and the 3 instruments outside the Wgr forms', () => {
    const { kb } = echteInvoer();
    expect(kb.belemmeringen.map((b) => b.id).sort()).toEqual(kingBelemmeringen.map(([id]) => id).sort());
    expect(kb.vormen.map((v) => v.id).sort()).toEqual([
      'aansluiten-voorziening',
      'bedrijfsvoeringsorganisatie',
      'centrumgemeente',
      'detachering',
      'dvo',
      'gemeenschappelijk-orgaan',
      'lichte-regeling',
      'lichte-regeling-met-gastheer',
      'openbaar-lichaam',
      'privaatrechtelijk',
    ]);
  });
});

describe('golden cases (tests/engine/golden/gevallen.yaml)', () => {
  const cases = goldenCases();
  for (const g of cases)
    it(g.naam, () => {
      const { kb, regels } = echteInvoer();
      const r = evaluate(sit(g.situatie), kb.vormen, regels, kb.belemmeringen, { periode: g.periode });
      const v = r.perVorm.find((p) => p.vorm === g.vorm);
      expect(v, `vorm ${g.vorm}`).toBeDefined();
      // 'onzeker': no settled rule hit, a rule resting on an unsettled label or unconfirmed 2015 claim would
      const ernst = Object.fromEntries(
        v!.uitkomsten.map((u) => [u.belemmering, u.status === 'onzeker' ? 'onzeker' : u.ernst]),
      );
      for (const [b, e] of Object.entries(g.verwacht)) expect(`${b}: ${ernst[b]}`).toBe(`${b}: ${e}`);
      if (g.totaal !== undefined) expect(v!.totaal.punten).toBe(g.totaal);
      for (const [b, s] of Object.entries(g.schatting ?? {})) {
        const u = v!.uitkomsten.find((x) => x.belemmering === b)!;
        expect({ min: u.schatting?.min, max: u.schatting?.max }).toEqual(s);
      }
      const gebruikt = v!.uitkomsten.flatMap((u) => [...u.regels, ...u.onzeker.map((o) => o.regel)]);
      for (const id of g.regels) expect(gebruikt, `regel ${id}`).toContain(id);
    });

  it('every rule id is covered by some golden case (a new rule needs a new case)', () => {
    const { regels } = echteInvoer();
    const gedekt = new Set(cases.flatMap((g) => g.regels));
    const ontbrekend = regelsUit(regels)
      .map((r) => r.id)
      .filter((id) => !gedekt.has(id));
    expect(ontbrekend).toEqual([]);
  });
});
