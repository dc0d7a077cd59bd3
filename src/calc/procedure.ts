/**
 * Procedure planner (/planner/): the steps of one route (content/procedures/)
 * laid end to end from a start date the user picks, over the municipal
 * planning-and-control year whose months the user enters. Fixed terms come
 * from the law or the agreement (cited); estimates are the user's input.
 * Pure: rules and form input in, a plan or per-field messages out.
 */
import type { Citation } from '../schemas/index.ts';
import type { Duur, ProcedureRoute } from '../schemas/calc.ts';

import {
  MAANDEN,
  datumNl,
  dagErna,
  eindeMaand,
  parseDatum,
  naarIso,
  plusDagen,
  plusMaanden,
  vergelijk,
  type Datum,
} from '../lib/dates.ts';
import { REKENHULP_TEKST } from '../lib/labels.ts';

const P = REKENHULP_TEKST.plan;

/** Dutch month names (the one home: src/lib/dates.ts). */
export const MAANDNAMEN = MAANDEN;

export interface PlannerInvoer {
  /** the day the work starts, JJJJ-MM-DD or DD-MM-JJJJ */
  start?: string;
  /** weeks per estimated step, by step id */
  schattingen?: Record<string, string | undefined>;
  /** month (1–12) in which the raad discusses the voorjaarsnota or kadernota */
  voorjaarsnota?: string;
  /** month (1–12) in which the raad adopts the budget for next year */
  begroting?: string;
  /** month (1–12) of the first bestuursrapportage (Berap); optional */
  berap?: string;
  /** 'nieuw': the costs need room in the budget; 'bestaand': they fit in a budget that already exists */
  budget?: string;
  /** the municipality's own name for the document that frames next year's budget (default: voorjaarsnota of kadernota) */
  kaderdocument?: string;
  /** the municipality's own name for the interim report (default: Berap) */
  rapportage?: string;
}
export type PlannerVeld =
  'start' | 'voorjaarsnota' | 'begroting' | 'berap' | 'budget' | 'kaderdocument' | 'rapportage' | `schatting-${string}`;

export const STANDAARD_KADERDOCUMENT = 'voorjaarsnota of kadernota';
export const STANDAARD_RAPPORTAGE = 'Berap';

/** A document name the user typed: trimmed, one line, at most 60 characters; empty gives the default. */
function leesNaam(s: string | undefined, standaard: string): { ok: true; naam: string } | { ok: false } {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return { ok: true, naam: standaard };
  if (t.length > 60 || /[<>]/.test(t)) return { ok: false };
  return { ok: true, naam: t };
}

export interface PlanStap {
  id: string;
  label: string;
  wie: string;
  tekst: string;
  van: string;
  tot: string;
  /** how long, in words, and whether it is a term from law/agreement or the user's estimate */
  duurTekst: string;
  bron: 'wet' | 'afspraak' | 'uw-invoer';
  besluit: boolean;
  bronnen: Citation[];
}
export interface PlanUitkomst {
  ok: true;
  stappen: PlanStap[];
  /** date of the decision step */
  besluitdatum: string;
  /** earliest start of the cooperation */
  startdatum: string;
  /** the budget year the costs can first be in, when new costs are needed */
  begrotingsjaar?: number;
  /** the first Berap (month, year) on or after the decision, when the user gave its month */
  berap?: { maand: number; jaar: number };
  /** how the start date was found, in words */
  uitleg: string[];
  samenvatting: string;
}
export interface PlanFouten {
  ok: false;
  fouten: Partial<Record<PlannerVeld, string>>;
}

function leesMaand(s: string | undefined): number | undefined {
  const n = Number((s ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}

export function duurTekst(d: Duur, weken?: number): string {
  if (d.soort === 'schatting') return P.duur.schatting(weken ?? d.voorbeeld);
  const eenheid = d.aantal === 1 ? P.duur.eenheid[d.eenheid] : d.eenheid;
  return P.duur.vast({ uiterlijk: !!d.uiterlijk, aantal: d.aantal, eenheid, wet: d.soort === 'wet' });
}

function plus(x: Datum, d: Duur, weken: number): Datum {
  if (d.soort === 'schatting') return plusDagen(x, weken * 7);
  if (d.eenheid === 'dagen') return plusDagen(x, d.aantal);
  if (d.eenheid === 'weken') return plusDagen(x, d.aantal * 7);
  return plusMaanden(x, d.aantal);
}

export function computePlan(r: ProcedureRoute, invoer: PlannerInvoer): PlanUitkomst | PlanFouten {
  const fouten: Partial<Record<PlannerVeld, string>> = {};
  const s = parseDatum(invoer.start, P.veldnaamStart);
  if (!s.ok) fouten.start = s.fout;
  const weken: Record<string, number> = {};
  for (const stap of r.stappen) {
    if (stap.duur.soort !== 'schatting') continue;
    const raw = (invoer.schattingen?.[stap.id] ?? '').trim();
    const n = Number(raw);
    if (!raw) fouten[`schatting-${stap.id}`] = P.fout.schattingLeeg(stap.label);
    else if (!/^\d+$/.test(raw) || n > 104) fouten[`schatting-${stap.id}`] = P.fout.schattingBereik;
    else weken[stap.id] = n;
  }
  const budgetNieuw = r.begrotingNodig && (invoer.budget ?? 'nieuw') !== 'bestaand';
  if (invoer.budget && !['nieuw', 'bestaand'].includes(invoer.budget)) fouten.budget = P.fout.budget;
  const kd = leesNaam(invoer.kaderdocument, STANDAARD_KADERDOCUMENT);
  if (!kd.ok) fouten.kaderdocument = P.fout.kaderdocument;
  const rd = leesNaam(invoer.rapportage, STANDAARD_RAPPORTAGE);
  if (!rd.ok) fouten.rapportage = P.fout.rapportage;
  const kader = kd.ok ? kd.naam : STANDAARD_KADERDOCUMENT;
  const rapportage = rd.ok ? rd.naam : STANDAARD_RAPPORTAGE;
  const berapMaand = (invoer.berap ?? '').trim() ? leesMaand(invoer.berap) : undefined;
  if ((invoer.berap ?? '').trim() && !berapMaand) fouten.berap = P.fout.berap(rapportage);
  const vjn = leesMaand(invoer.voorjaarsnota);
  const begr = leesMaand(invoer.begroting);
  if (budgetNieuw) {
    if (!vjn) fouten.voorjaarsnota = P.fout.voorjaarsnota(kader);
    if (!begr) fouten.begroting = P.fout.begroting;
    if (vjn && begr && begr < vjn) fouten.begroting = P.fout.begrotingVoorVoorjaarsnota(kader);
    // Gemeentewet art. 191 lid 2: the adopted budget reaches Gedeputeerde Staten before 15 November of the year before
    else if (begr === 12) fouten.begroting = P.fout.begrotingNaNovember;
  }
  if (!s.ok || Object.keys(fouten).length) return { ok: false, fouten };

  const stappen: PlanStap[] = [];
  let dag = s.datum;
  let besluit: Datum | undefined;
  for (const st of r.stappen) {
    const tot = plus(dag, st.duur, weken[st.id] ?? 0);
    stappen.push({
      id: st.id,
      label: st.label,
      wie: st.wie,
      tekst: st.tekst,
      van: naarIso(dag),
      tot: naarIso(tot),
      duurTekst: duurTekst(st.duur, weken[st.id]),
      bron: st.duur.soort === 'schatting' ? 'uw-invoer' : st.duur.soort,
      besluit: st.besluit,
      bronnen: st.bronnen,
    });
    if (st.besluit) besluit ??= tot;
    dag = tot;
  }
  const laatste = dag;
  const besluitdatum = besluit ?? laatste;
  const uitleg: string[] = [
    P.uitleg.volgorde(datumNl(s.datum)),
    P.uitleg.besluit({ besluit: datumNl(besluitdatum), laatste: datumNl(laatste) }),
  ];
  let start = dagErna(laatste);
  let begrotingsjaar: number | undefined;
  if (budgetNieuw && vjn && begr) {
    // the planner's assumption (stated on the page): new structural costs go into the
    // voorjaarsnota/kadernota of year Y and then into the budget for Y + 1.
    const y = besluitdatum.y;
    const opTijd = vergelijk(besluitdatum, eindeMaand(y, vjn)) <= 0;
    begrotingsjaar = opTijd ? y + 1 : y + 2;
    const begrotingStart: Datum = { y: begrotingsjaar, m: 1, d: 1 };
    const maanden = { vjn: MAANDNAMEN[vjn - 1], y, begrotingsjaar, begr: MAANDNAMEN[begr - 1], kader };
    uitleg.push(opTijd ? P.uitleg.opTijd(maanden) : P.uitleg.teLaat(maanden));
    if (vergelijk(begrotingStart, start) > 0) {
      start = begrotingStart;
      uitleg.push(P.uitleg.geldVanaf(begrotingsjaar));
    } else uitleg.push(P.uitleg.laatsteStapLater(datumNl(start)));
  } else {
    uitleg.push(r.begrotingNodig ? P.uitleg.bestaandBudget(datumNl(start)) : P.uitleg.start(datumNl(start)));
  }
  let berap: PlanUitkomst['berap'];
  if (berapMaand) {
    const jaar =
      vergelijk(besluitdatum, eindeMaand(besluitdatum.y, berapMaand)) <= 0 ? besluitdatum.y : besluitdatum.y + 1;
    berap = { maand: berapMaand, jaar };
    uitleg.push(P.uitleg.berap({ maand: MAANDNAMEN[berapMaand - 1], jaar, rapportage }));
  }
  return {
    ok: true,
    stappen,
    besluitdatum: naarIso(besluitdatum),
    startdatum: naarIso(start),
    begrotingsjaar,
    berap,
    uitleg,
    samenvatting: P.samenvatting({ besluit: datumNl(besluitdatum), start: datumNl(start) }),
  };
}

/** Input from a URL query: start, vjn, begr, budget and s-<step id> for estimates. */
export function planUitQuery(q: URLSearchParams): PlannerInvoer & { route?: string } {
  const schattingen: Record<string, string> = {};
  for (const [k, v] of q) if (k.startsWith('s-')) schattingen[k.slice(2)] = v;
  return {
    route: q.get('route') ?? undefined,
    start: q.get('start') ?? undefined,
    voorjaarsnota: q.get('vjn') ?? undefined,
    begroting: q.get('begr') ?? undefined,
    berap: q.get('berap') ?? undefined,
    budget: q.get('budget') ?? undefined,
    kaderdocument: q.get('kdoc') ?? undefined,
    rapportage: q.get('rdoc') ?? undefined,
    schattingen,
  };
}

/** The example input of a route: the example estimates of its steps. */
export function voorbeeldInvoer(r: ProcedureRoute, start: string): PlannerInvoer {
  return {
    start,
    voorjaarsnota: '6',
    begroting: '11',
    budget: 'nieuw',
    schattingen: Object.fromEntries(
      r.stappen.flatMap((s) => (s.duur.soort === 'schatting' ? [[s.id, String(s.duur.voorbeeld)]] : [])),
    ),
  };
}
