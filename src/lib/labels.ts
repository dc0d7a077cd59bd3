/**
 * The Dutch string table: labels for ids (fields, criteria, judgements,
 * characteristics) and the UI text that code writes (views, calculators,
 * search). One place to read and change the site's wording; content text
 * lives in content/. Severity and theme names live with the engine
 * (src/schemas/engine-constants.ts), which needs them in the browser too.
 */
import type { criteriumIds, vormVeldIds } from '../schemas/index.ts';

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
