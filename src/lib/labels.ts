/**
 * The Dutch string table: labels for ids (fields, criteria, judgements,
 * characteristics) and the UI text that code writes (views, calculators,
 * search). One place to read and change the site's wording; content text
 * lives in content/. Severity and theme names live with the engine
 * (src/schemas/engine-constants.ts), which needs them in the browser too.
 */
import type { criteriumIds, vormVeldIds } from '../schemas/index.ts';
import { hoofdletter } from './feiten.ts';

export const VELD_LABEL: Record<(typeof vormVeldIds)[number], string> = {
  rechtspersoonlijkheid: 'Rechtspersoonlijkheid',
  delegatieMandaat: 'Delegatie of mandaat',
  bestuur: 'Wie bestuurt en besluit',
  rolRaad: 'Wat de raad kan doen',
  personeel: 'Personeel en werkgever',
  financien: 'Geld en kostenverdeling',
  toetredingUittreding: 'Toetreden, uittreden en opheffen',
  aansprakelijkheid: 'Aansprakelijkheid en geschillen',
  aanbesteding: 'Aanbesteding en inkoop',
  opzetten: 'Tijd en moeite om op te zetten',
};

export const CRITERIUM_LABEL: Record<(typeof criteriumIds)[number], string> = {
  'democratische-legitimiteit': 'Democratische legitimiteit',
  flexibiliteit: 'Flexibiliteit',
  zeggenschap: 'Zeggenschap per gemeente',
  slagvaardigheid: 'Slagvaardigheid',
  'bestuurlijke-drukte': 'Bestuurlijke drukte',
  informatiepositie: 'Informatiepositie van de raad',
  uittreding: 'Uittreden',
  'stemverhouding-kosten': 'Stemverhouding en kostenverdeling',
  aanbesteding: 'Aanbesteding',
  werkgeverschap: 'Werkgeverschap',
  transparantie: 'Transparantie van taken en risico’s',
};

export const OORDEEL_LABEL = {
  sterk: 'Sterk',
  redelijk: 'Redelijk',
  zwak: 'Zwak',
  'hangt-af': 'Hangt ervan af',
} as const;

/** How a label's value reads on the site. */
export const KENMERK_WAARDE_LABEL = {
  ja: 'Ja',
  nee: 'Nee',
  'hangt-af': 'Hangt ervan af',
  'niet-vastgesteld': 'Niet vastgesteld',
} as const;

/** UI text written by code. Functions take what varies (a count, a query). */
export const UI = {
  /** "Bron" or "Bronnen" before a list of citations */
  bronLabel: (aantal: number, enkelvoud = 'Bron') => `${enkelvoud}${aantal > 1 ? 'nen' : ''}`,
  bronnenKop: 'Bronnen',
  geenBronnen: 'Deze pagina citeert geen bronnen.',
  externeBron: 'externe bron',
  formulierFout: 'Er is nog iets niet goed ingevuld. Kijk bij de velden met een melding.',
  zoekenBezig: 'Bezig met zoeken…',
  zoekenMislukt: 'Zoeken lukt nu niet. Gebruik de lijst van A tot Z hieronder.',
  zoekenGeen: (q: string) => `Geen resultaten voor “${q}”. Probeer een ander woord, of kijk in de lijst van A tot Z.`,
  zoekenAantal: (n: number, q: string, max: number) =>
    `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor “${q}”${n > max ? `, de eerste ${max} staan hieronder` : ''}.`,
} as const;

/**
 * The calculators' wording (src/calc/*). The calculators return kinds and
 * values; src/calc/render.ts picks the sentence here and passes the values,
 * already formatted (dates as "15 maart 2026").
 */
export const REKENHULP_TEKST = {
  uittreding: {
    /** the field as it reads inside a date message ("Vul de datum van opzegging in.") */
    veldnaam: {
      opzegdatum: 'de datum van opzegging',
      startDeelname: 'de startdatum van de deelname',
      startVoorziening: 'de startdatum van de meest recente IT-voorziening',
      instemmingsdatum: 'de datum van instemming',
    },
    /** the form's labels of the optional date fields */
    veldlabel: {
      startDeelname: 'Startdatum van de deelname',
      startVoorziening: 'Startdatum van de meest recente IT-voorziening',
      instemmingsdatum: 'Datum van instemming van het bestuurlijk overleg (leeg laten als die er nog niet is)',
    },
    veldlabelOptioneel: (label: string) => `${label} (leeg laten als u geen IT-voorziening afneemt)`,
    fout: {
      deelnameNaOpzegging: 'De deelname begint na de datum van opzegging. U kunt pas opzeggen als u deelneemt.',
      instemmingVoorOpzegging: 'De instemming gaat over de opzegging en komt dus niet vóór de datum van opzegging.',
    },
    stap: {
      opzegging: (v: { opzegdatum: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. De opzegtermijn is ten minste ${v.maanden} maanden.`,
      opzeggingNaInstemming: (v: { opzegdatum: string; orgaan: string; instemmingsdatum: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. ${hoofdletter(v.orgaan)} stemde in op ${v.instemmingsdatum}. De opzegtermijn van ${v.maanden} maanden begint bij die instemming.`,
      opzeggingInstemmingOpen: (v: { opzegdatum: string; orgaan: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. De opzegtermijn van ${v.maanden} maanden begint pas als ${v.orgaan} instemt. Die instemming is er nog niet. Wij rekenen met de vroegst mogelijke dag: instemming op de dag van opzegging.`,
      naTermijn: (datum: string) => `De deelname kan dus op zijn vroegst eindigen op ${datum}.`,
      minimumduur: (v: { label: string; start: string; maanden: number; vol: string; later: boolean }) =>
        `${v.label}: ${v.start}. ${v.maanden} aaneengesloten maanden zijn vol op ${v.vol}. ${
          v.later ? `Dat is later, dus de deelname kan niet vóór ${v.vol} eindigen.` : 'Daar voldoet u dan al aan.'
        }`,
      eindeKalenderjaar: (v: { grens: string; einde: string }) =>
        `Uittreden kan alleen tegen het einde van een kalenderjaar. Het eerste einde van een kalenderjaar op of na ${v.grens} is ${v.einde}.`,
      eindeElkeDag: 'Het einde hoeft niet op het einde van een jaar te vallen.',
      instemming: (v: { orgaan: string; datum: string }) => `${v.orgaan} stemde in op ${v.datum}.`,
    },
    voorbehoud: {
      geenStartdatum: (v: { label: string; maanden: number }) =>
        `U vulde geen datum in bij "${v.label}". Daarom is de eis van ${v.maanden} aaneengesloten maanden hiervoor niet meegeteld. Neemt u wel een IT-voorziening af, vul dan die datum in.`,
      instemmingNodig: (v: { orgaan: string; naInstemming: boolean; maanden: number }) =>
        `Deze datum geldt alleen als ${v.orgaan} instemt${
          v.naInstemming
            ? ` op de dag van de opzegging. Stemt het later in, dan schuift de einddatum even ver op: ${v.maanden} maanden na de instemming`
            : ''
        }. Zonder instemming kunt u niet uittreden.`,
      naLooptijd: (v: { eindLooptijd: string; tekst: string }) =>
        `De berekende datum ligt na ${v.eindLooptijd}. ${v.tekst}`,
    },
    /** the one short sentence for the polite live region */
    samenvatting: (v: { einddatum: string; voorwaarde?: { orgaan: string; opDagVanOpzegging: boolean } }) =>
      v.voorwaarde
        ? `Vroegste einddatum: ${v.einddatum}, alleen als ${v.voorwaarde.orgaan} instemt${v.voorwaarde.opDagVanOpzegging ? ' op de dag van opzegging' : ''}.`
        : `Vroegste einddatum: ${v.einddatum}.`,
    uitkomstLabel: 'Vroegste einddatum:',
    onderVoorbehoud: 'onder voorbehoud van instemming',
    kop: {
      redenering: 'Zo rekenen we',
      kosten: 'Wat de uittreder betaalt',
      procedure: 'Wat er daarna gebeurt',
      voorbehouden: 'Let op',
    },
  },
} as const;
