/** Dutch labels for field and criterion ids. */
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

export { kenmerkLabel as KENMERK_LABEL } from '../engine/velden.ts';

/** How a label's value reads on the site. */
export const KENMERK_WAARDE_LABEL = {
  ja: 'Ja',
  nee: 'Nee',
  'hangt-af': 'Hangt ervan af',
  'niet-vastgesteld': 'Niet vastgesteld',
} as const;

export const jaNee = (b: boolean) => (b ? 'Ja' : 'Nee');
