/**
 * The explorer's outcome for a set of answers: the situation, the rules
 * engine's obstacle profile per form, the fit rules that rule forms in or
 * out, and the order of the forms with the reasons for that order.
 * Pure and deterministic; runs at build time and in the browser.
 */
import { evaluate, kenmerkFeit, type KenmerkInvoer, type Resultaat, type RegelBestandInvoer, type BelemmeringInvoer } from '../engine/index.ts';
import type { KenmerkNaam } from '../engine/velden.ts';
import type { Situatie } from '../engine/velden.ts';
import type { Citation } from '../schemas/index.ts';
import { situatie as situatieUit, type Antwoorden, type Flow } from './flow.ts';

export type Oordeel = 'sterk' | 'redelijk' | 'zwak' | 'hangt-af';
export interface VormData {
  id: string;
  data: {
    titel: string;
    korteTitel: string;
    volgorde: number;
    samenvatting: string;
    kenmerken: Record<KenmerkNaam, KenmerkInvoer>;
    oordelen: { criterium: string; oordeel: Oordeel; toelichting: string; bronnen: Citation[] }[];
  };
}
export interface FitRegel {
  id: string;
  als: { vraag: string; in: string[] };
  vormen: string[] | { kenmerk: string; waarde: boolean };
  oordeel: 'past-niet' | 'past-minder' | 'past-goed';
  reden: string;
  bronnen: Citation[];
}
export interface Cited { tekst: string; bronnen: Citation[] }
export interface DoelData {
  titel: string;
  uitleg: string;
  bronnen: Citation[];
  bestaand: { titel: string; casus?: string; wat: Cited; aansluiten?: Cited; nietGeboden?: Cited }[];
  volgendeStappen: Cited[];
  vragenVoorDeRaad: Cited[];
}
/** Compact index to turn citations into links in the browser. */
export interface CiteIndex {
  bronnen: Record<string, { t: string; s: Record<string, string> }>;
  extern: Record<string, { t: string; u: string }>;
}
export interface VerkennerData {
  flow: Flow;
  standaard: Situatie;
  vormen: VormData[];
  belemmeringen: BelemmeringInvoer[];
  regels: RegelBestandInvoer[];
  geschiktheid: FitRegel[];
  doelen: Record<string, DoelData>;
  cites: CiteIndex;
  /** terms the questions explain in place */
  begrippen: Record<string, { term: string; uitleg: string }>;
}

/** Which criteria each preference weighs (criterion ids of the forms' oordelen). */
export const VOORKEUR_CRITERIA: Record<string, string[]> = {
  zeggenschap: ['zeggenschap', 'democratische-legitimiteit'],
  snel: ['flexibiliteit', 'bestuurlijke-drukte'],
  slagkracht: ['slagvaardigheid'],
};
const OORDEEL_PUNTEN: Record<Oordeel, number> = { sterk: 0, redelijk: 1, 'hangt-af': 1, zwak: 2 };
const KLASSE_RANG = { 'past-goed': 0, past: 1, 'past-minder': 2, 'past-niet': 3 } as const;
export type Klasse = keyof typeof KLASSE_RANG;

export interface FitUitkomst { regel: string; oordeel: FitRegel['oordeel']; reden: string; bronnen: Citation[]; vraag: string; antwoord: string }
export interface Plaats {
  plaats: number;
  vorm: string;
  titel: string;
  klasse: Klasse;
  fit: FitUitkomst[];
  punten: number;
  blokkerend: number;
  aanzienlijk: number;
  voorkeur: { criterium: string; oordeel: Oordeel; toelichting: string; bronnen: Citation[] }[];
  voorkeurPunten: number;
}
export interface UitkomstModel {
  antwoorden: Antwoorden;
  situatie: Situatie;
  resultaat: Resultaat;
  king2015: Resultaat;
  volgorde: Plaats[];
  doel?: DoelData;
}

function raakt(r: FitRegel, v: VormData): boolean {
  if (Array.isArray(r.vormen)) return r.vormen.includes(v.id);
  // a label that no source settles never rules a form in or out
  return kenmerkFeit(v, r.vormen.kenmerk as KenmerkNaam) === r.vormen.waarde;
}

/** The fit rules that hold for these answers and this form, in file order. */
export function fitVoor(regels: FitRegel[], a: Antwoorden, v: VormData): FitUitkomst[] {
  return regels
    .filter((r) => r.als.in.includes(a[r.als.vraag] ?? '') && raakt(r, v))
    .map((r) => ({ regel: r.id, oordeel: r.oordeel, reden: r.reden, bronnen: r.bronnen, vraag: r.als.vraag, antwoord: a[r.als.vraag] }));
}

/** A form's class: any "past niet" rules it out; otherwise "past minder" weighs more than "past goed". */
export function klasseVan(fit: FitUitkomst[]): Klasse {
  if (fit.some((f) => f.oordeel === 'past-niet')) return 'past-niet';
  if (fit.some((f) => f.oordeel === 'past-minder')) return 'past-minder';
  if (fit.some((f) => f.oordeel === 'past-goed')) return 'past-goed';
  return 'past';
}

export function bouwUitkomst(d: VerkennerData, a: Antwoorden): UitkomstModel {
  const s = situatieUit(d.flow, a, d.standaard);
  const resultaat = evaluate(s, d.vormen, d.regels, d.belemmeringen, { periode: 'nu' });
  const king2015 = evaluate(s, d.vormen, d.regels, d.belemmeringen, { periode: 'king2015' });
  const criteria = VOORKEUR_CRITERIA[a.voorkeur ?? ''] ?? [];
  const rows = resultaat.perVorm.map((p) => {
    const v = d.vormen.find((x) => x.id === p.vorm)!;
    const fit = fitVoor(d.geschiktheid, a, v);
    const voorkeur = v.data.oordelen.filter((o) => criteria.includes(o.criterium));
    return {
      vorm: p.vorm,
      titel: v.data.titel,
      klasse: klasseVan(fit),
      fit,
      punten: p.totaal.punten,
      blokkerend: p.totaal.aantal.blokkerend,
      aanzienlijk: p.totaal.aantal.aanzienlijk,
      voorkeur,
      voorkeurPunten: voorkeur.reduce((n, o) => n + OORDEEL_PUNTEN[o.oordeel], 0),
      volgorde: v.data.volgorde,
    };
  });
  // Order: forms an answer rules out come last; then fewer blocking obstacles;
  // then how well the answers fit; then fewer points; then the preference; then the forms' own order.
  rows.sort(
    (x, y) =>
      Number(x.klasse === 'past-niet') - Number(y.klasse === 'past-niet') ||
      x.blokkerend - y.blokkerend ||
      KLASSE_RANG[x.klasse] - KLASSE_RANG[y.klasse] ||
      x.punten - y.punten ||
      x.voorkeurPunten - y.voorkeurPunten ||
      x.volgorde - y.volgorde,
  );
  const volgorde: Plaats[] = rows.map(({ volgorde: _v, ...r }, i) => ({ plaats: i + 1, ...r }));
  return { antwoorden: a, situatie: s, resultaat, king2015, volgorde, doel: a.doel ? d.doelen[a.doel] : undefined };
}

/** Why a form stands where it stands, in one plain sentence. */
export function waaromPlaats(p: Plaats): string {
  const delen: string[] = [];
  if (p.klasse === 'past-niet') delen.push('Een of meer van uw antwoorden sluiten deze vorm uit');
  else if (p.klasse === 'past-minder') delen.push('Een of meer van uw antwoorden maken deze vorm minder geschikt');
  else if (p.klasse === 'past-goed') delen.push('Uw antwoorden passen goed bij deze vorm');
  else delen.push('Uw antwoorden sluiten deze vorm niet uit');
  delen.push(
    p.blokkerend > 0
      ? `${p.blokkerend} ${p.blokkerend === 1 ? 'belemmering is' : 'belemmeringen zijn'} blokkerend`
      : 'geen belemmering is blokkerend',
  );
  delen.push(`de belemmeringen tellen samen ${p.punten} ${p.punten === 1 ? 'punt' : 'punten'}`);
  return `${delen.join('; ')}.`;
}
