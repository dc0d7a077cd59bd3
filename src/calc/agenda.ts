/**
 * Agenda (/agenda/ and /agenda.ics): the dated obligations of the cases,
 * computed from a reference date (the build date; fixed dates in tests).
 * Each item has a date, or says why no date is established. Notice dates are
 * found with the exit calculator itself (./uittreding.ts), so the agenda and
 * the calculator can never disagree. Pure.
 */
import {
  datumNl,
  isoDelen,
  dagErvoor,
  eindeMaand,
  eindeVanPeriode,
  naarIso,
  plusDagen,
  plusMaanden,
  vergelijk,
  type Datum,
} from '../lib/dates.ts';
import type { Citation, Cited } from '../schemas/index.ts';
import type { AgendaItem, UittredingRegels } from '../schemas/calc.ts';
import { computeUittreding } from './uittreding.ts';

export type AgendaStatus = 'voorbij' | 'vandaag' | 'komend' | 'dit-jaar' | 'onbekend';

export interface AgendaRegelUit {
  id: string;
  titel: string;
  casussen: string[];
  /** JJJJ-MM-DD when the date is established */
  datum?: string;
  /** year only, when the source names a year but no date */
  jaar?: number;
  /** the date in words, or why there is none */
  wanneer: string;
  status: AgendaStatus;
  wat: string;
  /** how the date follows from the source, in words */
  berekening: string;
  vooraf: Cited[];
  bronnen: Citation[];
}

export interface AgendaContext {
  /** exit rules by id (content/uittreding/) */
  uittreding: Record<string, UittredingRegels>;
}

/** The latest day d with d + n months on or before `einde` (counting back is not the inverse of plusMaanden at month ends). */
export function laatsteStartVoor(einde: Datum, n: number): Datum {
  let d = plusMaanden(einde, -n);
  while (vergelijk(plusMaanden(d, n), einde) > 0) d = dagErvoor(d);
  return d;
}

const status = (d: Datum, ref: Datum): AgendaStatus => {
  const c = vergelijk(d, ref);
  return c < 0 ? 'voorbij' : c === 0 ? 'vandaag' : 'komend';
};

/**
 * The last day on which a notice still gives the earliest end date that a
 * notice on `ref` gives (searched day by day, at most two years ahead).
 */
export function laatsteOpzegdag(
  r: UittredingRegels,
  ref: Datum,
  startDeelname?: string,
): { opzeg: Datum; einde: string } {
  const reken = (d: Datum) => {
    const u = computeUittreding(r, { opzegdatum: naarIso(d), startDeelname });
    if (!u.ok) throw new Error(`agenda: uittreding "${r.titel}" rekent niet: ${JSON.stringify(u.fouten)}`);
    return u.einddatum;
  };
  const einde = reken(ref);
  let d = ref;
  for (let i = 0; i < 731; i++) {
    const volgende = plusDagen(d, 1);
    if (reken(volgende) !== einde) break;
    d = volgende;
  }
  return { opzeg: d, einde };
}

export function computeAgendaItem(id: string, item: AgendaItem, ref: Datum, ctx: AgendaContext): AgendaRegelUit {
  const basis = {
    id,
    titel: item.titel,
    casussen: item.casussen,
    wat: item.wat,
    vooraf: item.vooraf,
    bronnen: item.bronnen,
  };
  const metDatum = (d: Datum, berekening: string): AgendaRegelUit => ({
    ...basis,
    datum: naarIso(d),
    wanneer: datumNl(d),
    status: status(d, ref),
    berekening,
  });
  const regels = (uid: string) => {
    const r = ctx.uittreding[uid];
    if (!r) throw new Error(`agenda ${id}: veld "regel.uittreding": onbekende uittredingsregels "${uid}"`);
    return r;
  };
  const g = item.regel;
  switch (g.soort) {
    case 'vast':
      return metDatum(isoDelen(g.datum), g.waarom ?? 'De bron noemt deze datum.');
    case 'periode': {
      const d = eindeVanPeriode(isoDelen(g.start), g.maanden);
      return metDatum(d, `${g.maanden} maanden vanaf ${datumNl(isoDelen(g.start))} lopen tot en met ${datumNl(d)}.`);
    }
    case 'jaarlijks': {
      let d = eindeMaand(ref.y, g.maand);
      if (vergelijk(d, ref) < 0) d = eindeMaand(ref.y + 1, g.maand);
      return metDatum(d, `Dit komt elk jaar terug. De eerstvolgende keer is uiterlijk ${datumNl(d)}.`);
    }
    case 'jaren': {
      let jaar = g.eersteJaar;
      while (jaar < ref.y) jaar += g.elke;
      return {
        ...basis,
        jaar,
        wanneer: `in ${jaar} (geen datum vastgesteld)`,
        status: jaar === ref.y ? 'dit-jaar' : 'komend',
        berekening: `Eerste keer in ${g.eersteJaar}, daarna elke ${g.elke} jaar. De eerstvolgende keer is in ${jaar}. Een datum binnen het jaar noemt de bron niet.`,
      };
    }
    case 'opzegging': {
      const r = regels(g.uittreding);
      const { opzeg, einde } = laatsteOpzegdag(r, ref, g.startDeelname);
      return metDatum(
        opzeg,
        `Wie uiterlijk op ${datumNl(opzeg)} opzegt, kan op zijn vroegst eindigen op ${datumNl(isoDelen(einde))}. Zegt u later op, dan schuift het einde op. Berekend met de regels van de rekenhulp uittreden${
          g.startDeelname ? `, met deelname vanaf ${datumNl(isoDelen(g.startDeelname))}` : ''
        }.`,
      );
    }
    case 'opzegging-voor-einde-looptijd': {
      const r = regels(g.uittreding);
      if (!r.looptijd) throw new Error(`agenda ${id}: uittredingsregels "${g.uittreding}" hebben geen looptijd`);
      const eindLooptijd = eindeVanPeriode(isoDelen(r.looptijd.start), r.looptijd.maanden);
      const d = laatsteStartVoor(eindLooptijd, r.opzegtermijn.maanden);
      return metDatum(
        d,
        `De looptijd eindigt op ${datumNl(eindLooptijd)}. De opzegtermijn is ${r.opzegtermijn.maanden} maanden${
          r.opzegtermijn.vanaf === 'instemming' ? ' vanaf de instemming' : ''
        }. Een opzegging die precies op het einde van de looptijd ingaat, moet dus uiterlijk op ${datumNl(d)} lopen.`,
      );
    }
    case 'niet-vastgesteld':
      return {
        ...basis,
        jaar: g.jaar,
        wanneer: g.jaar ? `in ${g.jaar} (datum niet vastgesteld)` : 'niet vastgesteld',
        status:
          g.jaar === undefined ? 'onbekend' : g.jaar < ref.y ? 'voorbij' : g.jaar === ref.y ? 'dit-jaar' : 'komend',
        berekening: g.waarom,
      };
  }
}

const ORDE: Record<AgendaStatus, number> = { vandaag: 0, komend: 0, 'dit-jaar': 0, onbekend: 1, voorbij: 2 };

/** All items, upcoming first (by date, year-only items after the dated ones of their year), then undated, then past (latest first). */
export function computeAgenda(
  items: { id: string; data: AgendaItem }[],
  ref: Datum,
  ctx: AgendaContext,
): AgendaRegelUit[] {
  const sleutel = (a: AgendaRegelUit) => a.datum ?? (a.jaar !== undefined ? `${a.jaar}-13` : '9999');
  return items
    .map((i) => computeAgendaItem(i.id, i.data, ref, ctx))
    .sort((a, b) => {
      const o = ORDE[a.status] - ORDE[b.status];
      if (o) return o;
      const c = sleutel(a).localeCompare(sleutel(b));
      return (a.status === 'voorbij' ? -c : c) || a.id.localeCompare(b.id);
    });
}

export const STATUS_TEKST: Record<AgendaStatus, string> = {
  voorbij: 'voorbij',
  vandaag: 'vandaag',
  komend: 'komt nog',
  'dit-jaar': 'dit jaar',
  onbekend: 'datum niet vastgesteld',
};
