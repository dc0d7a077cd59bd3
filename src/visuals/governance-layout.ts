/**
 * Layout of the governance diagram (see ./governance.ts for the drawing):
 * which layer each body goes in and where each box stands. Computed from the
 * relation graph, never placed by hand:
 * 1. every relation points "down" from the body with more say to the other
 *    (accounting and advising point up, so they are turned around),
 * 2. cycles are broken by a depth-first search that ignores back edges,
 * 3. each body's layer is its longest path from a top body,
 * 4. bodies within a layer are ordered by the barycentre of their neighbours.
 */
import { max, scalePoint } from 'd3';
import { textWidth, wrap } from './svg.ts';
import { mustGet } from '../lib/must.ts';
import type { RelatieSoort } from '../schemas/index.ts';

// the relation kinds are the casus schema's (content/casussen/*.yaml, field relaties.*.soort)
export type { RelatieSoort };

export interface GovernanceInvoer {
  organen: { id: string; naam: string; rol?: string }[];
  relaties: { van: string; naar: string; soort: RelatieSoort; toelichting?: string }[];
}

/** How strongly a relation kind says that one body stands above the other (for breaking cycles). */
const RANG_GEWICHT: Record<RelatieSoort, number> = {
  mandateert: 3,
  'houdt-toezicht-op': 3,
  'legt-verantwoording-af-aan': 3,
  'wijst-aan': 2,
  'is-werkgever-van': 2,
  'besluit-over': 1,
  adviseert: 1,
  faciliteert: 1,
};

/** Relations that point from the lower to the higher body: turned around for the layering. */
const OMHOOG: ReadonlySet<RelatieSoort> = new Set(['legt-verantwoording-af-aan', 'adviseert']);

export interface Laag {
  /** layer per body id, 0 = top */
  laag: Map<string, number>;
  /** bodies per layer, in drawing order */
  lagen: string[][];
  /** bodies without a relation (drawn in the last row) */
  los: string[];
}

/** Layers of the bodies (longest path on the oriented, acyclic graph) and their order within a layer. */
export function lagen(inv: GovernanceInvoer): Laag {
  const ids = inv.organen.map((o) => o.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  // every map below has a key for each body id, and the edges are between known bodies only
  const nr = (id: string) => mustGet(index, id, 'orgaan');
  const kanten = inv.relaties
    .filter((r) => r.van !== r.naar && index.has(r.van) && index.has(r.naar))
    .map(
      (r) =>
        (OMHOOG.has(r.soort) ? [r.naar, r.van, RANG_GEWICHT[r.soort]] : [r.van, r.naar, RANG_GEWICHT[r.soort]]) as [
          string,
          string,
          number,
        ],
    );
  // break cycles (greedy feedback arc set, Eades–Lin–Smyth, weighted by how
  // strongly a relation kind says who is above whom): order the bodies,
  // then drop the relations that point backwards in that order
  const rest = new Set(ids);
  const kop: string[] = [];
  const staart: string[] = [];
  const wUit = (n: string) =>
    kanten.filter(([p, q]) => p === n && q !== n && rest.has(q)).reduce((s, k) => s + k[2], 0);
  const wIn = (n: string) => kanten.filter(([p, q]) => q === n && p !== n && rest.has(p)).reduce((s, k) => s + k[2], 0);
  while (rest.size) {
    let veranderd = true;
    while (veranderd) {
      veranderd = false;
      for (const n of ids)
        if (rest.has(n) && wUit(n) === 0) {
          staart.unshift(n);
          rest.delete(n);
          veranderd = true;
        }
      for (const n of ids)
        if (rest.has(n) && wIn(n) === 0) {
          kop.push(n);
          rest.delete(n);
          veranderd = true;
        }
    }
    if (!rest.size) break;
    const beste = [...rest].sort((a, b) => wUit(b) - wIn(b) - (wUit(a) - wIn(a)) || nr(a) - nr(b))[0];
    kop.push(beste);
    rest.delete(beste);
  }
  const rang = new Map([...kop, ...staart].map((n, i) => [n, i]));
  const dag = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of kanten)
    if (mustGet(rang, a, 'rang van orgaan') < mustGet(rang, b, 'rang van orgaan')) mustGet(dag, a, 'orgaan').push(b);
  // longest path layering (memoised DFS over predecessors)
  const voor = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, bs] of dag) for (const b of bs) mustGet(voor, b, 'orgaan').push(a);
  const laag = new Map<string, number>();
  const diepte = (n: string): number => {
    const k = laag.get(n);
    if (k !== undefined) return k;
    const vs = mustGet(voor, n, 'orgaan');
    const d = vs.length ? (max(vs, diepte) ?? -1) + 1 : 0;
    laag.set(n, d);
    return d;
  };
  ids.forEach(diepte);
  // bodies without any relation go to a row of their own at the bottom
  const losse = ids.filter((id) => !kanten.some(([a, b]) => a === id || b === id));
  const verbonden = ids.filter((id) => !losse.includes(id));
  const aantalLagen = (max(verbonden, (id) => mustGet(laag, id, 'laag van orgaan')) ?? -1) + 1;
  for (const id of losse) laag.set(id, aantalLagen);
  const lijst: string[][] = Array.from({ length: aantalLagen + (losse.length ? 1 : 0) }, () => []);
  for (const id of ids) lijst[mustGet(laag, id, 'laag van orgaan')].push(id);
  // barycentre ordering, a few sweeps down and up
  const buren = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of kanten) {
    mustGet(buren, a, 'orgaan').push(b);
    mustGet(buren, b, 'orgaan').push(a);
  }
  const pos = () => {
    const p = new Map<string, number>();
    for (const l of lijst) l.forEach((id, i) => p.set(id, (i + 0.5) / l.length));
    return p;
  };
  for (let sweep = 0; sweep < 6; sweep++) {
    const p = pos();
    const volgorde = sweep % 2 === 0 ? lijst.keys() : [...lijst.keys()].reverse().values();
    for (const li of volgorde) {
      const bc = (id: string) => {
        const plek = (x: string) => mustGet(p, x, 'plek van orgaan');
        const ref = mustGet(buren, id, 'orgaan').filter((b) => laag.get(b) !== li);
        return ref.length ? ref.reduce((s, b) => s + plek(b), 0) / ref.length : plek(id);
      };
      lijst[li].sort((a, b) => bc(a) - bc(b) || nr(a) - nr(b));
    }
  }
  return { laag, lagen: lijst, los: losse };
}

/** Point where the ray from the centre of a box towards (tx, ty) leaves the box. */
export function rand(cx: number, cy: number, hw: number, hh: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const t = Math.min(dx ? hw / Math.abs(dx) : Infinity, dy ? hh / Math.abs(dy) : Infinity);
  return [cx + dx * t, cy + dy * t];
}

/** Where everything stands: layers, box sizes and centres, the width and height of the diagram. */
export interface Plaatsing extends Laag {
  /** font size of the box labels */
  fs: number;
  nodeW: number;
  /** the wrapped lines of each body's name */
  regels: Map<string, string[]>;
  nodeH: (id: string) => number;
  /** height and top of each layer */
  laagH: number[];
  yLaag: number[];
  width: number;
  /** height of the diagram without the legend */
  diagramH: number;
  /** centre and half sizes of each box */
  plek: Map<string, { cx: number; cy: number; hw: number; hh: number }>;
}

/** Lay the diagram out: layers (lagen()), then box sizes from the names, then positions. */
export function plaatsing(inv: GovernanceInvoer): Plaatsing {
  const { laag, lagen: lijst, los } = lagen(inv);
  const fs = 13;
  const langsteWoord =
    max(
      inv.organen.flatMap((o) => o.naam.split(/\s+/)),
      (w) => textWidth(w, fs * 1.08),
    ) ?? 0;
  const nodeW = Math.max(196, Math.ceil(langsteWoord + 30));
  const gapX = 64;
  const regels = new Map(inv.organen.map((o) => [o.id, wrap(o.naam, nodeW - 30, fs * 1.08, 5)]));
  const nodeH = (n: string) => mustGet(regels, n, 'tekstregels van orgaan').length * fs * 1.25 + 16;
  const laagH = lijst.map((l) => max(l, nodeH) ?? 40);
  const breedsteLaag = max(lijst, (l) => l.length) ?? 1;
  const width = Math.max(breedsteLaag * (nodeW + gapX) + gapX, 560);
  const gapY = 92;
  const top = 16;
  const yLaag: number[] = [];
  let yy = top;
  for (const h of laagH) {
    yLaag.push(yy);
    yy += h + gapY;
  }
  const diagramH = yy - gapY + 16;
  const plek = new Map<string, { cx: number; cy: number; hw: number; hh: number }>();
  lijst.forEach((l, li) => {
    const x = scalePoint<string>()
      .domain(l)
      .range([0, (l.length - 1) * (nodeW + gapX)]);
    const offset = (width - (l.length - 1) * (nodeW + gapX)) / 2;
    for (const n of l)
      plek.set(n, { cx: offset + (x(n) ?? 0), cy: yLaag[li] + laagH[li] / 2, hw: nodeW / 2, hh: nodeH(n) / 2 });
  });

  return { laag, lagen: lijst, los, fs, nodeW, regels, nodeH, laagH, yLaag, width, diagramH, plek };
}
