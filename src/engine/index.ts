/**
 * Public API of the rules engine. Plain data in, plain data out, no zod and
 * no framework, so the browser can call it with JSON.
 *
 *   evaluate(situatie, vormen, regels, belemmeringen, { periode: 'nu' | 'king2015' })
 *
 * - situatie: a valid Situatie (validate untrusted input with parseSituatie
 *   from ./situation.ts, which uses zod);
 * - vormen, belemmeringen: arrays of { id, data } as from loadKnowledgeBase()
 *   or Astro's getCollection();
 * - regels: the rule files as { id, data: { belemmering, regels } } entries.
 *
 * Scoring (see README.md): nvt 0, beheersbaar 1, aanzienlijk 3, blokkerend 9
 * points per obstacle; totals per form and per theme list the rules behind
 * every point; the ranking is lowest total first, then fewest blocking
 * obstacles, then the forms' own order (volgorde, then id).
 */
import { themaIds } from '../schemas/engine-constants.ts';
import {
  evaluateBelemmering,
  geldtIn,
  geldtVoor,
  regelsUit,
  type BelemmeringInvoer,
  type Opties,
  type RegelBestandInvoer,
  type Thema,
  type Uitkomst,
  type VormInvoer,
} from './evaluate.ts';
export { onzekereKenmerken, kenmerkFeit, veldVan, weergaveVan } from './evaluate.ts';
export { weergaveIds, weergaveLabel, type Weergave } from '../schemas/engine-constants.ts';
export type { OnzekerDeel, KenmerkInvoer } from './evaluate.ts';
import type { Ernst, Regel } from '../schemas/engine.ts';
import type { Situatie } from '../schemas/situation-fields.ts';

export * from '../schemas/situation-fields.ts';
export { PUNTEN, ernstIds, ernstLabel, PEILDATUM_KING2015, themaIds } from '../schemas/engine-constants.ts';
export {
  evaluateBelemmering,
  rang,
  evaluateVoorwaarde,
  geldtIn,
  geldtVoor,
  regelsUit,
  toets,
  fillIn,
  getal,
} from './evaluate.ts';
export type {
  BelemmeringInvoer,
  BladUitkomst,
  Opties,
  Periode,
  RegelBestandInvoer,
  Schatting,
  Thema,
  Uitkomst,
  VormInvoer,
} from './evaluate.ts';
export type { Ernst, Regel, RegelBestand, Voorwaarde } from '../schemas/engine.ts';

export interface Bijdrage {
  belemmering: string;
  ernst: Ernst;
  punten: number;
  regels: string[];
}

export interface Totaal {
  punten: number;
  /** number of obstacles per severity */
  aantal: Record<Ernst, number>;
  /** number of obstacles shown as "onzeker" (no settled rule hit, an unsettled one would) */
  onzeker: number;
  /** every rule id behind a point of this total, in obstacle order */
  regels: string[];
  /** the obstacles with points, each with its points and rules */
  bijdragen: Bijdrage[];
}

export interface VormResultaat {
  vorm: string;
  titel: string;
  totaal: Totaal;
  perThema: Record<Thema, Totaal>;
  uitkomsten: Uitkomst[];
}

export interface RankingRegel {
  plaats: number;
  vorm: string;
  titel: string;
  punten: number;
  blokkerend: number;
  regels: string[];
}

export interface Resultaat {
  periode: 'nu' | 'king2015';
  peildatum?: string;
  perVorm: VormResultaat[];
  ranking: RankingRegel[];
}

const opVolgorde = <T extends { id: string; data: { volgorde?: number } }>(xs: readonly T[]): T[] =>
  [...xs].sort(
    (a, b) =>
      (a.data.volgorde ?? Number.MAX_SAFE_INTEGER) - (b.data.volgorde ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

function leegTotaal(): Totaal {
  return {
    punten: 0,
    aantal: { nvt: 0, beheersbaar: 0, aanzienlijk: 0, blokkerend: 0 },
    onzeker: 0,
    regels: [],
    bijdragen: [],
  };
}

function telOp(t: Totaal, u: Uitkomst): void {
  t.aantal[u.ernst]++;
  if (u.status === 'onzeker') t.onzeker++;
  if (u.punten === 0) return;
  t.punten += u.punten;
  t.bijdragen.push({ belemmering: u.belemmering, ernst: u.ernst, punten: u.punten, regels: u.regels });
  for (const r of u.regels) if (!t.regels.includes(r)) t.regels.push(r);
}

/** Score every obstacle for every form and rank the forms. */
export function evaluate(
  situatie: Situatie,
  vormen: readonly VormInvoer[],
  regels: readonly RegelBestandInvoer[] | readonly Regel[],
  belemmeringen: readonly BelemmeringInvoer[],
  opties: Opties = {},
): Resultaat {
  const alle: Regel[] =
    regels.length && 'data' in (regels[0] as object)
      ? regelsUit(regels as readonly RegelBestandInvoer[])
      : (regels as readonly Regel[]).slice();
  const inPeriode = alle.filter((r) => geldtIn(r, opties));
  const perBelemmering = new Map<string, Regel[]>();
  for (const r of inPeriode) {
    const l = perBelemmering.get(r.belemmering);
    if (l) l.push(r);
    else perBelemmering.set(r.belemmering, [r]);
  }
  const bs = opVolgorde(belemmeringen);
  const perVorm: VormResultaat[] = opVolgorde(vormen).map((v) => {
    const totaal = leegTotaal();
    const perThema = Object.fromEntries(themaIds.map((t) => [t, leegTotaal()])) as Record<Thema, Totaal>;
    const uitkomsten = bs.map((b) => {
      const rs = (perBelemmering.get(b.id) ?? []).filter((r) => geldtVoor(r, v) !== false);
      const u = evaluateBelemmering(
        b,
        v,
        situatie,
        rs,
        opties.periode === 'king2015' || opties.peildatum ? 'king2015' : 'nu',
      );
      telOp(totaal, u);
      if (perThema[u.thema]) telOp(perThema[u.thema], u);
      return u;
    });
    return { vorm: v.id, titel: v.data.korteTitel ?? v.data.titel ?? v.id, totaal, perThema, uitkomsten };
  });
  const ranking = perVorm
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        a.p.totaal.punten - b.p.totaal.punten ||
        a.p.totaal.aantal.blokkerend - b.p.totaal.aantal.blokkerend ||
        a.i - b.i,
    )
    .map(({ p }, i) => ({
      plaats: i + 1,
      vorm: p.vorm,
      titel: p.titel,
      punten: p.totaal.punten,
      blokkerend: p.totaal.aantal.blokkerend,
      regels: p.totaal.regels,
    }));
  return {
    periode: opties.periode ?? 'nu',
    ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
    perVorm,
    ranking,
  };
}
