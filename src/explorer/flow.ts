/**
 * The explorer's question flow as pure functions over the question data:
 * which question comes next, how answers map to a URL and back, and which
 * situation facts the answers set. No framework, no zod at run time: this
 * runs at build time (static pages) and in the browser (the island).
 *
 * Answers are keyed by question id in the URL, one part per question:
 *   /verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/
 * The order of the parts does not matter when reading, so adding or
 * reordering a question keeps shared URLs working. "onbekend" ("Weet ik nog
 * niet") leaves a question open; nothing is filled in from a default.
 */
import type { Situatie } from '../schemas/situation-fields.ts';
import type { Optie, Vraag } from '../schemas/explorer.ts';
import { ONBEKEND } from '../schemas/explorer-constants.ts';

export type { Optie, Vraag };
export interface Flow { vragen: Vraag[] }

/** Answers: question id → chosen option ids (one, several for a multiple-choice question, or ["onbekend"]). */
export type Antwoorden = Record<string, string[]>;

const BASIS = '/verkenner/v/';

const isOpen = (w: string[] | undefined) => !w || w.length === 0 || (w.length === 1 && w[0] === ONBEKEND);

/** Is this question asked, given the answers? (Its condition refers to an earlier question.) */
function zichtbaar(v: Vraag, a: Antwoorden): boolean {
  if (!v.toonAls) return true;
  const w = a[v.toonAls.vraag];
  return !!w && w.some((x) => v.toonAls!.in.includes(x));
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

export function pad(flow: Flow, a: Antwoorden): string {
  const delen: string[] = [];
  for (const v of gesteld(flow, a)) {
    const w = a[v.id];
    if (w === undefined) continue;
    const opties = v.opties.map((o) => o.id);
    // options in the question's own order, so one state has one URL
    const waarden = w[0] === ONBEKEND ? [ONBEKEND] : opties.filter((o) => w.includes(o));
    delen.push(`${v.id}-${waarden.join('.')}`);
  }
  return delen.length ? `${BASIS}${delen.join('/')}/` : '/verkenner/';
}

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
export interface Gelezen { antwoorden: Antwoorden; fout?: LeesFout }

const kort = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Read a path like /verkenner/v/doel-fg/aantal-10-14/ into answers. Never
 * throws: whatever cannot be read is reported, with the last valid state.
 */
export function lees(flow: Flow, pathname: string): Gelezen {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return { antwoorden: {}, fout: { bericht: 'Het webadres bevat tekens die wij niet kunnen lezen.', terug: '/verkenner/' } };
  }
  const rest = p.startsWith(BASIS) ? p.slice(BASIS.length) : p.replace(/^\/verkenner\/?/, '');
  const delen = rest.split('/').filter((d) => d !== '');
  const a: Antwoorden = {};
  const fout = (bericht: string): Gelezen => ({ antwoorden: opgeschoond(flow, a), fout: { bericht, terug: pad(flow, voorstuk(flow, opgeschoond(flow, a))) } });
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
      if (new Set(waarden).size !== waarden.length) return fout(`Bij de vraag “${v.vraag}” staat een antwoord twee keer.`);
    }
    a[v.id] = waarden;
  }
  for (const v of flow.vragen)
    if (a[v.id] && !zichtbaar(v, a)) {
      delete a[v.id];
      return fout(`De vraag “${v.vraag}” hoort niet bij uw andere antwoorden.`);
    }
  return { antwoorden: a };
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
    if (isOpen(w)) continue;
    for (const o of v.opties) if (w!.includes(o.id)) Object.assign(s, o.zet);
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
    const zonder = { ...a };
    delete zonder[v.id];
    rows.push({
      vraag: v,
      labels: isOpen(w) ? ['Weet ik nog niet'] : v.opties.filter((o) => w.includes(o.id)).map((o) => o.label),
      onbekend: isOpen(w),
      wijzig: pad(flow, sofar),
      wijzigBehoud: pad(flow, opgeschoond(flow, zonder)),
    });
    sofar[v.id] = w;
  }
  return rows;
}

