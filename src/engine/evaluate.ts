/**
 * The evaluator: pure, synchronous and deterministic. Same input, same
 * output, in the same order. No zod, no framework: it runs at build time and
 * in the browser.
 *
 * For one form and one obstacle it takes every rule of that obstacle that
 * applies to the form and holds in the chosen period, evaluates EVERY
 * condition of it (no short-circuit) and records each leaf with the actual
 * fact value, then combines the rules that hit (see combine()).
 */
import type { Citation, Cited } from '../schemas/index.ts';
import { ernstIds, PEILDATUM_KING2015, PUNTEN } from './constanten.ts';
import type { Blad, Ernst, Regel, RegelBestand, Voorwaarde } from './schema.ts';
import type { KenmerkNaam, Situatie } from './velden.ts';

export type Periode = 'nu' | 'king2015';
export type Thema = 'gegevens' | 'infrastructuur' | 'harmonisatie';

export interface VormInvoer {
  id: string;
  data: { titel?: string; korteTitel?: string; volgorde?: number; kenmerken: Record<KenmerkNaam, boolean> };
}
export interface BelemmeringInvoer {
  id: string;
  data: { titel?: string; thema: Thema; volgorde?: number; bron?: Citation };
}
export interface RegelBestandInvoer {
  id: string;
  data: RegelBestand;
}

export interface Opties {
  /** 'nu' (default): the current rules, i.e. those without an end date; 'king2015': the rules that held on 2015-07-01 */
  periode?: Periode;
  /** overrides the period: the rules that hold on this date (YYYY-MM-DD) */
  peildatum?: string;
}

export interface BladUitkomst {
  regel: string;
  fact: string;
  operator: string;
  value: unknown;
  actual: unknown;
  result: boolean;
}

export interface Schatting {
  min: number;
  max: number;
  eenheid: 'euro';
  formule: string;
  toelichting?: string;
  bronnen: Citation[];
  regel: string;
}

export interface Uitkomst {
  belemmering: string;
  titel: string;
  thema: Thema;
  ernst: Ernst;
  punten: number;
  redenen: string[];
  bronnen: Citation[];
  schatting?: Schatting;
  verlichting: Cited[];
  /** ids of the rules the severity and reasons rest on (empty for the default) */
  regels: string[];
  /** true when no rule hit and the documented default (nvt + the KING citation) was used */
  standaard: boolean;
  /** least certain `zekerheid` of the rules used */
  zekerheid: 'vastgesteld' | 'volgens-bron' | 'onzeker';
  /** every rule tested for this form and obstacle, with its severity and whether it hit */
  getoetst: { regel: string; ernst: Ernst; geraakt: boolean }[];
  /** every leaf condition of every tested rule, with the actual fact value */
  voorwaarden: BladUitkomst[];
}

/** Flatten rule files into rules carrying their obstacle id, in file order. */
export function regelsUit(bestanden: readonly { data: RegelBestand }[]): Regel[] {
  const uit: Regel[] = [];
  for (const b of bestanden) for (const r of b.data.regels) uit.push({ ...r, belemmering: b.data.belemmering });
  return uit;
}

export const rang = (e: Ernst): number => ernstIds.indexOf(e);

/** Does the rule hold in the period? */
export function geldtIn(r: Regel, opties: Opties = {}): boolean {
  const g = r.geldig ?? {};
  const peil = opties.peildatum ?? (opties.periode === 'king2015' ? PEILDATUM_KING2015 : undefined);
  if (peil === undefined) return g.tot === undefined; // 'nu': the open-ended (current) versions
  return (g.vanaf === undefined || g.vanaf <= peil) && (g.tot === undefined || peil < g.tot);
}

/** Does the rule apply to the form? */
export function geldtVoor(r: Regel, v: VormInvoer): boolean {
  const f = r.vormen ?? 'alle';
  if (f === 'alle') return true;
  if (Array.isArray(f)) return f.includes(v.id);
  for (const [k, w] of Object.entries(f.kenmerken)) if (v.data.kenmerken[k as KenmerkNaam] !== w) return false;
  return true;
}

export function feitWaarde(fact: string, s: Situatie, v: VormInvoer): unknown {
  if (fact === 'vorm.id') return v.id;
  if (fact.startsWith('vorm.')) return v.data.kenmerken[fact.slice(5) as KenmerkNaam];
  return (s as unknown as Record<string, unknown>)[fact];
}

function gelijk(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export function toets(op: string, actual: unknown, value: unknown): boolean {
  switch (op) {
    case 'equal':
      return gelijk(actual, value);
    case 'notEqual':
      return !gelijk(actual, value);
    case 'lessThan':
      return typeof actual === 'number' && typeof value === 'number' && actual < value;
    case 'lessThanInclusive':
      return typeof actual === 'number' && typeof value === 'number' && actual <= value;
    case 'greaterThan':
      return typeof actual === 'number' && typeof value === 'number' && actual > value;
    case 'greaterThanInclusive':
      return typeof actual === 'number' && typeof value === 'number' && actual >= value;
    case 'in':
      return Array.isArray(value) && value.includes(actual as never);
    case 'notIn':
      return Array.isArray(value) && !value.includes(actual as never);
    case 'contains':
      return Array.isArray(actual) && actual.includes(value);
    case 'doesNotContain':
      return Array.isArray(actual) && !actual.includes(value);
    default:
      return false;
  }
}

/** Evaluate a condition tree; every child is evaluated (no short-circuit) and every leaf recorded. */
export function evalueerVoorwaarde(
  c: Voorwaarde,
  s: Situatie,
  v: VormInvoer,
  regel: string,
  log: BladUitkomst[],
): boolean {
  if ('all' in c) {
    let ok = true;
    for (const d of c.all) ok = evalueerVoorwaarde(d, s, v, regel, log) && ok;
    return ok;
  }
  if ('any' in c) {
    let ok = false;
    for (const d of c.any) ok = evalueerVoorwaarde(d, s, v, regel, log) || ok;
    return ok;
  }
  if ('not' in c) return !evalueerVoorwaarde(c.not, s, v, regel, log);
  const b = c as Blad;
  const actual = feitWaarde(b.fact, s, v);
  const result = toets(b.operator, actual, b.value);
  log.push({ regel, fact: b.fact, operator: b.operator, value: b.value, actual, result });
  return result;
}

/** Dutch number formatting without Intl: 10000 → "10.000". */
export function getal(n: number): string {
  const [i, d] = String(n).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return d ? `${g},${d}` : g;
}

function waardeTekst(w: unknown): string {
  if (typeof w === 'boolean') return w ? 'ja' : 'nee';
  if (typeof w === 'number') return getal(w);
  if (Array.isArray(w)) return w.length ? w.map((x) => String(x).toUpperCase()).join(', ') : 'geen';
  return String(w);
}

/** Fill {veld} placeholders with situation values and {vorm} with the form's short title. */
export function vulIn(tekst: string, s: Situatie, v: VormInvoer): string {
  return tekst.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (k === 'vorm') return v.data.korteTitel ?? v.data.titel ?? v.id;
    const w = (s as unknown as Record<string, unknown>)[k];
    return w === undefined ? m : waardeTekst(w);
  });
}

const zekerheidRang = { vastgesteld: 0, 'volgens-bron': 1, onzeker: 2 } as const;

function citeKey(c: Citation): string {
  return `${c.bron}|${c.plaats ?? ''}|${c.detail ?? ''}|${c.citaat ?? ''}`;
}

/**
 * Evaluate one obstacle for one form. `regels` must already be filtered to
 * this obstacle, this form and the period, in file order.
 *
 * Combination when several rules hit: the highest severity wins. The reasons,
 * citations and mitigations of every hitting rule are kept, highest severity
 * first and then in file order; only the reasons of `nvt` rules are dropped
 * when a higher severity hit. The estimate is that of the first hitting rule
 * with the highest severity that has one (estimates are never summed, to
 * avoid counting one cost twice). No hit: `nvt`, a default reason and the
 * obstacle's own KING citation, `standaard: true`.
 */
export function evalueerBelemmering(
  b: BelemmeringInvoer,
  v: VormInvoer,
  s: Situatie,
  regels: readonly Regel[],
): Uitkomst {
  const voorwaarden: BladUitkomst[] = [];
  const getoetst: Uitkomst['getoetst'] = [];
  const geraakt: Regel[] = [];
  for (const r of regels) {
    const ok = evalueerVoorwaarde(r.voorwaarden, s, v, r.id, voorwaarden);
    getoetst.push({ regel: r.id, ernst: r.ernst, geraakt: ok });
    if (ok) geraakt.push(r);
  }
  const titel = b.data.titel ?? b.id;
  if (geraakt.length === 0)
    return {
      belemmering: b.id,
      titel,
      thema: b.data.thema,
      ernst: 'nvt',
      punten: 0,
      redenen: [
        regels.length
          ? 'Geen van de regels voor deze belemmering past bij uw situatie en deze vorm. Daarom is zij hier niet van toepassing.'
          : 'Er is geen regel voor deze belemmering bij deze vorm. Daarom is zij hier niet van toepassing.',
      ],
      bronnen: b.data.bron ? [b.data.bron] : [],
      verlichting: [],
      regels: [],
      standaard: true,
      zekerheid: 'volgens-bron',
      getoetst,
      voorwaarden,
    };
  // stable sort: highest severity first, then file order
  const volgorde = geraakt.map((r, i) => [r, i] as const).sort((a, c) => rang(c[0].ernst) - rang(a[0].ernst) || a[1] - c[1]);
  const hoogste = volgorde[0][0].ernst;
  const gebruikt = volgorde.map(([r]) => r).filter((r) => hoogste === 'nvt' || r.ernst !== 'nvt');
  const bronnen: Citation[] = [];
  const gezien = new Set<string>();
  const verlichting: Cited[] = [];
  const gezienV = new Set<string>();
  let zeker: Uitkomst['zekerheid'] = 'vastgesteld';
  for (const r of gebruikt) {
    for (const c of r.bronnen) {
      const k = citeKey(c);
      if (!gezien.has(k)) (gezien.add(k), bronnen.push(c));
    }
    for (const m of r.verlichting ?? []) {
      const k = m.tekst;
      if (!gezienV.has(k)) (gezienV.add(k), verlichting.push({ tekst: vulIn(m.tekst, s, v), bronnen: m.bronnen }));
    }
    const z = r.zekerheid ?? 'volgens-bron';
    if (zekerheidRang[z] > zekerheidRang[zeker]) zeker = z;
  }
  const mS = gebruikt.find((r) => r.schatting);
  let schatting: Schatting | undefined;
  if (mS?.schatting) {
    const d = mS.schatting;
    const f = d.per ? Number((s as unknown as Record<string, unknown>)[d.per]) : 1;
    schatting = {
      min: d.min * f,
      max: d.max * f,
      eenheid: d.eenheid,
      formule: vulIn(d.formule, s, v),
      ...(d.toelichting ? { toelichting: vulIn(d.toelichting, s, v) } : {}),
      bronnen: d.bronnen,
      regel: mS.id,
    };
  }
  return {
    belemmering: b.id,
    titel,
    thema: b.data.thema,
    ernst: hoogste,
    punten: PUNTEN[hoogste],
    redenen: gebruikt.map((r) => vulIn(r.reden, s, v)),
    bronnen,
    ...(schatting ? { schatting } : {}),
    verlichting,
    regels: gebruikt.map((r) => r.id),
    standaard: false,
    zekerheid: zeker,
    getoetst,
    voorwaarden,
  };
}
