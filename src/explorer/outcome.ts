/**
 * The explorer's outcome for a set of answers: per chosen goal, the routes
 * (forms and instruments) that fit, with the reasons, the questions still
 * open, and the KING obstacles that apply to that goal. Pure and
 * deterministic; runs at build time and in the browser.
 *
 * Unknown stays unknown: an answer the user did not give is never filled in.
 * The rules engine needs a complete situation, so unknown fields get a
 * placeholder, but every obstacle whose rules read an unknown field is shown
 * as "onbekend" and counts no points.
 */
import {
  evaluate,
  type BelemmeringInvoer,
  type Ernst,
  type RegelBestandInvoer,
  type VormInvoer,
} from '../engine/index.ts';
import { situatieVelden, type Situatie } from '../schemas/situation-fields.ts';
import type { Citation } from '../schemas/index.ts';
import type { CiteIndex } from '../lib/cite.ts';
import type { TermLink } from '../lib/text.ts';
import { feiten, gesteld, isOnbekend, type Antwoorden, type Flow, type Vraag } from './flow.ts';
import type { Delen, Doel, FitRegel, Kader, Route } from '../schemas/explorer.ts';

/** The calculators for a route: cost lines, procedure planner per procedure, and the agenda. */
export function rekenhulpLinks(r: Route): { label: string; href: string }[] {
  const uit: { label: string; href: string }[] = [];
  if (r.rekenhulp.kosten)
    uit.push({ label: 'Kosten berekenen', href: `/rekenhulp/kosten/?route=${r.rekenhulp.kosten}` });
  for (const p of r.rekenhulp.procedures) uit.push({ label: `Procedure plannen (${p})`, href: `/planner/?route=${p}` });
  return uit;
}

export interface VerkennerData {
  flow: Flow;
  routes: Route[];
  doelen: Record<string, Doel>;
  delen: Delen[];
  /** the rules on security and privacy and their status */
  kader: Kader[];
  /** titles of the form and instrument pages that exist (a route links only to these) */
  vormTitels: Record<string, string>;
  /** per form a route uses: its own judgement (sterk, redelijk, zwak, hangt-af) on the criteria of VOORKEUR_CRITERIA */
  vormOordelen: Record<string, Record<string, string>>;
  /** titles of the cases routes link to */
  casusTitels: Record<string, string>;
  /** KING's own name of an obstacle ("OIN", "DigiD-audits"), where the content gives one */
  belemmeringKingNamen: Record<string, string>;
  /** obstacle titles by id */
  belemmeringTitels: Record<string, string>;
  /** the rules engine's input */
  engine: { vormen: VormInvoer[]; regels: RegelBestandInvoer[]; belemmeringen: BelemmeringInvoer[] };
  /** placeholder values for fields no answer sets; results that read them are discarded */
  plaatshouder: Situatie;
  cites: CiteIndex;
  /** terms the questions explain in place */
  begrippen: Record<string, { term: string; uitleg: string }>;
  /** the glossary: an outcome links the first mention of each term to its begrip, on the static page and in the island */
  termen: TermLink[];
}

/** What a raad often weighs most: criteria of the forms' own judgements, shown on the outcome page (not a question). */
export const VOORKEUR_CRITERIA = [
  'zeggenschap',
  'democratische-legitimiteit',
  'flexibiliteit',
  'bestuurlijke-drukte',
  'slagvaardigheid',
] as const;

export type Klasse = 'past-goed' | 'past' | 'open' | 'past-minder' | 'past-niet';
const KLASSE_RANG: Record<Klasse, number> = { 'past-goed': 0, past: 1, open: 2, 'past-minder': 3, 'past-niet': 4 };

export interface FitUitkomst {
  oordeel: FitRegel['oordeel'];
  reden: string;
  bronnen: Citation[];
  vraag: string;
}
export interface BelemmeringUitkomst {
  id: string;
  titel: string;
  /** why it applies to this goal */
  reden: string;
  /** severity when every fact it reads is known */
  ernst?: Ernst;
  punten?: number;
  /** the questions (short labels) or facts it depends on that are unknown */
  hangtAf: string[];
  /** the engine's reason when the obstacle rests on a label or a 2015 claim no source settles (no points) */
  onzeker?: string;
  /**
   * the fit reason that already weighs the same answer: the obstacle hit only because of an answer a
   * fit rule of this route already used against it, so it is shown once, as that reason, without points
   */
  alGewogen?: string;
}
export interface VormScore {
  vorm: string;
  titel: string;
  punten: number;
  bekend: number;
  onbekend: number;
  belemmeringen: BelemmeringUitkomst[];
}
export interface RouteUitkomst {
  route: Route;
  klasse: Klasse;
  fit: FitUitkomst[];
  /** questions that would decide the fit but are unknown */
  open: Vraag[];
  scores: VormScore[];
  /** known points of the relevant obstacles, summed over the route's forms (lowest form) */
  punten: number;
}
export interface DoelUitkomst {
  doel: string;
  label: string;
  data: Doel;
  routes: RouteUitkomst[];
  /** the route to advise, or null when none fits */
  advies: RouteUitkomst | null;
  /** questions for this goal that are unknown */
  onbekend: Vraag[];
}
export interface UitkomstModel {
  antwoorden: Antwoorden;
  doelen: DoelUitkomst[];
  delen: Delen[];
  /** every unknown question, once */
  onbekend: Vraag[];
}

/** The situation fields each obstacle's rules read (not counting the form's own labels). */
function feitenPerBelemmering(regels: RegelBestandInvoer[]): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  const walk = (v: unknown, into: Set<string>) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, into));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.fact === 'string' && !o.fact.startsWith('vorm.')) into.add(o.fact);
      for (const x of Object.values(o)) walk(x, into);
    }
  };
  for (const r of regels) {
    const set = (out[r.data.belemmering] ??= new Set());
    for (const regel of r.data.regels) walk(regel.voorwaarden, set);
  }
  return out;
}

/** A situation field as the plain question it stands for (never the engine's field name). */
function veldVraag(veld: string): string {
  const v = situatieVelden.find((x) => x.naam === veld);
  return v
    ? `${v.label.replace(/\?$/, '')} (de verkenner vraagt hier niet naar)`
    : 'een gegeven waar de verkenner niet naar vraagt';
}

/** Which question would set a situation field (for "hangt af van"): preferably one that is asked and still open. */
function vraagVoorVeld(flow: Flow, a: Antwoorden, veld: string): Vraag | undefined {
  const zetten = gesteld(flow, a).filter((v) => v.opties.some((o) => veld in o.zet));
  return zetten.find((v) => isOnbekend(a, v.id)) ?? zetten[0];
}

function fitVoor(route: Route, a: Antwoorden): FitUitkomst[] {
  return route.past
    .filter((r) => !isOnbekend(a, r.als.vraag) && (a[r.als.vraag] ?? []).some((x) => r.als.in.includes(x)))
    .map((r) => ({ oordeel: r.oordeel, reden: r.reden, bronnen: r.bronnen, vraag: r.als.vraag }));
}

function klasseVan(fit: FitUitkomst[], open: Vraag[]): Klasse {
  if (fit.some((f) => f.oordeel === 'past-niet')) return 'past-niet';
  if (fit.some((f) => f.oordeel === 'past-minder')) return 'past-minder';
  if (fit.some((f) => f.oordeel === 'past-goed')) return 'past-goed';
  return open.length ? 'open' : 'past';
}

/**
 * The situation fields set by the answers that a negative fit rule of this route (past-niet,
 * past-minder) already used, with that rule's reason: an obstacle resting only on them is not counted again.
 */
function gewogenVelden(d: VerkennerData, fit: FitUitkomst[], a: Antwoorden): Map<string, string> {
  const uit = new Map<string, string>();
  for (const f of fit) {
    if (f.oordeel !== 'past-niet' && f.oordeel !== 'past-minder') continue;
    const v = d.flow.vragen.find((x) => x.id === f.vraag);
    for (const o of v?.opties ?? [])
      if (a[f.vraag]?.includes(o.id)) for (const k of Object.keys(o.zet)) if (!uit.has(k)) uit.set(k, f.reden);
  }
  return uit;
}

function scoresVoor(
  d: VerkennerData,
  route: Route,
  doel: Doel,
  a: Antwoorden,
  facts: Partial<Situatie>,
  perBel: Record<string, Set<string>>,
  fit: FitUitkomst[] = [],
): VormScore[] {
  const gewogen = gewogenVelden(d, fit, a);
  const vormen = route.vormen.filter((v) => d.engine.vormen.some((x) => x.id === v));
  if (!vormen.length || !doel.belemmeringen.length) return [];
  const s = { ...d.plaatshouder, ...facts } as Situatie;
  const res = evaluate(
    s,
    d.engine.vormen.filter((v) => vormen.includes(v.id)),
    d.engine.regels,
    d.engine.belemmeringen,
    { periode: 'nu' },
  );
  return res.perVorm.map((p) => {
    const belemmeringen = doel.belemmeringen.map((b): BelemmeringUitkomst => {
      const u = p.uitkomsten.find((x) => x.belemmering === b.id);
      const onbekendeVelden = [...(perBel[b.id] ?? [])].filter((f) => !(f in facts));
      const hangtAf = [...new Set(onbekendeVelden.map((f) => vraagVoorVeld(d.flow, a, f)?.kort ?? veldVraag(f)))];
      const titel = d.belemmeringTitels[b.id] ?? b.id;
      if (!u || hangtAf.length) return { id: b.id, titel, reden: b.reden, hangtAf };
      // a rule that rests on an unsettled label or an unconfirmed 2015 claim scores nothing: shown as such
      if (u.status === 'onzeker') return { id: b.id, titel, reden: b.reden, hangtAf: [], onzeker: u.redenen.join(' ') };
      // the facts that made the rules behind this severity hit; if a fit rule already weighed all of them, do not count it twice
      const raak = u.voorwaarden.filter(
        (l) => u.regels.includes(l.regel) && l.result === true && !l.fact.startsWith('vorm.'),
      );
      const alGewogen = raak.length ? gewogen.get(raak[0].fact) : undefined;
      if (u.punten > 0 && alGewogen !== undefined && raak.every((l) => gewogen.has(l.fact)))
        return { id: b.id, titel, reden: b.reden, hangtAf: [], alGewogen };
      return { id: b.id, titel, reden: b.reden, ernst: u.ernst, punten: u.punten, hangtAf: [] };
    });
    // known: scored, or already weighed in the route's fit (0 points here)
    const bekend = belemmeringen.filter((b) => b.ernst || b.alGewogen);
    return {
      vorm: p.vorm,
      titel: d.vormTitels[p.vorm] ?? p.titel,
      punten: bekend.reduce((n, b) => n + (b.punten ?? 0), 0),
      bekend: bekend.length,
      onbekend: belemmeringen.length - bekend.length,
      belemmeringen,
    };
  });
}

/** The outcome for one goal. */
function doelUitkomst(
  d: VerkennerData,
  a: Antwoorden,
  doelId: string,
  perBel = feitenPerBelemmering(d.engine.regels),
): DoelUitkomst {
  const doel = d.doelen[doelId];
  const label = d.flow.vragen.find((v) => v.id === 'doel')?.opties.find((o) => o.id === doelId)?.label ?? doelId;
  // the answers as they stand for this goal alone
  const eigen: Antwoorden = { ...a, doel: [doelId] };
  const gevraagd = gesteld(d.flow, eigen);
  const onbekend = gevraagd.filter((v) => v.id !== 'doel' && isOnbekend(eigen, v.id));
  const facts = feiten(d.flow, eigen);
  const routes = d.routes
    .map((route, i) => ({ route, i }))
    .filter(({ route }) => route.doelen.includes(doelId))
    .map(({ route, i }) => {
      const fit = fitVoor(route, eigen);
      const beslissend = [...new Set(route.past.map((r) => r.als.vraag))];
      const open = gevraagd.filter((v) => beslissend.includes(v.id) && isOnbekend(eigen, v.id));
      const scores = scoresVoor(d, route, doel, eigen, facts, perBel, fit);
      const punten = scores.length ? Math.min(...scores.map((s) => s.punten)) : 0;
      return { r: { route, klasse: klasseVan(fit, open), fit, open, scores, punten } as RouteUitkomst, i };
    })
    // order: how well the answers fit; then fewer known points of the obstacles that apply; then file order
    .sort((x, y) => KLASSE_RANG[x.r.klasse] - KLASSE_RANG[y.r.klasse] || x.r.punten - y.r.punten || x.i - y.i)
    .map(({ r }) => r);
  const eerste = routes[0];
  const advies = eerste && eerste.klasse !== 'past-niet' && eerste.klasse !== 'past-minder' ? eerste : null;
  return { doel: doelId, label, data: doel, routes, advies, onbekend };
}

export function buildUitkomst(d: VerkennerData, a: Antwoorden): UitkomstModel {
  const perBel = feitenPerBelemmering(d.engine.regels);
  const opties = d.flow.vragen.find((v) => v.id === 'doel')?.opties.map((o) => o.id) ?? [];
  const gekozen = opties.filter((o) => (a.doel ?? []).includes(o) && d.doelen[o]);
  const doelen = gekozen.map((g) => doelUitkomst(d, a, g, perBel));
  const delen = d.delen.filter((x) => x.doelen.filter((g) => gekozen.includes(g)).length >= 2);
  const gezien = new Set<string>();
  const onbekend = doelen
    .flatMap((x) => x.onbekend)
    .filter((v) => (gezien.has(v.id) ? false : (gezien.add(v.id), true)));
  return { antwoorden: a, doelen, delen, onbekend };
}

/** What the answers to an open question would do to this route, from its fit rules: "Stoppen (bij “Ja, binnen drie jaar” past zij minder)". */
function gevolgVan(route: Route, v: Vraag): string {
  const delen: string[] = [];
  for (const o of ['past-goed', 'past-minder', 'past-niet'] as const) {
    const ids = route.past.filter((p) => p.als.vraag === v.id && p.oordeel === o).flatMap((p) => p.als.in);
    const labels = v.opties.filter((x) => ids.includes(x.id)).map((x) => `“${x.label}”`);
    if (labels.length) delen.push(`bij ${labels.join(' of ')} past zij ${WOORD[o]}`);
  }
  return `${v.kort} (${delen.length ? delen.join(', ') : 'het antwoord voegt een reden of een stap toe'})`;
}

/**
 * Why a route stands where it stands, with its source: the fit reason that decides its class (or, when
 * no answer decides it, a reason an answer adds, else the legal ground that makes the route possible),
 * and what each open question that could still change it would do. Never a reason without a source,
 * never "your answers do not rule it out".
 */
export function waaromMetBron(r: RouteUitkomst, o: { kort?: boolean } = {}): { tekst: string; bronnen: Citation[] } {
  const beslissend =
    r.klasse === 'past-goed' || r.klasse === 'past-niet' || r.klasse === 'past-minder'
      ? r.fit.find((f) => f.oordeel === r.klasse)
      : r.fit.find((f) => f.oordeel === 'past');
  // short (the memo): only which questions are open; what their answers do is listed once, with the answers
  const open =
    r.open.length && r.klasse !== 'past-niet'
      ? ` Nog open: ${r.open.map((v) => (o.kort ? kleineLetter(v.kort) : gevolgVan(r.route, v))).join(o.kort ? ', ' : '; ')}.`
      : '';
  if (beslissend) return { tekst: `${beslissend.reden.trim()}${open}`, bronnen: beslissend.bronnen };
  const grond = r.route.rechtsgrondslag;
  return { tekst: `Deze route kan: ${grond.tekst.trim()}${open}`, bronnen: grond.bronnen };
}

/** "Werkgever" → "werkgever", but "IT Platform Twente" stays. */
const kleineLetter = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

const WOORD = { 'past-goed': 'goed', 'past-minder': 'minder', 'past-niet': 'niet' } as const;

/**
 * What the answers to an open question do to the routes of this outcome, counted per answer:
 * "Bij “Ja, binnen drie jaar” passen 3 routes minder."
 */
export function watHetVerandert(m: UitkomstModel, v: Vraag): string {
  const routes = new Map<string, Route>();
  for (const g of m.doelen)
    for (const r of g.routes) if (r.route.past.some((p) => p.als.vraag === v.id)) routes.set(r.route.id, r.route);
  if (!routes.size) return 'Het antwoord verandert welke belemmeringen meetellen.';
  const zinnen: string[] = [];
  for (const optie of v.opties) {
    const tel = (['past-goed', 'past-minder', 'past-niet'] as const)
      .map((oordeel) => ({
        oordeel,
        n: [...routes.values()].filter((rt) =>
          rt.past.some((p) => p.als.vraag === v.id && p.oordeel === oordeel && p.als.in.includes(optie.id)),
        ).length,
      }))
      .filter((x) => x.n);
    if (!tel.length) continue;
    const [eerste, ...rest] = tel;
    zinnen.push(
      `bij “${optie.label}” ${eerste.n === 1 ? 'past 1 route' : `passen ${eerste.n} routes`} ${WOORD[eerste.oordeel]}${rest.map((x) => ` en ${x.n} ${WOORD[x.oordeel]}`).join('')}`,
    );
  }
  if (!zinnen.length)
    return `Het antwoord voegt bij ${routes.size === 1 ? '1 route' : `${routes.size} routes`} een reden of een stap toe.`;
  const tekst = zinnen.join('; ');
  return `${tekst[0].toUpperCase()}${tekst.slice(1)}.`;
}

/** Why a route stands where it stands, in plain sentences (the reason of waaromMetBron). */
export const waaromRoute = (r: RouteUitkomst): string => waaromMetBron(r).tekst;

/** All citations an outcome rests on. */
export function uitkomstBronnen(m: UitkomstModel): Citation[] {
  const out: Citation[] = [];
  for (const g of m.doelen) {
    out.push(...g.data.bronnen);
    for (const r of g.routes) {
      const rt = r.route;
      for (const c of [
        rt.rechtsgrondslag,
        rt.wat,
        rt.beslisser,
        rt.raad,
        rt.procedure,
        rt.doorlooptijd,
        rt.werkgever,
        rt.kosten,
        ...rt.lostNietOp,
      ])
        out.push(...c.bronnen);
      for (const f of r.fit) out.push(...f.bronnen);
    }
    for (const s of [...g.data.volgendeStappen, ...g.data.vragenVoorDeRaad]) out.push(...s.bronnen);
    for (const b of g.data.bestaand)
      out.push(...b.wat.bronnen, ...(b.aansluiten?.bronnen ?? []), ...(b.nietGeboden?.bronnen ?? []));
  }
  for (const x of m.delen) out.push(...x.bronnen);
  return out;
}
