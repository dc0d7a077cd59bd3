import { isoDelen, dagErna, naarIso, plusDagen, plusMaanden, eindeMaand } from '../../src/lib/dates.ts';
import { describe, expect, it } from 'vitest';

import { computePlan, planUitQuery, voorbeeldInvoer, type PlanUitkomst } from '../../src/calc/procedure.ts';
import type { ProcedureRoute } from '../../src/schemas/calc.ts';
import { procedureRoute } from '../../src/schemas/calc.ts';
import { regels } from './helpers.ts';

const iso = (s: string) => isoDelen(s);
const procedure = (id: string) => {
  const e = regels().procedures.find((p) => p.id === id);
  if (!e) throw new Error(`geen procedure ${id}`);
  return e.data;
};
const ok = (u: ReturnType<typeof computePlan>): PlanUitkomst => {
  if (!u.ok) throw new Error(JSON.stringify(u.fouten));
  return u;
};

describe('day arithmetic', () => {
  it('steps over month ends, year ends and leap days', () => {
    expect(naarIso(dagErna(iso('2026-12-31')))).toBe('2027-01-01');
    expect(naarIso(dagErna(iso('2028-02-28')))).toBe('2028-02-29');
    expect(naarIso(dagErna(iso('2027-02-28')))).toBe('2027-03-01');
    expect(naarIso(dagErna(iso('2100-02-28')))).toBe('2100-03-01'); // 2100 is no leap year
    expect(naarIso(dagErna(iso('2000-02-28')))).toBe('2000-02-29'); // 2000 is
    expect(naarIso(plusDagen(iso('2026-12-10'), 56))).toBe('2027-02-04');
    expect(naarIso(plusDagen(iso('2028-02-01'), 28))).toBe('2028-02-29');
    expect(naarIso(plusDagen(iso('2026-01-05'), -5))).toBe('2025-12-31');
    expect(naarIso(eindeMaand(2028, 2))).toBe('2028-02-29');
    expect(naarIso(eindeMaand(2026, 4))).toBe('2026-04-30');
  });
  it('counts months back (negative months)', () => {
    expect(naarIso(plusMaanden(iso('2027-10-31'), -24))).toBe('2025-10-31');
    expect(naarIso(plusMaanden(iso('2026-03-31'), -1))).toBe('2026-03-01'); // 31 February does not exist: first of the next month
  });
});

describe('procedure planner', () => {
  it('Wgr: the zienswijze takes eight weeks from receipt of the draft (art. 1 lid 3)', () => {
    const r = procedure('wgr-regeling');
    const u = ok(
      computePlan(r, {
        start: '2027-01-04',
        schattingen: { ontwerp: '0', toestemming: '0', bekendmaking: '0' },
        budget: 'bestaand',
      }),
    );
    const z = u.stappen.find((s) => s.id === 'zienswijze')!;
    expect(z.van).toBe('2027-01-04');
    expect(z.tot).toBe('2027-03-01'); // 56 days
    expect(z.bron).toBe('wet');
    expect(z.bronnen.some((b) => b.bron === 'wgr' && b.plaats === 'art. 1 lid 3')).toBe(true);
    expect(u.besluitdatum).toBe('2027-03-01');
    expect(u.startdatum).toBe('2027-03-02');
  });
  it('lays the user estimates end to end and marks them as the user input', () => {
    const r = procedure('wgr-regeling');
    const u = ok(computePlan(r, { ...voorbeeldInvoer(r, '2026-12-01'), budget: 'bestaand' }));
    // 12 weeks + 8 weeks + 8 weeks + 4 weeks = 224 days
    expect(u.stappen.map((s) => s.tot)).toEqual(['2027-02-23', '2027-04-20', '2027-06-15', '2027-07-13']);
    expect(u.stappen.filter((s) => s.bron === 'uw-invoer').map((s) => s.id)).toEqual([
      'ontwerp',
      'toestemming',
      'bekendmaking',
    ]);
    expect(u.stappen[0].duurTekst).toMatch(/uw schatting/);
    expect(u.stappen[1].duurTekst).toMatch(/uit de wet/);
  });
  it('new costs: a decision before the end of the voorjaarsnota month goes into next year’s budget', () => {
    const r = procedure('wgr-regeling');
    const op = ok(
      computePlan(r, {
        start: '2027-01-04',
        schattingen: { ontwerp: '0', toestemming: '0', bekendmaking: '0' },
        voorjaarsnota: '6',
        begroting: '11',
        budget: 'nieuw',
      }),
    );
    expect(op.begrotingsjaar).toBe(2028);
    expect(op.startdatum).toBe('2028-01-01');
    // decision on 30 June is still in time, on 1 July it is not
    const juni = ok(
      computePlan(r, {
        start: '2027-05-05',
        schattingen: { ontwerp: '0', toestemming: '0', bekendmaking: '0' },
        voorjaarsnota: '6',
        begroting: '11',
      }),
    );
    expect(juni.besluitdatum).toBe('2027-06-30');
    expect(juni.begrotingsjaar).toBe(2028);
    const juli = ok(
      computePlan(r, {
        start: '2027-05-06',
        schattingen: { ontwerp: '0', toestemming: '0', bekendmaking: '0' },
        voorjaarsnota: '6',
        begroting: '11',
      }),
    );
    expect(juli.besluitdatum).toBe('2027-07-01');
    expect(juli.begrotingsjaar).toBe(2029);
    expect(juli.startdatum).toBe('2029-01-01');
  });
  it('new costs: when the last step ends after 1 January of the budget year, the start is the day after it', () => {
    const r = procedure('wgr-regeling');
    const u = ok(
      computePlan(r, {
        start: '2027-01-04',
        schattingen: { ontwerp: '0', toestemming: '0', bekendmaking: '60' },
        voorjaarsnota: '6',
        begroting: '11',
      }),
    );
    expect(u.begrotingsjaar).toBe(2028);
    expect(u.startdatum).toBe(naarIso(dagErna(plusDagen(iso('2027-03-01'), 420))));
  });
  it('IT Platform Twente: the Platform bedrijfsvoering decides within two months of the nomination (art. 7.2 c)', () => {
    const r = procedure('it-platform-toetreden');
    const u = ok(
      computePlan(r, {
        start: '2026-11-30',
        schattingen: { verzoek: '0', voordracht: '9', formulier: '0' },
        budget: 'bestaand',
      }),
    );
    const b = u.stappen.find((s) => s.id === 'platform-besluit')!;
    expect(b.van).toBe('2027-02-01');
    expect(b.tot).toBe('2027-04-01');
    expect(b.bron).toBe('afspraak');
    expect(u.besluitdatum).toBe('2027-04-01');
    // 31 January + 2 months: 31 March; 31 December + 2 months: 1 March (no 29 February in 2027)
    const jan = ok(
      computePlan(r, {
        start: '2027-01-31',
        schattingen: { verzoek: '0', voordracht: '0', formulier: '0' },
        budget: 'bestaand',
      }),
    );
    expect(jan.besluitdatum).toBe('2027-03-31');
    const dec = ok(
      computePlan(r, {
        start: '2026-12-31',
        schattingen: { verzoek: '0', voordracht: '0', formulier: '0' },
        budget: 'bestaand',
      }),
    );
    expect(dec.besluitdatum).toBe('2027-03-01');
  });
  it('names the first Berap on or after the decision when the user gives its month', () => {
    const r = procedure('wgr-regeling');
    const nul = { ontwerp: '0', toestemming: '0', bekendmaking: '0' };
    expect(ok(computePlan(r, { start: '2027-01-04', schattingen: nul, budget: 'bestaand', berap: '6' })).berap).toEqual(
      { maand: 6, jaar: 2027 },
    );
    // decision on 1 July 2027: the June Berap has passed, the next one is in 2028
    expect(ok(computePlan(r, { start: '2027-05-06', schattingen: nul, budget: 'bestaand', berap: '6' })).berap).toEqual(
      { maand: 6, jaar: 2028 },
    );
    expect(ok(computePlan(r, { start: '2027-05-06', schattingen: nul, budget: 'bestaand' })).berap).toBeUndefined();
    const fout = computePlan(r, { start: '2027-05-06', schattingen: nul, budget: 'bestaand', berap: '0' });
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.fouten.berap).toMatch(/eerste Berap/);
  });
  it('every route computes with its example input', () => {
    for (const p of regels().procedures) {
      const u = computePlan(p.data, voorbeeldInvoer(p.data, '2026-12-01'));
      expect(u.ok, p.id).toBe(true);
      if (u.ok) expect(u.stappen.length).toBe(p.data.stappen.length);
    }
    expect(regels().procedures.map((p) => p.id)).toEqual(
      expect.arrayContaining(['wgr-regeling', 'dvo', 'detachering', 'it-platform-voorziening']),
    );
  });
  it('gives a message per field for bad input', () => {
    const r = procedure('wgr-regeling');
    const u = computePlan(r, {
      start: '31-02-2027',
      schattingen: { ontwerp: 'twaalf', toestemming: '', bekendmaking: '200' },
      voorjaarsnota: '13',
      begroting: '11',
    });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.start).toMatch(/geen bestaande datum/);
    expect(u.fouten['schatting-ontwerp']).toMatch(/heel aantal weken/);
    expect(u.fouten['schatting-toestemming']).toMatch(/Vul in hoeveel weken/);
    expect(u.fouten['schatting-bekendmaking']).toMatch(/104/);
    expect(u.fouten.voorjaarsnota).toMatch(/maand/);
    const omgekeerd = computePlan(r, { ...voorbeeldInvoer(r, '2027-01-01'), voorjaarsnota: '11', begroting: '6' });
    expect(omgekeerd.ok).toBe(false);
    if (!omgekeerd.ok) expect(omgekeerd.fouten.begroting).toMatch(/later/);
  });
  it('reads its input from the URL query', () => {
    const q = new URLSearchParams(
      'route=dvo&start=2027-01-04&vjn=5&begr=11&berap=6&budget=nieuw&kdoc=Perspectiefnota&rdoc=Tussenrapportage&s-afspraken=3&s-collegebesluit=2',
    );
    expect(planUitQuery(q)).toEqual({
      route: 'dvo',
      start: '2027-01-04',
      voorjaarsnota: '5',
      begroting: '11',
      berap: '6',
      budget: 'nieuw',
      kaderdocument: 'Perspectiefnota',
      rapportage: 'Tussenrapportage',
      schattingen: { afspraken: '3', collegebesluit: '2' },
    });
  });
  it('speaks of the municipality’s own documents, and holds the budget month to Gemeentewet art. 191', () => {
    const r = procedure('wgr-regeling');
    const basis = { ...voorbeeldInvoer(r, '2027-01-04'), berap: '9' };
    const eigen = computePlan(r, { ...basis, kaderdocument: 'Perspectiefnota', rapportage: 'Tussenrapportage' });
    expect(eigen.ok).toBe(true);
    if (!eigen.ok) return;
    const tekst = eigen.uitleg.join(' ');
    expect(tekst).toMatch(/mee in de Perspectiefnota van/);
    expect(tekst).toMatch(/De eerste Tussenrapportage na het besluit/);
    expect(tekst).not.toMatch(/voorjaarsnota of kadernota/);
    const standaard = computePlan(r, basis);
    if (standaard.ok) expect(standaard.uitleg.join(' ')).toMatch(/voorjaarsnota of kadernota .*De eerste Berap/s);
    const december = computePlan(r, { ...basis, begroting: '12' });
    expect(december.ok).toBe(false);
    if (!december.ok) expect(december.fouten.begroting).toMatch(/15 november.*artikel 191/);
    const lang = computePlan(r, { ...basis, kaderdocument: 'x'.repeat(61) });
    expect(lang.ok).toBe(false);
    if (!lang.ok) expect(lang.fouten.kaderdocument).toMatch(/60 tekens/);
  });
  it('the schema names the step without a decision', () => {
    const r: unknown = {
      ...procedure('dvo'),
      stappen: procedure('dvo').stappen.map((s) => ({ ...s, besluit: false })),
    };
    const p = procedureRoute.safeParse(r);
    expect(p.success).toBe(false);
    if (!p.success) expect(p.error.issues[0].message).toMatch(/besluit: true/);
    const dubbel: ProcedureRoute = procedure('dvo');
    expect(procedureRoute.safeParse({ ...dubbel, stappen: [...dubbel.stappen, dubbel.stappen[0]] }).success).toBe(
      false,
    );
  });
});
