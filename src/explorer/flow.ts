/**
 * The explorer's question flow as pure functions over the question data:
 * which question comes next, how answers map to a URL path and back, and
 * which situation the answers describe. No framework, no zod: this runs at
 * build time (every step a static page) and in the browser (the island).
 */
import type { Situatie } from '../engine/velden.ts';

export interface Optie { id: string; label: string; hulp?: string; zet: Record<string, unknown> }
export interface Vraag {
  id: string;
  kort: string;
  vraag: string;
  hulp?: string;
  begrip?: string;
  toonAls?: { vraag: string; in: string[] };
  alsOvergeslagen: Record<string, unknown>;
  opties: Optie[];
}
export interface Aanname { veld: string; waarde: unknown; uitleg: string }
export interface Flow { vragen: Vraag[]; aannames: Aanname[] }

/** Answers so far: question id → option id, in the order they were given. */
export type Antwoorden = Record<string, string>;

export const BASIS = '/verkenner/v/';

export function zichtbaar(v: Vraag, a: Antwoorden): boolean {
  return !v.toonAls || v.toonAls.in.includes(a[v.toonAls.vraag] ?? '');
}

/** The questions asked for these answers, in order (answered or not). */
export function gesteld(flow: Flow, a: Antwoorden): Vraag[] {
  const out: Vraag[] = [];
  const sofar: Antwoorden = {};
  for (const v of flow.vragen) {
    if (!zichtbaar(v, sofar)) continue;
    out.push(v);
    if (a[v.id] === undefined) break;
    sofar[v.id] = a[v.id];
  }
  return out;
}

/** The next question to ask, or null when every question is answered. */
export function volgende(flow: Flow, a: Antwoorden): Vraag | null {
  for (const v of gesteld(flow, a)) if (a[v.id] === undefined) return v;
  return null;
}

export function pad(flow: Flow, a: Antwoorden): string {
  const delen: string[] = [];
  for (const v of gesteld(flow, a)) {
    if (a[v.id] === undefined) break;
    delen.push(a[v.id]);
  }
  return delen.length ? `${BASIS}${delen.join('/')}/` : '/verkenner/';
}

export interface LeesFout {
  /** what could not be read, in plain Dutch */
  bericht: string;
  /** the URL of the last valid state */
  terug: string;
}
export interface Gelezen { antwoorden: Antwoorden; fout?: LeesFout }

/**
 * Read a path like /verkenner/v/fg/persoonsgegevens/ into answers. Never
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
  for (const deel of delen) {
    const v = volgende(flow, a);
    const hier = pad(flow, a);
    if (!v)
      return { antwoorden: a, fout: { bericht: `Na het laatste antwoord staat nog “${kort(deel)}” in het webadres. Alle vragen waren al beantwoord.`, terug: hier } };
    const o = v.opties.find((x) => x.id === deel);
    if (!o)
      return {
        antwoorden: a,
        fout: { bericht: `“${kort(deel)}” is geen antwoord op de vraag “${v.vraag}”.`, terug: hier },
      };
    a[v.id] = o.id;
  }
  return { antwoorden: a };
}

const kort = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The situation for the rules engine: defaults, then assumptions, then skipped and given answers. */
export function situatie(flow: Flow, a: Antwoorden, standaard: Situatie): Situatie {
  const s: Record<string, unknown> = { ...standaard };
  for (const x of flow.aannames) s[x.veld] = x.waarde;
  const sofar: Antwoorden = {};
  for (const v of flow.vragen) {
    if (!zichtbaar(v, sofar)) {
      Object.assign(s, v.alsOvergeslagen);
      continue;
    }
    const o = v.opties.find((x) => x.id === a[v.id]);
    if (!o) continue;
    Object.assign(s, o.zet);
    sofar[v.id] = o.id;
  }
  return s as unknown as Situatie;
}

/** Every reachable state (answers so far), from the start to every outcome: for static pages. */
export function alleToestanden(flow: Flow): Antwoorden[] {
  const out: Antwoorden[] = [];
  const walk = (a: Antwoorden) => {
    out.push(a);
    const v = volgende(flow, a);
    if (!v) return;
    for (const o of v.opties) walk({ ...a, [v.id]: o.id });
  };
  walk({});
  return out;
}

export const isKlaar = (flow: Flow, a: Antwoorden) => volgende(flow, a) === null;

/** Summary rows: each asked question with its answer and a link to change it. */
export function samenvatting(flow: Flow, a: Antwoorden): { vraag: Vraag; optie: Optie; wijzig: string }[] {
  const rows: { vraag: Vraag; optie: Optie; wijzig: string }[] = [];
  const sofar: Antwoorden = {};
  for (const v of gesteld(flow, a)) {
    const o = v.opties.find((x) => x.id === a[v.id]);
    if (!o) break;
    rows.push({ vraag: v, optie: o, wijzig: pad(flow, sofar) });
    sofar[v.id] = o.id;
  }
  return rows;
}
