/**
 * The explorer's question flow as pure functions over the question data:
 * which question comes next, how answers map to a URL and back, and which
 * situation facts the answers set. No framework, no zod at run time: this
 * runs at build time (static pages) and in the browser (the island).
 *
 * Answers are keyed by question id in the URL, one part per question:
 *   /verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/
 * or, for several goals, on the page of that combination of goals: /verkenner/v/doel-fg.ciso/?aantal=10-14
 * The order of the parts does not matter when reading, so adding or
 * reordering a question keeps shared URLs working. "onbekend" ("Weet ik nog
 * niet") leaves a question open; nothing is filled in from a default.
 */
import type { Situatie } from '../schemas/situation-fields.ts';
import type { Optie, Vraag } from '../schemas/explorer.ts';
import { ONBEKEND } from '../schemas/explorer-constants.ts';

export type { Optie, Vraag };
export interface Flow {
  vragen: Vraag[];
}

/** Answers: question id → chosen option ids (one, several for a multiple-choice question, or ["onbekend"]). */
export type Antwoorden = Record<string, string[]>;

const BASIS = '/verkenner/v/';

const isOpen = (w: string[] | undefined) => !w || w.length === 0 || (w.length === 1 && w[0] === ONBEKEND);

/** Is this question asked, given the answers? (Its condition refers to an earlier question.) */
function zichtbaar(v: Vraag, a: Antwoorden): boolean {
  const als = v.toonAls;
  if (!als) return true;
  const w = a[als.vraag];
  return !!w && w.some((x) => als.in.includes(x));
}

/** The questions asked for these answers, in order. */
export function gesteld(flow: Flow, a: Antwoorden): Vraag[] {
  return flow.vragen.filter((v) => zichtbaar(v, a));
}

/** The next question: the first asked question without an answer, or null when all are answered. */
export function volgende(flow: Flow, a: Antwoorden): Vraag | null {
  return gesteld(flow, a).find((v) => a[v.id] === undefined) ?? null;
}

export const isKlaar = (flow: Flow, a: Antwoorden) => volgende(flow, a) === null;

/** Only the answers to questions that are asked (answers to questions that no longer apply are dropped). */
export function opgeschoond(flow: Flow, a: Antwoorden): Antwoorden {
  const out: Antwoorden = {};
  for (const v of gesteld(flow, a)) if (a[v.id] !== undefined) out[v.id] = [...a[v.id]];
  return out;
}

export function isOnbekend(a: Antwoorden, vraag: string): boolean {
  return isOpen(a[vraag]);
}

/** Does this state have a static page of its own? Every state with at most one answer per question does (one goal). */
export function heeftEigenPagina(a: Antwoorden): boolean {
  return Object.values(a).every((w) => w.length <= 1);
}

/**
 * The URL of a state. A state with one goal is a path of its own (a static page):
 *   /verkenner/v/doel-fg/aantal-10-14/
 * A state with several goals is the static page of that combination of goals, with the other answers
 * as a query string, so a plain static file server answers it with that page:
 *   /verkenner/v/doel-fg.ciso/?aantal=10-14&werkgever=onbekend
 * `wijzig` asks that question again, with its answer chosen and the other answers kept.
 */
export function pad(flow: Flow, a: Antwoorden, wijzig?: string): string {
  const delen: [string, string][] = [];
  for (const v of gesteld(flow, a)) {
    const w = a[v.id];
    if (w === undefined) continue;
    const opties = v.opties.map((o) => o.id);
    // options in the question's own order, so one state has one URL
    const waarden = w[0] === ONBEKEND ? [ONBEKEND] : opties.filter((o) => w.includes(o));
    delen.push([v.id, waarden.join('.')]);
  }
  const query = new URLSearchParams();
  let pad: string;
  if (heeftEigenPagina(a))
    pad = delen.length ? `${BASIS}${delen.map(([k, w]) => `${k}-${w}`).join('/')}/` : '/verkenner/';
  else {
    const [eerste, ...rest] = delen;
    pad = `${BASIS}${eerste[0]}-${eerste[1]}/`;
    for (const [k, w] of rest) query.set(k, w);
  }
  if (wijzig) query.set(WIJZIG, wijzig);
  const q = query.toString();
  return q ? `${pad}?${q.replace(/%2C/g, ',')}` : pad;
}

/** The query parameter that asks a question again ("wijzig"). */
const WIJZIG = 'wijzig';

/** The answers in question order up to the first unanswered question: a state that has a static page (for one goal). */
function voorstuk(flow: Flow, a: Antwoorden): Antwoorden {
  const out: Antwoorden = {};
  for (const v of gesteld(flow, a)) {
    if (a[v.id] === undefined) break;
    out[v.id] = a[v.id];
  }
  return out;
}

export interface LeesFout {
  /** what could not be read, in plain Dutch */
  bericht: string;
  /** the URL of the last valid state */
  terug: string;
}
export interface Gelezen {
  antwoorden: Antwoorden;
  fout?: LeesFout;
  /** the question to ask again, with its answer kept */ wijzig?: string;
}

const kort = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Read a path like /verkenner/v/doel-fg/aantal-10-14/ into answers. Never
 * throws: whatever cannot be read is reported, with the last valid state.
 */
export function parseAdres(flow: Flow, adres: string): Gelezen {
  const [pathname, search = ''] = adres.split('?', 2);
  let p: string;
  let query: URLSearchParams;
  try {
    p = decodeURIComponent(pathname);
    query = new URLSearchParams(search);
  } catch {
    return {
      antwoorden: {},
      fout: { bericht: 'Het webadres bevat tekens die wij niet kunnen lezen.', terug: '/verkenner/' },
    };
  }
  const rest = p.startsWith(BASIS) ? p.slice(BASIS.length) : p.replace(/^\/verkenner\/?/, '');
  const delen = rest.split('/').filter((d) => d !== '');
  let wijzig: string | undefined;
  // answers in the query string ("?aantal=10-14") read as the parts of the path ("aantal-10-14")
  for (const [k, w] of query) {
    if (k === WIJZIG) wijzig = w;
    else delen.push(`${k}-${w}`);
  }
  const a: Antwoorden = {};
  const fout = (bericht: string): Gelezen => ({
    antwoorden: opgeschoond(flow, a),
    fout: { bericht, terug: pad(flow, voorstuk(flow, opgeschoond(flow, a))) },
  });
  for (const deel of delen) {
    const v = flow.vragen.find((q) => deel.startsWith(`${q.id}-`));
    if (!v) return fout(`“${kort(deel)}” in het webadres hoort bij geen vraag van de verkenner.`);
    if (a[v.id]) return fout(`De vraag “${v.vraag}” staat twee keer in het webadres.`);
    const waarden = deel.slice(v.id.length + 1).split('.');
    if (waarden.includes(ONBEKEND)) {
      if (waarden.length > 1) return fout(`“${kort(deel)}” combineert “weet ik nog niet” met een antwoord.`);
    } else {
      const mis = waarden.find((w) => !v.opties.some((o) => o.id === w));
      if (mis !== undefined) return fout(`“${kort(mis)}” is geen antwoord op de vraag “${v.vraag}”.`);
      if (waarden.length > 1 && !v.meerdere) return fout(`Bij de vraag “${v.vraag}” kunt u één antwoord kiezen.`);
      if (new Set(waarden).size !== waarden.length)
        return fout(`Bij de vraag “${v.vraag}” staat een antwoord twee keer.`);
    }
    a[v.id] = waarden;
  }
  for (const v of flow.vragen)
    if (a[v.id] && !zichtbaar(v, a)) {
      delete a[v.id];
      return fout(`De vraag “${v.vraag}” hoort niet bij uw andere antwoorden.`);
    }
  if (wijzig !== undefined && !gesteld(flow, a).some((v) => v.id === wijzig))
    return fout(`“${kort(wijzig)}” is geen vraag die hier gesteld wordt.`);
  return { antwoorden: a, ...(wijzig !== undefined ? { wijzig } : {}) };
}

/**
 * The situation facts the answers set, and nothing else: a field no answer
 * sets stays absent (unknown). Options of one question apply in their order;
 * later questions win.
 */
export function feiten(flow: Flow, a: Antwoorden): Partial<Situatie> {
  const s: Record<string, unknown> = {};
  for (const v of gesteld(flow, a)) {
    const w = a[v.id];
    if (!w || isOpen(w)) continue;
    for (const o of v.opties) if (w.includes(o.id)) Object.assign(s, o.zet);
  }
  return s as Partial<Situatie>;
}

/** Every reachable state with one goal, from the start to every outcome (options and "onbekend"): for static pages. */
export function alleToestanden(flow: Flow): Antwoorden[] {
  const out: Antwoorden[] = [];
  const walk = (a: Antwoorden) => {
    out.push(a);
    const v = volgende(flow, a);
    if (!v) return;
    for (const o of [...v.opties.map((x) => x.id), ONBEKEND]) walk({ ...a, [v.id]: [o] });
  };
  walk({});
  return out;
}

/** Every combination of two or more options of the first multiple-choice question (the goals), in option order: each has a static page. */
export function combinaties(flow: Flow): Antwoorden[] {
  const v = flow.vragen.find((x) => x.meerdere);
  if (!v) return [];
  const ids = v.opties.map((o) => o.id);
  const out: Antwoorden[] = [];
  for (let m = 1; m < 1 << ids.length; m++) {
    const gekozen = ids.filter((_, i) => m & (1 << i));
    if (gekozen.length >= 2) out.push({ [v.id]: gekozen });
  }
  return out;
}

/** The answers with every question that is asked and not answered left open ("Weet ik nog niet"): the outcome so far. */
export function metOpenVragen(flow: Flow, a: Antwoorden): Antwoorden {
  const out: Antwoorden = { ...a };
  for (let v = volgende(flow, out); v; v = volgende(flow, out)) out[v.id] = [ONBEKEND];
  return out;
}

export interface Rij {
  vraag: Vraag;
  /** labels of the chosen options, or "Weet ik nog niet" */
  labels: string[];
  onbekend: boolean;
  /** a static page: the answers before this question (later answers are given again) */
  wijzig: string;
  /** with JavaScript: every other answer kept */
  wijzigBehoud: string;
}

/** Summary rows: each asked question with its answer and links to change it. */
export function samenvatting(flow: Flow, a: Antwoorden): Rij[] {
  const rows: Rij[] = [];
  const sofar: Antwoorden = {};
  for (const v of gesteld(flow, a)) {
    const w = a[v.id];
    if (w === undefined) continue;
    rows.push({
      vraag: v,
      labels: isOpen(w) ? ['Weet ik nog niet'] : v.opties.filter((o) => w.includes(o.id)).map((o) => o.label),
      onbekend: isOpen(w),
      wijzig: pad(flow, sofar),
      wijzigBehoud: pad(flow, a, v.id),
    });
    sofar[v.id] = w;
  }
  return rows;
}
