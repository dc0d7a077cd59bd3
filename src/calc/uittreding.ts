/**
 * Exit calculator: the earliest date a participation can end, by the rules of
 * one arrangement (content/uittreding/<id>.yaml), and what the leaver owes.
 * Pure: rules and form input in, a result or per-field messages out.
 */
import {
  datumNl,
  isoDelen,
  eindeKalenderjaar,
  eindeVanPeriode,
  laatste,
  leesDatum,
  naarIso,
  plusMaanden,
  vergelijk,
  type Datum,
} from '../lib/dates.ts';
import type { Citation } from '../schemas/index.ts';
import type { UittredingRegels } from '../schemas/calc.ts';
import { hoofdletter } from '../lib/feiten.ts';

export interface UittredingInvoer {
  /** date of the notice (the registered letter), JJJJ-MM-DD or DD-MM-JJJJ */
  opzegdatum: string;
  startDeelname?: string;
  startVoorziening?: string;
  /** date the required body consented; empty while consent is pending */
  instemmingsdatum?: string;
}
export type UittredingVeld = keyof UittredingInvoer;

export interface Stap {
  tekst: string;
  bronnen: Citation[];
}
export interface Kostenpost extends Stap {
  label: string;
}

export interface UittredingUitkomst {
  ok: true;
  /** earliest end date, JJJJ-MM-DD */
  einddatum: string;
  /** 'zeker': follows from the rules; 'onder-voorbehoud': holds only if the consent is given (on the date assumed) */
  status: 'zeker' | 'onder-voorbehoud';
  /** one short sentence, for the polite live region */
  samenvatting: string;
  redenering: Stap[];
  kosten: Kostenpost[];
  procedure: Stap[];
  voorbehouden: Stap[];
}
export interface UittredingFouten {
  ok: false;
  /** a Dutch message per form field */
  fouten: Partial<Record<UittredingVeld, string>>;
}

const VELDNAAM: Record<UittredingVeld, string> = {
  opzegdatum: 'de datum van opzegging',
  startDeelname: 'de startdatum van de deelname',
  startVoorziening: 'de startdatum van de meest recente IT-voorziening',
  instemmingsdatum: 'de datum van instemming',
};

export function berekenUittreding(
  r: UittredingRegels,
  invoer: UittredingInvoer,
): UittredingUitkomst | UittredingFouten {
  const fouten: Partial<Record<UittredingVeld, string>> = {};
  const lees = (veld: UittredingVeld, verplicht: boolean): Datum | undefined => {
    const s = invoer[veld]?.trim();
    if (!s && !verplicht) return undefined;
    const u = leesDatum(s, VELDNAAM[veld]);
    if (!u.ok) {
      fouten[veld] = u.fout;
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
        fouten[regel.vanaf] = 'De deelname begint na de datum van opzegging. U kunt pas opzeggen als u deelneemt.';
    if (instemming && vergelijk(instemming, opzeg) < 0)
      fouten.instemmingsdatum = 'De instemming gaat over de opzegging en komt dus niet vóór de datum van opzegging.';
  }
  if (!opzeg || Object.keys(fouten).length) return { ok: false, fouten };

  const redenering: Stap[] = [];
  const voorbehouden: Stap[] = [];
  const { maanden } = r.opzegtermijn;

  // 1. notice period
  let termijnStart = opzeg;
  if (termijnNaInstemming) {
    termijnStart = instemming ?? opzeg;
    redenering.push({
      tekst: instemming
        ? `U zegt op op ${datumNl(opzeg)}. ${hoofdletter(r.instemming[0].orgaan)} stemde in op ${datumNl(instemming)}. De opzegtermijn van ${maanden} maanden begint bij die instemming.`
        : `U zegt op op ${datumNl(opzeg)}. De opzegtermijn van ${maanden} maanden begint pas als ${r.instemming[0].orgaan} instemt. Die instemming is er nog niet. Wij rekenen met de vroegst mogelijke dag: instemming op de dag van opzegging.`,
      bronnen: [...r.opzegtermijn.bronnen, ...r.instemming[0].bronnen],
    });
  } else {
    redenering.push({
      tekst: `U zegt op op ${datumNl(opzeg)}. De opzegtermijn is ten minste ${maanden} maanden.`,
      bronnen: r.opzegtermijn.bronnen,
    });
  }
  const naTermijn = plusMaanden(termijnStart, maanden);
  redenering.push({
    tekst: `De deelname kan dus op zijn vroegst eindigen op ${datumNl(naTermijn)}.`,
    bronnen: r.opzegtermijn.bronnen,
  });

  // 2. minimum duration of participation
  let grens = naTermijn;
  for (const { regel, start } of starts) {
    if (!start) {
      voorbehouden.push({
        tekst: `U vulde geen datum in bij "${regel.label}". Daarom is de eis van ${regel.maanden} aaneengesloten maanden hiervoor niet meegeteld. Neemt u wel een IT-voorziening af, vul dan die datum in.`,
        bronnen: regel.bronnen,
      });
      continue;
    }
    const minEinde = eindeVanPeriode(start, regel.maanden);
    const later = vergelijk(minEinde, grens) > 0;
    redenering.push({
      tekst: `${regel.label}: ${datumNl(start)}. ${regel.maanden} aaneengesloten maanden zijn vol op ${datumNl(minEinde)}. ${
        later
          ? `Dat is later, dus de deelname kan niet vóór ${datumNl(minEinde)} eindigen.`
          : 'Daar voldoet u dan al aan.'
      }`,
      bronnen: regel.bronnen,
    });
    grens = laatste(grens, minEinde);
  }

  // 3. end of calendar year
  let einde = grens;
  if (r.einde.alleenEindeKalenderjaar) {
    einde = eindeKalenderjaar(grens.y);
    redenering.push({
      tekst: `Uittreden kan alleen tegen het einde van een kalenderjaar. Het eerste einde van een kalenderjaar op of na ${datumNl(grens)} is ${datumNl(einde)}.`,
      bronnen: r.einde.bronnen,
    });
  } else {
    redenering.push({ tekst: `Het einde hoeft niet op het einde van een jaar te vallen.`, bronnen: r.einde.bronnen });
  }

  // 4. consent
  let status: UittredingUitkomst['status'] = 'zeker';
  for (const i of r.instemming) {
    if (!instemming) {
      status = 'onder-voorbehoud';
      voorbehouden.unshift({
        tekst: `Deze datum geldt alleen als ${i.orgaan} instemt${
          termijnNaInstemming
            ? ` op de dag van de opzegging. Stemt het later in, dan schuift de einddatum even ver op: ${maanden} maanden na de instemming`
            : ''
        }. Zonder instemming kunt u niet uittreden.`,
        bronnen: i.bronnen,
      });
    } else if (!termijnNaInstemming) {
      redenering.push({ tekst: `${i.orgaan} stemde in op ${datumNl(instemming)}.`, bronnen: i.bronnen });
    }
  }

  // 5. fixed term of the agreement
  if (r.looptijd) {
    const eindLooptijd = eindeVanPeriode(isoDelen(r.looptijd.start), r.looptijd.maanden);
    if (vergelijk(einde, eindLooptijd) > 0)
      voorbehouden.push({
        tekst: `De berekende datum ligt na ${datumNl(eindLooptijd)}. ${r.looptijd.tekst}`,
        bronnen: r.looptijd.bronnen,
      });
  }

  voorbehouden.push(...r.voorbehouden);
  const einddatum = naarIso(einde);
  const samenvatting =
    status === 'zeker'
      ? `Vroegste einddatum: ${datumNl(einde)}.`
      : `Vroegste einddatum: ${datumNl(einde)}, alleen als ${r.instemming[0].orgaan} instemt${termijnNaInstemming ? ' op de dag van opzegging' : ''}.`;
  return {
    ok: true,
    einddatum,
    status,
    samenvatting,
    redenering,
    kosten: r.kosten,
    procedure: r.procedure,
    voorbehouden,
  };
}
