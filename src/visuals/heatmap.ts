/**
 * Obstacle heatmap: forms of cooperation (columns) × obstacles (rows,
 * grouped by theme), one cell per pair, coloured by severity and always
 * carrying the severity's symbol and word, so colour is never the only
 * carrier of meaning. Each cell links to the obstacle's profile.
 */
import { group, scaleBand } from 'd3';
import { themaIds, themaTitel, weergaveIds, weergaveLabel, type Weergave } from '../schemas/engine-constants.ts';
import type { Thema } from '../schemas/index.ts';
import type { ErnstMatrix } from '../schemas/types.ts';
import { attrs, multiline, r1, svgOpen, symbool, textWidth, wrap, type Symbool } from './svg.ts';
import { mustGet } from '../lib/must.ts';

/** A severity, or 'onzeker': a rule would apply but rests on something not settled (no points). */
export type Ernst = Weergave;
export type { Thema };
// the input is the engine's result as a matrix
export type HeatmapInvoer = ErnstMatrix;

export const ERNSTEN: readonly Ernst[] = weergaveIds;
export const ERNST_LABEL: Record<Ernst, string> = weergaveLabel;
/** Short word shown inside a cell. */
const ERNST_KORT: Record<Ernst, string> = {
  nvt: 'n.v.t.',
  onzeker: 'onzeker',
  beheersbaar: 'beheersbaar',
  aanzienlijk: 'aanzienlijk',
  blokkerend: 'blokkerend',
};
const ERNST_SYMBOOL: Record<Ernst, Symbool> = {
  nvt: 'streep',
  onzeker: 'vraag',
  beheersbaar: 'open',
  aanzienlijk: 'half',
  blokkerend: 'vol',
};
/** Same colours as the --sw-sev-* tokens in global.css (presentation attributes cannot use var()). */
const ERNST_KLEUR: Record<Ernst, string> = {
  nvt: '#ffffff',
  onzeker: '#eeeeee',
  beheersbaar: '#e3f1df',
  aanzienlijk: '#ffe3b3',
  blokkerend: '#f6c1c1',
};
export const THEMA_TITEL: Record<Thema, string> = themaTitel;
const THEMA_VOLGORDE: readonly Thema[] = themaIds;

export const belemmeringHref = (id: string): string => `/belemmeringen/${id}/#profiel`;

/** Accessible name of a cell: "<vorm>: <belemmering>: <ernst>". */
export const celNaam = (vorm: string, belemmering: string, ernst: Ernst): string =>
  // "n.v.t." is the word the cell shows, so it must be part of the name (WCAG 2.5.3)
  `${vorm}: ${belemmering}: ${ernst === 'nvt' ? 'n.v.t., niet van toepassing' : ERNST_LABEL[ernst]}`;

/** Obstacles in display order: per theme (gegevens, infrastructuur, harmonisatie), input order within. */
export function perThema(
  b: HeatmapInvoer['belemmeringen'],
): { thema: Thema; titel: string; belemmeringen: HeatmapInvoer['belemmeringen'] }[] {
  const g = group(b, (x) => x.thema);
  return THEMA_VOLGORDE.filter((t) => g.has(t)).map((t) => ({
    thema: t,
    titel: THEMA_TITEL[t],
    belemmeringen: g.get(t) ?? [],
  }));
}

/** Look-up of a cell; a missing pair throws, so an incomplete matrix is noticed at build time. */
export function celIndex(inv: HeatmapInvoer): (vorm: string, belemmering: string) => HeatmapInvoer['cellen'][number] {
  const m = new Map(inv.cellen.map((c) => [`${c.vorm}|${c.belemmering}`, c]));
  return (v, b) => {
    const c = m.get(`${v}|${b}`);
    if (!c) throw new Error(`Heatmap: geen cel voor vorm "${v}" en belemmering "${b}"`);
    return c;
  };
}

export interface HeatmapOpties {
  /** unique id prefix for title/desc ids */
  id?: string;
  titel?: string;
}

/** The legend from height y: a sample cell per severity; and the total height. */
function legenda(y: number): { parts: string[]; height: number } {
  const parts = [multiline(['Legenda:'], 8, y + 14, { size: 13, weight: '700' })];
  let lx = 90;
  for (const e of ERNSTEN) {
    const label = ERNST_LABEL[e];
    parts.push(
      `<g class="legenda-item">` +
        `<rect${attrs({ x: lx, y: y, width: 22, height: 20, rx: 3, fill: ERNST_KLEUR[e], stroke: '#6b6b6b' })}/>` +
        symbool(ERNST_SYMBOOL[e], lx + 11, y + 10, 6) +
        multiline([label], lx + 28, y + 14, { size: 13 }) +
        `</g>`,
    );
    lx += 28 + textWidth(label, 13) + 24;
  }
  return { parts, height: y + 30 };
}

/** The text alternative: the size of the matrix and how often each severity occurs. */
function beschrijving(inv: HeatmapInvoer, aantalThemas: number): string {
  const tel = new Map<Ernst, number>(ERNSTEN.map((e) => [e, 0]));
  for (const c of inv.cellen) tel.set(c.ernst, (tel.get(c.ernst) ?? 0) + 1);
  return (
    `Tabel met ${inv.belemmeringen.length} belemmeringen in ${aantalThemas} thema's (rijen) en ` +
    `${inv.vormen.length} samenwerkingsvormen (kolommen). Elke cel toont hoe zwaar de belemmering weegt: ` +
    ERNSTEN.map((e) => `${tel.get(e)} keer ${ERNST_LABEL[e]}`).join(', ') +
    '. Dezelfde gegevens staan in de tabel bij de figuur.'
  );
}

export function renderHeatmap(inv: HeatmapInvoer, opties: HeatmapOpties = {}): string {
  const id = opties.id ?? 'heatmap';
  const titel = opties.titel ?? 'Belemmeringen per samenwerkingsvorm';
  const cel = celIndex(inv);
  const themas = perThema(inv.belemmeringen);

  const labelW = 290;
  const colW = 116;
  const rijRegels = new Map(inv.belemmeringen.map((b) => [b.id, wrap(b.titel, labelW - 16, 13, 3)]));
  const regelsVan = (bid: string) => mustGet(rijRegels, bid, 'tekstregels van belemmering');
  const rijH = (bid: string) => Math.max(42, regelsVan(bid).length * 16 + 10);
  const themaH = 30;
  const fs = 13;
  const kopLines = inv.vormen.map((v) => wrap(v.titel, colW - 6, 11.5 * 1.1, 4));
  const kopH = Math.max(...kopLines.map((l) => l.length), 1) * 15 + 14;
  const x = scaleBand<string>()
    .domain(inv.vormen.map((v) => v.id))
    .range([labelW, labelW + colW * inv.vormen.length])
    .paddingInner(0.06);
  const width = labelW + colW * inv.vormen.length + 8;

  const parts: string[] = [];
  // column headers
  inv.vormen.forEach((v, i) => {
    const cx = (x(v.id) ?? 0) + x.bandwidth() / 2;
    const lines = kopLines[i];
    parts.push(
      multiline(lines, cx, kopH - 8 - (lines.length - 1) * 15, {
        size: 11.5,
        lineHeight: 15,
        anchor: 'middle',
        weight: '600',
      }),
    );
  });

  let y = kopH;
  for (const t of themas) {
    parts.push(`<g class="thema"${attrs({ 'data-thema': t.thema })}>`);
    parts.push(`<rect${attrs({ x: 0, y: r1(y + 2), width: r1(width - 8), height: themaH - 4, fill: '#e5eef5' })}/>`);
    parts.push(multiline([t.titel], 8, y + themaH / 2 + 5, { size: 14, weight: '700', fill: '#0e2f52' }));
    y += themaH;
    for (const b of t.belemmeringen) {
      const lines = regelsVan(b.id);
      const rowH = rijH(b.id);
      parts.push(multiline(lines, 8, y + rowH / 2 + 4 - ((lines.length - 1) * 16) / 2, { size: fs, lineHeight: 16 }));
      for (const v of inv.vormen) {
        const c = cel(v.id, b.id);
        const cx = x(v.id) ?? 0;
        const naam = celNaam(v.titel, b.titel, c.ernst);
        // the accessible name contains the visible word; the reasons stand on the obstacle page the cell links to
        parts.push(
          `<a${attrs({ href: belemmeringHref(b.id), 'aria-label': naam, class: `cel sev-${c.ernst}`, 'data-ernst': c.ernst })}>` +
            `<rect${attrs({ x: r1(cx), y: r1(y + 2), width: r1(x.bandwidth()), height: rowH - 4, rx: 3, fill: ERNST_KLEUR[c.ernst], stroke: '#6b6b6b', 'stroke-width': 1 })}/>` +
            symbool(ERNST_SYMBOOL[c.ernst], cx + 14, y + rowH / 2, 6) +
            multiline([ERNST_KORT[c.ernst]], cx + 25, y + rowH / 2 + 4, { size: 11.5, fill: '#1a1a1a' }) +
            `</a>`,
        );
      }
      y += rowH;
    }
    parts.push(`</g>`);
  }

  const leg = legenda(y + 14);
  parts.push(...leg.parts);
  const desc = beschrijving(inv, themas.length);

  return (
    svgOpen({ id, width, height: leg.height, title: titel, desc, cls: 'vis vis-heatmap-svg', interactive: true }) +
    parts.join('') +
    `</svg>`
  );
}
