/**
 * Exit calculator: the earliest date a participation can end, by the rules of
 * one arrangement (content/uittreding/<id>.yaml), and what the leaver owes.
 * Pure: rules and form input in, a result (steps as kinds and values) or
 * per-field problems out; src/calc/render.ts words them.
 */
import {
  isoDelen,
  eindeKalenderjaar,
  eindeVanPeriode,
  laatste,
  parseDatum,
  naarIso,
  plusMaanden,
  vergelijk,
  type Datum,
} from '../lib/dates.ts';
import type { Citation } from '../schemas/index.ts';
import type { UittredingRegels } from '../schemas/calc.ts';
import { REKENHULP_TEKST } from '../lib/labels.ts';

export interface UittredingInvoer {
  /** date of the notice (the registered letter), JJJJ-MM-DD or DD-MM-JJJJ */
  opzegdatum: string;
  startDeelname?: string;
  startVoorziening?: string;
  /** date the required body consented; empty while consent is pending */
  instemmingsdatum?: string;
}
export type UittredingVeld = keyof UittredingInvoer;

/** A text from the rules in content/ (costs, procedure, the rules' own reservations), with its sources. */
export interface Stap {
  tekst: string;
  bronnen: Citation[];
}
export interface Kostenpost extends Stap {
  label: string;
}

/**
 * One step of the reasoning, as a kind and its values (dates JJJJ-MM-DD); the
 * sentences are written by the renderer (src/calc/render.ts) from the string
 * table (src/lib/labels.ts).
 */
export type Redenering = { bronnen: Citation[] } & (
  | { soort: 'opzegging'; opzegdatum: string; maanden: number }
  /** the notice period runs from the consent; without `instemmingsdatum` the consent is still pending */
  | { soort: 'opzegging-na-instemming'; opzegdatum: string; instemmingsdatum?: string; orgaan: string; maanden: number }
  | { soort: 'na-termijn'; datum: string }
  /** `later`: the minimum ends after the date found so far and moves it */
  | { soort: 'minimumduur'; label: string; start: string; maanden: number; vol: string; later: boolean }
  | { soort: 'einde-kalenderjaar'; grens: string; einde: string }
  | { soort: 'einde-elke-dag' }
  | { soort: 'instemming'; orgaan: string; datum: string }
);

/** One reservation: a kind and its values, or (`regels`) a text from the rules themselves. */
export type Voorbehoud = { bronnen: Citation[] } & (
  | { soort: 'geen-startdatum'; label: string; maanden: number }
  /** `naInstemming`: the notice period runs from the consent, assumed on the day of notice */
  | { soort: 'instemming-nodig'; orgaan: string; naInstemming: boolean; maanden: number }
  | { soort: 'na-looptijd'; eindLooptijd: string; tekst: string }
  | { soort: 'regels'; tekst: string }
);

export interface UittredingUitkomst {
  ok: true;
  /** earliest end date, JJJJ-MM-DD */
  einddatum: string;
  /** 'zeker': follows from the rules; 'onder-voorbehoud': holds only if the consent is given (on the date assumed) */
  status: 'zeker' | 'onder-voorbehoud';
  /** whose consent the date waits for, when it is 'onder-voorbehoud'; `opDagVanOpzegging`: assumed on the day of notice */
  voorwaarde?: { orgaan: string; opDagVanOpzegging: boolean };
  redenering: Redenering[];
  kosten: Kostenpost[];
  procedure: Stap[];
  voorbehouden: Voorbehoud[];
}
/** What is wrong with a field: a kind (the string table words it) or a date message from lib/dates. */
export type UittredingFout =
  { soort: 'datum'; melding: string } | { soort: 'deelname-na-opzegging' } | { soort: 'instemming-voor-opzegging' };
export interface UittredingFouten {
  ok: false;
  fouten: Partial<Record<UittredingVeld, UittredingFout>>;
}

export function computeUittreding(
  r: UittredingRegels,
  invoer: UittredingInvoer,
): UittredingUitkomst | UittredingFouten {
  const fouten: Partial<Record<UittredingVeld, UittredingFout>> = {};
  const lees = (veld: UittredingVeld, verplicht: boolean): Datum | undefined => {
    const s = invoer[veld]?.trim();
    if (!s && !verplicht) return undefined;
    const u = parseDatum(s, REKENHULP_TEKST.uittreding.veldnaam[veld]);
    if (!u.ok) {
      fouten[veld] = { soort: 'datum', melding: u.fout };
      return undefined;
    }
    return u.datum;
  };

  const opzeg = lees('opzegdatum', true);
  const starts = r.minimumDuur.map((m) => ({ regel: m, start: lees(m.vanaf, m.verplicht) }));
  const termijnNaInstemming = r.opzegtermijn.vanaf === 'instemming';
  const instemming = r.instemming.length > 0 ? lees('instemmingsdatum', false) : undefined;

  if (opzeg) {
    for (const { regel, start } of starts)
      if (start && regel.vanaf === 'startDeelname' && vergelijk(start, opzeg) > 0)
        fouten[regel.vanaf] = { soort: 'deelname-na-opzegging' };
    if (instemming && vergelijk(instemming, opzeg) < 0)
      fouten.instemmingsdatum = { soort: 'instemming-voor-opzegging' };
  }
  if (!opzeg || Object.keys(fouten).length) return { ok: false, fouten };

  const redenering: Redenering[] = [];
  const voorbehouden: Voorbehoud[] = [];
  const { maanden } = r.opzegtermijn;

  // 1. notice period
  let termijnStart = opzeg;
  if (termijnNaInstemming) {
    termijnStart = instemming ?? opzeg;
    redenering.push({
      soort: 'opzegging-na-instemming',
      opzegdatum: naarIso(opzeg),
      ...(instemming ? { instemmingsdatum: naarIso(instemming) } : {}),
      orgaan: r.instemming[0].orgaan,
      maanden,
      bronnen: [...r.opzegtermijn.bronnen, ...r.instemming[0].bronnen],
    });
  } else {
    redenering.push({ soort: 'opzegging', opzegdatum: naarIso(opzeg), maanden, bronnen: r.opzegtermijn.bronnen });
  }
  const naTermijn = plusMaanden(termijnStart, maanden);
  redenering.push({ soort: 'na-termijn', datum: naarIso(naTermijn), bronnen: r.opzegtermijn.bronnen });

  // 2. minimum duration of participation
  let grens = naTermijn;
  for (const { regel, start } of starts) {
    if (!start) {
      voorbehouden.push({
        soort: 'geen-startdatum',
        label: regel.label,
        maanden: regel.maanden,
        bronnen: regel.bronnen,
      });
      continue;
    }
    const minEinde = eindeVanPeriode(start, regel.maanden);
    redenering.push({
      soort: 'minimumduur',
      label: regel.label,
      start: naarIso(start),
      maanden: regel.maanden,
      vol: naarIso(minEinde),
      later: vergelijk(minEinde, grens) > 0,
      bronnen: regel.bronnen,
    });
    grens = laatste(grens, minEinde);
  }

  // 3. end of calendar year
  let einde = grens;
  if (r.einde.alleenEindeKalenderjaar) {
    einde = eindeKalenderjaar(grens.y);
    redenering.push({
      soort: 'einde-kalenderjaar',
      grens: naarIso(grens),
      einde: naarIso(einde),
      bronnen: r.einde.bronnen,
    });
  } else {
    redenering.push({ soort: 'einde-elke-dag', bronnen: r.einde.bronnen });
  }

  // 4. consent
  let status: UittredingUitkomst['status'] = 'zeker';
  for (const i of r.instemming) {
    if (!instemming) {
      status = 'onder-voorbehoud';
      voorbehouden.unshift({
        soort: 'instemming-nodig',
        orgaan: i.orgaan,
        naInstemming: termijnNaInstemming,
        maanden,
        bronnen: i.bronnen,
      });
    } else if (!termijnNaInstemming) {
      redenering.push({ soort: 'instemming', orgaan: i.orgaan, datum: naarIso(instemming), bronnen: i.bronnen });
    }
  }

  // 5. fixed term of the agreement
  if (r.looptijd) {
    const eindLooptijd = eindeVanPeriode(isoDelen(r.looptijd.start), r.looptijd.maanden);
    if (vergelijk(einde, eindLooptijd) > 0)
      voorbehouden.push({
        soort: 'na-looptijd',
        eindLooptijd: naarIso(eindLooptijd),
        tekst: r.looptijd.tekst,
        bronnen: r.looptijd.bronnen,
      });
  }

  voorbehouden.push(...r.voorbehouden.map((v) => ({ soort: 'regels' as const, ...v })));
  return {
    ok: true,
    einddatum: naarIso(einde),
    status,
    ...(status === 'onder-voorbehoud'
      ? { voorwaarde: { orgaan: r.instemming[0].orgaan, opDagVanOpzegging: termijnNaInstemming } }
      : {}),
    redenering,
    kosten: r.kosten,
    procedure: r.procedure,
    voorbehouden,
  };
}
