/**
 * The questions of a situation, as plain data (no zod), so the explorer can
 * build its questions from them and the browser bundle stays small.
 * src/schemas/situation.ts builds the zod schema from this list.
 */

export type VeldSoort = 'janee' | 'geheel' | 'keuze' | 'meerkeuze';

export interface VeldOptie {
  waarde: string;
  label: string;
}

export interface SituatieVeld {
  naam: string;
  soort: VeldSoort;
  /** the question, in B1 Dutch */
  label: string;
  /** one or two sentences of help text */
  hulp: string;
  min?: number;
  max?: number;
  opties?: VeldOptie[];
}

export const situatieVelden: readonly SituatieVeld[] = [
  {
    naam: 'aantalGemeenten',
    soort: 'geheel',
    min: 2,
    max: 50,
    label: 'Met hoeveel gemeenten werkt u samen?',
    hulp: 'Tel uw eigen gemeente mee. Kies een getal van 2 tot en met 50.',
  },
  {
    naam: 'persoonsgegevens',
    soort: 'janee',
    label: 'Deelt u in de samenwerking persoonsgegevens?',
    hulp: 'Bijvoorbeeld namen, adressen of gegevens over uitkeringen van inwoners.',
  },
  {
    naam: 'basisregistraties',
    soort: 'meerkeuze',
    opties: [
      { waarde: 'brp', label: 'BRP (Basisregistratie Personen, vroeger GBA)' },
      { waarde: 'nhr', label: 'NHR (Handelsregister van de KvK)' },
      { waarde: 'bag', label: 'BAG (Basisregistratie Adressen en Gebouwen)' },
    ],
    label: 'Welke basisregistraties gebruikt de samenwerking?',
    hulp: 'Kies alle registraties die de samenwerking zelf moet raadplegen. Geen keuze betekent: geen.',
  },
  {
    naam: 'digid',
    soort: 'janee',
    label: 'Loggen inwoners in met DigiD bij de samenwerking?',
    hulp: 'Bijvoorbeeld om een aanvraag te doen of hun gegevens te bekijken.',
  },
  {
    naam: 'eherkenning',
    soort: 'janee',
    label: 'Loggen bedrijven in met eHerkenning bij de samenwerking?',
    hulp: 'eHerkenning is het inlogmiddel voor bedrijven en organisaties.',
  },
  {
    naam: 'personeelInDienst',
    soort: 'janee',
    label: 'Moet de samenwerking zelf personeel in dienst nemen?',
    hulp: 'Kies nee als de medewerkers bij hun eigen gemeente in dienst blijven.',
  },
  {
    naam: 'contractenSluiten',
    soort: 'janee',
    label: 'Sluit de samenwerking contracten, bijvoorbeeld met leveranciers van software?',
    hulp: 'Bijvoorbeeld licenties voor applicaties die alle gemeenten gebruiken.',
  },
  {
    naam: 'besluitenNamensDeelnemers',
    soort: 'janee',
    label: 'Moet de samenwerking zelf besluiten nemen in plaats van de gemeenten?',
    hulp: 'Dan moeten de gemeenten bevoegdheden overdragen. Dat heet delegeren.',
  },
  {
    naam: 'mandaat',
    soort: 'janee',
    label: 'Moet de samenwerking besluiten nemen namens de gemeenten?',
    hulp: 'De gemeente blijft dan verantwoordelijk en kan het besluit ook zelf nemen. Dat heet mandaat.',
  },
  {
    naam: 'privatePartijen',
    soort: 'janee',
    label: 'Doen er ook private partijen mee, zoals een bedrijf of stichting?',
    hulp: 'Bijvoorbeeld een leverancier of een zorgaanbieder die in de samenwerking meewerkt.',
  },
  {
    naam: 'multiTenantApplicaties',
    soort: 'keuze',
    opties: [
      { waarde: 'ja', label: 'Ja' },
      { waarde: 'nee', label: 'Nee' },
      { waarde: 'onbekend', label: 'Weet ik niet' },
    ],
    label: 'Kunnen de applicaties de gegevens van alle gemeenten in één systeem gescheiden houden?',
    hulp: 'Dit heet multi-tenancy: één database, met per gemeente een eigen sleutel.',
  },
  {
    naam: 'andereSamenwerkingen',
    soort: 'geheel',
    min: 0,
    max: 50,
    label: 'In hoeveel andere samenwerkingen zitten de deelnemende gemeenten al?',
    hulp: 'Tel de samenwerkingen met een andere groep gemeenten. Kies een getal van 0 tot en met 50.',
  },
];

/** The situation the engine evaluates. */
export interface Situatie {
  aantalGemeenten: number;
  persoonsgegevens: boolean;
  basisregistraties: ('brp' | 'nhr' | 'bag')[];
  digid: boolean;
  eherkenning: boolean;
  personeelInDienst: boolean;
  contractenSluiten: boolean;
  besluitenNamensDeelnemers: boolean;
  mandaat: boolean;
  privatePartijen: boolean;
  multiTenantApplicaties: 'ja' | 'nee' | 'onbekend';
  andereSamenwerkingen: number;
}

/**
 * The default situation used by static pages: a small IT cooperation of four
 * municipalities that shares personal data and queries the BRP, without
 * DigiD or eHerkenning, with staff staying with the municipalities and
 * decisions taken by mandate. An editorial choice, not a source fact.
 */
export const standaardSituatie: Situatie = {
  aantalGemeenten: 4,
  persoonsgegevens: true,
  basisregistraties: ['brp'],
  digid: false,
  eherkenning: false,
  personeelInDienst: false,
  contractenSluiten: true,
  besluitenNamensDeelnemers: false,
  mandaat: true,
  privatePartijen: false,
  multiTenantApplicaties: 'onbekend',
  andereSamenwerkingen: 2,
};

/**
 * Named situations the comparison lets the reader switch between: the default situation with only
 * the data questions changed, from no personal data to a DigiD login. An editorial choice; the
 * default (`brp`) is the situation the other static pages score.
 */
export const vergelijkSituaties: readonly {
  id: string;
  label: string;
  uitleg: string;
  wijziging: Partial<Situatie>;
}[] = [
  {
    id: 'geen-persoonsgegevens',
    label: 'Geen persoonsgegevens',
    uitleg: 'De samenwerking werkt niet met gegevens over inwoners.',
    wijziging: { persoonsgegevens: false, basisregistraties: [], digid: false },
  },
  {
    id: 'persoonsgegevens',
    label: 'Met persoonsgegevens',
    uitleg: 'De samenwerking deelt persoonsgegevens, maar raadpleegt zelf geen basisregistratie.',
    wijziging: { persoonsgegevens: true, basisregistraties: [], digid: false },
  },
  {
    id: 'brp',
    label: 'Met de BRP',
    uitleg: 'De samenwerking deelt persoonsgegevens en raadpleegt de BRP (de voorbeeldsituatie).',
    wijziging: { persoonsgegevens: true, basisregistraties: ['brp'], digid: false },
  },
  {
    id: 'digid',
    label: 'Met inloggen via DigiD',
    uitleg:
      'De samenwerking deelt persoonsgegevens en raadpleegt de BRP, en inwoners loggen bij de samenwerking in met DigiD.',
    wijziging: { persoonsgegevens: true, basisregistraties: ['brp'], digid: true },
  },
];

/** Form characteristics the rules may read as `vorm.<kenmerk>`. */
export const kenmerkNamen = [
  'rechtspersoon',
  'publiekrechtelijk',
  'delegatieMogelijk',
  'mandaatMogelijk',
  'eigenPersoneel',
  'opGrondVanWgr',
] as const;
export type KenmerkNaam = (typeof kenmerkNamen)[number];

/** Dutch labels of the form characteristics. */
export const kenmerkLabel: Record<KenmerkNaam, string> = {
  rechtspersoon: 'Eigen rechtspersoon',
  publiekrechtelijk: 'Publiekrechtelijk',
  delegatieMogelijk: 'Delegatie mogelijk',
  mandaatMogelijk: 'Mandaat mogelijk',
  eigenPersoneel: 'Eigen personeel',
  opGrondVanWgr: 'Op grond van de Wgr',
};

/** The 15 KING obstacles (content guide) with their theme, in KING order. */
export const kingBelemmeringen = [
  ['doelbinding', 'gegevens'],
  ['oneigenlijk-gebruik', 'gegevens'],
  ['juridische-status-basisregistraties', 'gegevens'],
  ['papierwinkel', 'gegevens'],
  ['geen-gezamenlijke-oin', 'infrastructuur'],
  ['multi-tenancy', 'infrastructuur'],
  ['digid-audits', 'infrastructuur'],
  ['protocollen-handleidingen', 'infrastructuur'],
  ['private-toegang', 'infrastructuur'],
  ['virtualisatie', 'infrastructuur'],
  ['beleidsregels', 'harmonisatie'],
  ['licentiemodellen', 'harmonisatie'],
  ['incongruente-samenwerking', 'harmonisatie'],
  ['opdrachtgeverschap-informatiebeveiliging', 'harmonisatie'],
  ['applicatierationalisatie', 'harmonisatie'],
] as const;
