/**
 * Timeline of all dated events of the cases: one swimlane per case on a
 * shared UTC time axis. Dates are YYYY-MM-DD strings and are read as UTC
 * days, so no time zone can shift an event to another day.
 */
import { scaleUtc, utcYear } from 'd3';
import { attrs, esc, multiline, r1, svgOpen, wrap } from './svg.ts';
import { datumNl, maandKortNl } from '../lib/dates.ts';
import { must, mustGet } from '../lib/must.ts';

export interface TijdlijnCasus {
  id: string;
  titel: string;
  tijdlijn: { datum: string; gebeurtenis: string; bronnen?: unknown[] }[];
}
export interface Gebeurtenis<B = unknown> {
  /** number in chronological order over all cases, 1-based */
  nr: number;
  casus: string;
  casusTitel: string;
  datum: string;
  gebeurtenis: string;
  bronnen: B[];
}

/** 'YYYY-MM-DD' → a Date at 00:00 UTC of that day. */
export function utcDag(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Tijdlijn: geen datum JJJJ-MM-DD: "${iso}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
const datumKort = (iso: string): string => maandKortNl(naarIsoDag(iso));
export const datumLang = (iso: string): string => datumNl(naarIsoDag(iso));
/** The date checked as a real YYYY-MM-DD day (throws naming the timeline otherwise). */
const naarIsoDag = (iso: string): string => utcDag(iso).toISOString().slice(0, 10);

/** All events of all cases, numbered chronologically (ties: case order, then order in the file). */
export function gebeurtenissen<B>(
  casussen: (TijdlijnCasus & { tijdlijn: { datum: string; gebeurtenis: string; bronnen?: B[] }[] })[],
): Gebeurtenis<B>[] {
  const alle = casussen.flatMap((c, ci) =>
    c.tijdlijn.map((t, ti) => ({
      ci,
      ti,
      casus: c.id,
      casusTitel: c.titel,
      datum: t.datum,
      gebeurtenis: t.gebeurtenis,
      bronnen: (t.bronnen ?? []) as B[],
    })),
  );
  alle.sort((a, b) => a.datum.localeCompare(b.datum) || a.ci - b.ci || a.ti - b.ti);
  return alle.map(({ ci: _ci, ti: _ti, ...g }, i) => ({ nr: i + 1, ...g }));
}

export const gebeurtenisAnker = (nr: number): string => `gebeurtenis-${nr}`;

const labelTekst = (g: Gebeurtenis) => `${g.nr} · ${datumKort(g.datum)}`;
const labelB = (g: Gebeurtenis) => 12 + labelTekst(g).length * 6.6;
type Plek = { g: Gebeurtenis; x: number; rij: number };

/** Per lane, each event's x and label row: labels are stacked in rows so they never overlap. */
function stapel(lanes: TijdlijnCasus[], lijst: Gebeurtenis[], x: (d: Date) => number): Map<string, Plek[]> {
  const perLane = new Map<string, Plek[]>();
  for (const c of lanes) {
    const rijEinde: number[] = [];
    const plekken: Plek[] = [];
    for (const g of lijst.filter((e) => e.casus === c.id)) {
      const gx = x(utcDag(g.datum));
      let rij = rijEinde.findIndex((eind) => gx - 7 > eind);
      if (rij === -1) {
        rij = rijEinde.length;
        rijEinde.push(0);
      }
      rijEinde[rij] = gx + labelB(g);
      plekken.push({ g, x: gx, rij });
    }
    perLane.set(c.id, plekken);
  }
  return perLane;
}

/** The text alternative: how many events of how many cases, from when to when. */
function beschrijving(lijst: Gebeurtenis[], lanes: number): string {
  if (!lijst.length) return 'Er zijn geen gebeurtenissen met een datum.';
  return (
    `Tijdlijn met ${lijst.length} gebeurtenissen van ${lanes} samenwerkingen, van ${datumLang(lijst[0].datum)} tot ${datumLang(lijst[lijst.length - 1].datum)}. ` +
    'Elke samenwerking heeft een eigen baan; elk bolletje is een gebeurtenis met een nummer. De lijst onder de figuur noemt alle gebeurtenissen op volgorde van datum.'
  );
}

export function renderTijdlijn(casussen: TijdlijnCasus[], opties: { id?: string; width?: number } = {}): string {
  const id = opties.id ?? 'tijdlijn';
  const lijst = gebeurtenissen(casussen);
  const lanes = casussen.filter((c) => c.tijdlijn.length > 0);
  const width = opties.width ?? 1100;
  const labelW = 170;
  const right = 90; // room for the last label
  const top = 34;
  const rijH = 26;
  const dagen = lijst.map((g) => utcDag(g.datum));
  const eerste = dagen.length
    ? utcYear.floor(new Date(Math.min(...dagen.map(Number))))
    : new Date(Date.UTC(2020, 0, 1));
  const laatste = dagen.length
    ? utcYear.ceil(new Date(Math.max(...dagen.map(Number)) + 86400000))
    : new Date(Date.UTC(2021, 0, 1));
  const x = scaleUtc()
    .domain([eerste, laatste])
    .range([labelW + 14, width - right]);

  const perLane = stapel(lanes, lijst, x);

  const parts: string[] = [];
  const stippen: string[] = [];
  let y = top;
  const laneY: number[] = [];
  lanes.forEach((c, li) => {
    const plekken = mustGet(perLane, c.id, 'plekken van casus');
    const rijen = Math.max(1, ...plekken.map((p) => p.rij + 1));
    const titelRegels = wrap(c.titel, labelW - 20, 13 * 1.08, 3);
    const h = Math.max(rijen * rijH + 16, titelRegels.length * 16 + 16);
    laneY.push(y);
    parts.push(`<g${attrs({ class: 'baan', 'data-casus': c.id })}>`);
    parts.push(`<rect${attrs({ x: 0, y: r1(y), width, height: r1(h), fill: li % 2 ? '#ffffff' : '#f3f6f9' })}/>`);
    parts.push(multiline(titelRegels, 8, y + 20, { size: 13, weight: '700', lineHeight: 16, fill: '#0e2f52' }));
    for (const p of plekken) {
      const cy = y + 8 + p.rij * rijH + rijH / 2;
      const naam = `${p.g.nr}. ${datumLang(p.g.datum)}, ${c.titel}: ${p.g.gebeurtenis}`;
      stippen.push(
        `<a${attrs({ href: `#${gebeurtenisAnker(p.g.nr)}`, class: 'gebeurtenis', 'aria-label': `${labelTekst(p.g)}: ${naam}`, 'data-datum': p.g.datum })}>` +
          `<title>${esc(naam)}</title>` +
          `<circle${attrs({ class: 'stip', cx: r1(p.x), cy: r1(cy), r: 6, fill: '#154273', stroke: '#ffffff', 'stroke-width': 1.5 })}/>` +
          multiline([labelTekst(p.g)], p.x + 10, cy + 4.5, { size: 12.5 }) +
          `</a>`,
      );
    }
    parts.push('</g>');
    y += h;
  });
  const bottom = y;

  // year grid and axis (top)
  const jaren = x.ticks(must(utcYear.every(1), 'jaarinterval'));
  const as: string[] = [];
  for (const j of jaren) {
    const jx = x(j);
    as.push(
      `<line${attrs({ x1: r1(jx), y1: top - 6, x2: r1(jx), y2: r1(bottom), stroke: '#b4b4b4', 'stroke-width': 1, 'stroke-dasharray': '2 3' })}/>`,
    );
    as.push(multiline([String(j.getUTCFullYear())], jx, top - 12, { size: 12.5, anchor: 'middle', fill: '#4d4d4d' }));
  }
  as.push(
    `<line${attrs({ x1: labelW + 14, y1: top - 6, x2: width - right, y2: top - 6, stroke: '#4d4d4d', 'stroke-width': 1 })}/>`,
  );

  const height = bottom + 10;
  const desc = beschrijving(lijst, lanes.length);
  // lanes first, then the year grid over them, then the events on top
  return (
    svgOpen({
      id,
      width,
      height,
      title: 'Tijdlijn van de samenwerkingen',
      desc,
      cls: 'vis vis-tijdlijn-svg',
      interactive: true,
    }) +
    parts.join('') +
    `<g class="as">${as.join('')}</g>` +
    `<g class="gebeurtenissen">${stippen.join('')}</g>` +
    '</svg>'
  );
}
