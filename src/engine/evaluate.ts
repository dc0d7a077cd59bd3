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
import { uniqueCitations } from '../lib/cite.ts';
import { ernstIds, PEILDATUM_KING2015, PUNTEN, type Weergave } from '../schemas/engine-constants.ts';
import type { Blad, Ernst, Regel, RegelBestand, Voorwaarde } from '../schemas/engine.ts';
import { kenmerkLabel, type KenmerkNaam, type Situatie } from '../schemas/situation-fields.ts';

export type Periode = 'nu' | 'king2015';
export type Thema = 'gegevens' | 'infrastructuur' | 'harmonisatie';

export interface VormInvoer {
  id: string;
  data: {
    titel?: string;
    korteTitel?: string;
    volgorde?: number;
    /**
     * The form's labels: as cited claims from content (`ja`/`nee` settled; `hangt-af`/`niet-vastgesteld`
     * not), or already read as true/false/null (null: not settled).
     */
    kenmerken: Record<KenmerkNaam, KenmerkInvoer>;
  };
}
export interface BelemmeringInvoer {
  id: string;
  data: { titel?: string; kingNaam?: string; thema: Thema; volgorde?: number; bron?: Citation };
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
  /** null: the fact is a label of the form that no source settles */
  result: boolean | null;
}

/** A label as the engine accepts it: a claim from content, or its reading. */
export type KenmerkInvoer =
  boolean | null | { waarde: 'ja' | 'nee' | 'hangt-af' | 'niet-vastgesteld'; toelichting?: string };

/** The engine's reading of a label: true/false when settled, null when not. */
export function kenmerkFeit(v: VormInvoer, k: KenmerkNaam): boolean | null {
  const w = v.data.kenmerken[k];
  if (w === null || w === undefined) return null;
  if (typeof w === 'boolean') return w;
  return w.waarde === 'ja' ? true : w.waarde === 'nee' ? false : null;
}

/** Why a label is not settled, where the content says so. */
function kenmerkUitleg(v: VormInvoer, k: KenmerkNaam): string | undefined {
  const w = v.data.kenmerken[k];
  return w && typeof w === 'object' ? w.toelichting : undefined;
}

/** A rule that would apply but rests on something not settled today; it scores no points. */
export interface OnzekerDeel {
  regel: string;
  /** the severity the rule would set */
  ernst: Ernst;
  /** why it is uncertain, then the rule's own reason */
  reden: string;
  soort: 'kenmerk' | 'bron';
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
  /** the short KING name (e.g. "OIN"), shown beside the plain title */
  kingNaam?: string;
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
  /**
   * 'geraakt': a settled rule set the severity; 'onzeker': no settled rule hit, but a rule that rests on
   * an unsettled label or on a 2015 claim no current source confirms would (no points); 'nvt': nothing applies.
   */
  status: 'geraakt' | 'onzeker' | 'nvt';
  /** the rules that would hit but rest on something not settled (no points) */
  onzeker: OnzekerDeel[];
  /** least certain `zekerheid` of the rules used */
  zekerheid: 'vastgesteld' | 'volgens-bron' | 'onzeker';
  /** every rule tested for this form and obstacle, with its severity and whether it hit */
  getoetst: { regel: string; ernst: Ernst; geraakt: boolean }[];
  /** every leaf condition of every tested rule, with the actual fact value */
  voorwaarden: BladUitkomst[];
}

/** How an outcome shows: its severity, or 'onzeker' (see weergaveIds). */
export const weergaveVan = (u: Pick<Uitkomst, 'status' | 'ernst'>): Weergave =>
  u.status === 'onzeker' ? 'onzeker' : u.ernst;

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

/**
 * Does the rule apply to the form? true or false; null when it selects forms by a label that is not
 * settled for this form (and no other label rules the form out).
 */
export function geldtVoor(r: Regel, v: VormInvoer): boolean | null {
  const f = r.vormen ?? 'alle';
  if (f === 'alle') return true;
  if (Array.isArray(f)) return f.includes(v.id);
  let uit: boolean | null = true;
  for (const [k, w] of Object.entries(f.kenmerken)) {
    const feit = kenmerkFeit(v, k as KenmerkNaam);
    if (feit === null) uit = null;
    else if (feit !== w) return false;
  }
  return uit;
}

/** The labels of the form a rule rests on that are not settled (by its form filter or its conditions). */
export function onzekereKenmerken(r: Regel, v: VormInvoer, log: readonly BladUitkomst[]): KenmerkNaam[] {
  const uit = new Set<KenmerkNaam>();
  const f = r.vormen ?? 'alle';
  if (f !== 'alle' && !Array.isArray(f))
    for (const k of Object.keys(f.kenmerken) as KenmerkNaam[]) if (kenmerkFeit(v, k) === null) uit.add(k);
  for (const b of log)
    if (b.regel === r.id && b.result === null && b.fact.startsWith('vorm.')) uit.add(b.fact.slice(5) as KenmerkNaam);
  return [...uit];
}

/** The value of a situation field by name (the fields are data: ./velden.ts). */
export const veldVan = (s: Situatie, naam: string): unknown => Reflect.get(s, naam);

function feitWaarde(fact: string, s: Situatie, v: VormInvoer): unknown {
  if (fact === 'vorm.id') return v.id;
  if (fact.startsWith('vorm.')) return kenmerkFeit(v, fact.slice(5) as KenmerkNaam);
  return veldVan(s, fact);
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

/**
 * Evaluate a condition tree; every child is evaluated (no short-circuit) and every leaf recorded.
 * Three-valued (Kleene) logic: a leaf on a label of the form that is not settled is null (unknown);
 * `all` is false if any child is false, else null if any is null; `any` is true if any child is true,
 * else null if any is null; `not null` is null.
 */
export function evaluateVoorwaarde(
  c: Voorwaarde,
  s: Situatie,
  v: VormInvoer,
  regel: string,
  log: BladUitkomst[],
): boolean | null {
  if ('all' in c) {
    const rs = c.all.map((d) => evaluateVoorwaarde(d, s, v, regel, log));
    return rs.includes(false) ? false : rs.includes(null) ? null : true;
  }
  if ('any' in c) {
    const rs = c.any.map((d) => evaluateVoorwaarde(d, s, v, regel, log));
    return rs.includes(true) ? true : rs.includes(null) ? null : false;
  }
  if ('not' in c) {
    const r = evaluateVoorwaarde(c.not, s, v, regel, log);
    return r === null ? null : !r;
  }
  const b = c as Blad;
  const actual = feitWaarde(b.fact, s, v);
  const result =
    b.fact.startsWith('vorm.') && b.fact !== 'vorm.id' && actual === null ? null : toets(b.operator, actual, b.value);
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
export function fillIn(tekst: string, s: Situatie, v: VormInvoer): string {
  return tekst.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (k === 'vorm') return v.data.korteTitel ?? v.data.titel ?? v.id;
    const w = veldVan(s, k);
    return w === undefined ? m : waardeTekst(w);
  });
}

const zekerheidRang = { vastgesteld: 0, 'volgens-bron': 1, onzeker: 2 } as const;

/** The citations of the rules, each once, in order. */
const uniekeBronnen = (rs: readonly Regel[]): Citation[] => uniqueCitations(rs.flatMap((r) => r.bronnen));

/**
 * Evaluate one obstacle for one form. `regels` must already be filtered to
 * this obstacle, this form (geldtVoor not false) and the period, in file order.
 *
 * A rule scores only on settled ground. A rule that would hit but rests on a
 * label of the form that is not settled (geldtVoor or a `vorm.*` condition is
 * null), or — for the current period — on a rule whose `zekerheid` is
 * `onzeker` (a 2015 claim no current source confirms), is listed under
 * `onzeker` with its reason and counts no points; with no settled hit the
 * status is 'onzeker'.
 *
 * Combination when several rules hit: the highest severity wins. The reasons,
 * citations and mitigations of every hitting rule are kept, highest severity
 * first and then in file order; only the reasons of `nvt` rules are dropped
 * when a higher severity hit. The estimate is that of the first hitting rule
 * with the highest severity that has one (estimates are never summed, to
 * avoid counting one cost twice). No hit: `nvt`, a default reason and the
 * obstacle's own KING citation, `standaard: true`.
 */
/** Test every rule: which hit on settled ground, which would hit on unsettled ground (with the reason), and the trail. */
function toetsRegels(v: VormInvoer, s: Situatie, regels: readonly Regel[], periode: Periode) {
  const voorwaarden: BladUitkomst[] = [];
  const getoetst: Uitkomst['getoetst'] = [];
  const geraakt: Regel[] = [];
  const onzeker: OnzekerDeel[] = [];
  for (const r of regels) {
    const filter = geldtVoor(r, v);
    if (filter === false) continue;
    const cond = evaluateVoorwaarde(r.voorwaarden, s, v, r.id, voorwaarden);
    const ok = cond === false ? false : filter === null || cond === null ? null : true;
    getoetst.push({ regel: r.id, ernst: r.ernst, geraakt: ok === true });
    if (ok === false || r.ernst === 'nvt') {
      if (ok === true) geraakt.push(r);
      continue;
    }
    if (ok === null) onzeker.push(onzekerKenmerk(r, v, s, voorwaarden));
    else if (periode === 'nu' && r.zekerheid === 'onzeker') {
      onzeker.push({
        regel: r.id,
        ernst: r.ernst,
        soort: 'bron',
        reden: `KING stelde dit in 2015; geen actuele bron bevestigt dat het nu nog zo is. Daarom telt het nu niet mee. KING: ${fillIn(r.reden, s, v)}`,
      });
    } else geraakt.push(r);
  }
  return { voorwaarden, getoetst, geraakt, onzeker };
}

/** A rule that would hit, but rests on labels of the form that are not settled: which, and what would follow. */
function onzekerKenmerk(r: Regel, v: VormInvoer, s: Situatie, voorwaarden: BladUitkomst[]): OnzekerDeel {
  const waarom = onzekereKenmerken(r, v, voorwaarden)
    .map(
      (k) =>
        `Of ${v.data.korteTitel ?? v.data.titel ?? v.id} "${kenmerkLabel[k].toLowerCase()}" is, staat niet vast.${kenmerkUitleg(v, k) ? ` ${kenmerkUitleg(v, k)}` : ''}`,
    )
    .join(' ');
  return {
    regel: r.id,
    ernst: r.ernst,
    soort: 'kenmerk',
    reden: `${waarom} Als het wel zo is, geldt: ${fillIn(r.reden, s, v)}`,
  };
}

/** The mitigations of the rules used, each once, and the least certain `zekerheid` among them. */
function verlichtingVan(gebruikt: Regel[], s: Situatie, v: VormInvoer) {
  const verlichting: Cited[] = [];
  const gezien = new Set<string>();
  let zekerheid: Uitkomst['zekerheid'] = 'vastgesteld';
  for (const r of gebruikt) {
    for (const m of r.verlichting ?? []) {
      if (gezien.has(m.tekst)) continue;
      gezien.add(m.tekst);
      verlichting.push({ tekst: fillIn(m.tekst, s, v), bronnen: m.bronnen });
    }
    const z = r.zekerheid ?? 'volgens-bron';
    if (zekerheidRang[z] > zekerheidRang[zekerheid]) zekerheid = z;
  }
  return { verlichting, zekerheid };
}

/** The estimate of the first rule used that has one (estimates are never summed). */
function schattingVan(gebruikt: Regel[], s: Situatie, v: VormInvoer): Schatting | undefined {
  const mS = gebruikt.find((r) => r.schatting);
  if (!mS?.schatting) return undefined;
  const d = mS.schatting;
  const f = d.per ? Number(veldVan(s, d.per)) : 1;
  return {
    min: d.min * f,
    max: d.max * f,
    eenheid: d.eenheid,
    formule: fillIn(d.formule, s, v),
    ...(d.toelichting ? { toelichting: fillIn(d.toelichting, s, v) } : {}),
    bronnen: d.bronnen,
    regel: mS.id,
  };
}

export function evaluateBelemmering(
  b: BelemmeringInvoer,
  v: VormInvoer,
  s: Situatie,
  regels: readonly Regel[],
  periode: Periode = 'nu',
): Uitkomst {
  const { voorwaarden, getoetst, geraakt, onzeker } = toetsRegels(v, s, regels, periode);
  // what every outcome of this obstacle and form carries
  const basis = {
    belemmering: b.id,
    titel: b.data.titel ?? b.id,
    ...(b.data.kingNaam ? { kingNaam: b.data.kingNaam } : {}),
    thema: b.data.thema,
    onzeker,
    getoetst,
    voorwaarden,
  };
  if (geraakt.length === 0 && onzeker.length > 0)
    return {
      ...basis,
      ernst: 'nvt',
      punten: 0,
      redenen: onzeker.map((o) => o.reden),
      bronnen: uniekeBronnen(regels.filter((r) => onzeker.some((o) => o.regel === r.id))),
      verlichting: [],
      regels: [],
      standaard: false,
      status: 'onzeker',
      zekerheid: 'onzeker',
    };
  if (geraakt.length === 0)
    return {
      ...basis,
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
      status: 'nvt',
      zekerheid: 'volgens-bron',
    };
  // stable sort: highest severity first, then file order
  const volgorde = geraakt
    .map((r, i) => [r, i] as const)
    .sort((a, c) => rang(c[0].ernst) - rang(a[0].ernst) || a[1] - c[1]);
  const hoogste = volgorde[0][0].ernst;
  const gebruikt = volgorde.map(([r]) => r).filter((r) => hoogste === 'nvt' || r.ernst !== 'nvt');
  const { verlichting, zekerheid } = verlichtingVan(gebruikt, s, v);
  const schatting = schattingVan(gebruikt, s, v);
  return {
    ...basis,
    ernst: hoogste,
    punten: PUNTEN[hoogste],
    redenen: gebruikt.map((r) => fillIn(r.reden, s, v)),
    bronnen: uniekeBronnen(gebruikt),
    ...(schatting ? { schatting } : {}),
    verlichting,
    regels: gebruikt.map((r) => r.id),
    standaard: false,
    status: hoogste === 'nvt' ? 'nvt' : 'geraakt',
    zekerheid,
  };
}
