/**
 * Governance diagram: the bodies (organen) of a cooperation and the
 * relations between them, as a layered node-link diagram. The layout is
 * computed from the relation graph, never placed by hand:
 * 1. every relation points "down" from the body with more say to the other
 *    (accounting and advising point up, so they are turned around),
 * 2. cycles are broken by a depth-first search that ignores back edges,
 * 3. each body's layer is its longest path from a top body,
 * 4. bodies within a layer are ordered by the barycentre of their neighbours.
 * Each relation kind has its own line pattern and a text label (number +
 * legend), so meaning never depends on colour.
 */
import { curveCatmullRom, group, line, max, path as d3path, scalePoint } from 'd3';
import { attrs, esc, multiline, r1, svgOpen, textWidth, wrap } from './svg.ts';

export type RelatieSoort =
  | 'mandateert'
  | 'besluit-over'
  | 'houdt-toezicht-op'
  | 'legt-verantwoording-af-aan'
  | 'adviseert'
  | 'wijst-aan'
  | 'is-werkgever-van'
  | 'faciliteert';

export interface GovernanceInvoer {
  organen: { id: string; naam: string; rol?: string }[];
  relaties: { van: string; naar: string; soort: RelatieSoort; toelichting?: string }[];
}

interface Stijl {
  label: string;
  kleur: string;
  breedte: number;
  streep?: string;
}
/** Line style per relation kind: pattern and width differ, colour is extra. All colours ≥ 4.5:1 on white. */
export const RELATIE_STIJL: Record<RelatieSoort, Stijl> = {
  mandateert: { label: 'geeft mandaat aan', kleur: '#154273', breedte: 3 },
  'besluit-over': { label: 'besluit over', kleur: '#a8071a', breedte: 1.8 },
  'houdt-toezicht-op': { label: 'houdt toezicht op', kleur: '#5b2a86', breedte: 2, streep: '9 4' },
  'legt-verantwoording-af-aan': { label: 'legt verantwoording af aan', kleur: '#1a1a1a', breedte: 2, streep: '2 4' },
  adviseert: { label: 'adviseert', kleur: '#01689b', breedte: 1.8, streep: '5 3' },
  'wijst-aan': { label: 'wijst aan', kleur: '#0b5e2c', breedte: 1.8, streep: '10 3 2 3' },
  'is-werkgever-van': { label: 'is werkgever van', kleur: '#7a4a00', breedte: 1.8, streep: '14 4' },
  faciliteert: { label: 'faciliteert', kleur: '#4d4d4d', breedte: 1.5, streep: '6 2 2 2 2 2' },
};
const SOORT_VOLGORDE = Object.keys(RELATIE_STIJL) as RelatieSoort[];

/** A relation as a Dutch sentence: "X geeft mandaat aan Y", "X wijst Y aan". */
export function relatieZin(van: string, naar: string, soort: RelatieSoort): string {
  if (soort === 'wijst-aan') return `${van} wijst ${naar} aan`;
  return `${van} ${RELATIE_STIJL[soort].label} ${naar}`;
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
  const kanten = inv.relaties
    .filter((r) => r.van !== r.naar && index.has(r.van) && index.has(r.naar))
    .map((r) => (OMHOOG.has(r.soort) ? [r.naar, r.van, RANG_GEWICHT[r.soort]] : [r.van, r.naar, RANG_GEWICHT[r.soort]]) as [string, string, number]);
  // break cycles (greedy feedback arc set, Eades–Lin–Smyth, weighted by how
  // strongly a relation kind says who is above whom): order the bodies,
  // then drop the relations that point backwards in that order
  const rest = new Set(ids);
  const kop: string[] = [];
  const staart: string[] = [];
  const wUit = (n: string) => kanten.filter(([p, q]) => p === n && q !== n && rest.has(q)).reduce((s, k) => s + k[2], 0);
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
    const beste = [...rest].sort((a, b) => wUit(b) - wIn(b) - (wUit(a) - wIn(a)) || index.get(a)! - index.get(b)!)[0];
    kop.push(beste);
    rest.delete(beste);
  }
  const rang = new Map([...kop, ...staart].map((n, i) => [n, i]));
  const dag = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of kanten) if (rang.get(a)! < rang.get(b)!) dag.get(a)!.push(b);
  // longest path layering (memoised DFS over predecessors)
  const voor = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, bs] of dag) for (const b of bs) voor.get(b)!.push(a);
  const laag = new Map<string, number>();
  const diepte = (n: string): number => {
    const k = laag.get(n);
    if (k !== undefined) return k;
    const d = voor.get(n)!.length ? (max(voor.get(n)!, diepte) ?? -1) + 1 : 0;
    laag.set(n, d);
    return d;
  };
  ids.forEach(diepte);
  // bodies without any relation go to a row of their own at the bottom
  const losse = ids.filter((id) => !kanten.some(([a, b]) => a === id || b === id));
  const verbonden = ids.filter((id) => !losse.includes(id));
  const aantalLagen = (max(verbonden, (id) => laag.get(id)!) ?? -1) + 1;
  for (const id of losse) laag.set(id, aantalLagen);
  const lijst: string[][] = Array.from({ length: aantalLagen + (losse.length ? 1 : 0) }, () => []);
  for (const id of ids) lijst[laag.get(id)!].push(id);
  // barycentre ordering, a few sweeps down and up
  const buren = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of kanten) {
    buren.get(a)!.push(b);
    buren.get(b)!.push(a);
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
        const ref = buren.get(id)!.filter((b) => laag.get(b) !== li);
        return ref.length ? ref.reduce((s, b) => s + p.get(b)!, 0) / ref.length : p.get(id)!;
      };
      lijst[li].sort((a, b) => bc(a) - bc(b) || index.get(a)! - index.get(b)!);
    }
  }
  return { laag, lagen: lijst, los: losse };
}

/** Point where the ray from the centre of a box towards (tx, ty) leaves the box. */
function rand(cx: number, cy: number, hw: number, hh: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const t = Math.min(dx ? hw / Math.abs(dx) : Infinity, dy ? hh / Math.abs(dy) : Infinity);
  return [cx + dx * t, cy + dy * t];
}

export function renderGovernance(inv: GovernanceInvoer, opties: { id?: string; titel?: string } = {}): string {
  const id = opties.id ?? 'governance';
  const titel = opties.titel ?? 'Wie stuurt wie aan';
  const { laag, lagen: lijst, los } = lagen(inv);
  const orgaan = new Map(inv.organen.map((o) => [o.id, o]));

  const fs = 13;
  const langsteWoord = max(inv.organen.flatMap((o) => o.naam.split(/\s+/)), (w) => textWidth(w, fs * 1.08)) ?? 0;
  const nodeW = Math.max(196, Math.ceil(langsteWoord + 30));
  const gapX = 64;
  const regels = new Map(inv.organen.map((o) => [o.id, wrap(o.naam, nodeW - 30, fs * 1.08, 5)]));
  const nodeH = (n: string) => regels.get(n)!.length * fs * 1.25 + 16;
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
    const x = scalePoint<string>().domain(l).range([0, (l.length - 1) * (nodeW + gapX)]);
    const offset = (width - (l.length - 1) * (nodeW + gapX)) / 2;
    for (const n of l) plek.set(n, { cx: offset + (x(n) ?? 0), cy: yLaag[li] + laagH[li] / 2, hw: nodeW / 2, hh: nodeH(n) / 2 });
  });

  const soorten = SOORT_VOLGORDE.filter((s) => inv.relaties.some((r) => r.soort === s));
  const defs =
    '<defs>' +
    soorten
      .map(
        (s) =>
          `<marker${attrs({ id: `${id}-pijl-${s}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' })}>` +
          `<path d="M0,0 L10,5 L0,10 z"${attrs({ fill: RELATIE_STIJL[s].kleur })}/></marker>`,
      )
      .join('') +
    '</defs>';

  // edges: parallel relations between the same pair are spread out
  const paren = group(inv.relaties.map((r, i) => ({ r, i })), ({ r }) => [r.van, r.naar].sort().join('|'));
  const kanten: string[] = [];
  const badges: string[] = [];
  const badgePlek: [number, number][] = [];
  for (const lijstPaar of paren.values()) {
    lijstPaar.forEach(({ r, i }, k) => {
      const a = plek.get(r.van);
      const b = plek.get(r.naar);
      if (!a || !b) return;
      const [p, q] = [r.van, r.naar].sort();
      const pa = plek.get(p)!;
      const pb = plek.get(q)!;
      const dx = pb.cx - pa.cx;
      const dy = pb.cy - pa.cy;
      const len = Math.hypot(dx, dy) || 1;
      const nx = -dy / len;
      const ny = dx / len;
      const la = laag.get(r.van)!;
      const lb = laag.get(r.naar)!;
      const sprong = Math.abs(la - lb);
      const spreid = (k - (lijstPaar.length - 1) / 2) * 38;
      let d: string;
      let punt: (t: number) => [number, number];
      if (sprong >= 2) {
        // a long relation passes the layers in between through a gap, never through a body
        const stap = la < lb ? 1 : -1;
        const wegpunten: [number, number][] = [];
        for (let li = la + stap; li !== lb; li += stap) {
          const yL = yLaag[li] + laagH[li] / 2;
          const rechtX = a.cx + ((b.cx - a.cx) * (li - la)) / (lb - la) + spreid / 2;
          const inLaag = lijst[li].map((n) => plek.get(n)!).sort((p1, p2) => p1.cx - p2.cx);
          const gaten = [
            inLaag[0].cx - inLaag[0].hw - 36,
            ...inLaag.slice(1).map((n, j) => (inLaag[j].cx + inLaag[j].hw + n.cx - n.hw) / 2),
            inLaag[inLaag.length - 1].cx + inLaag[inLaag.length - 1].hw + 36,
          ];
          const gx = gaten.reduce((best, g) => (Math.abs(g - rechtX) < Math.abs(best - rechtX) ? g : best));
          wegpunten.push([gx + spreid / 3, yL]);
        }
        const s = rand(a.cx, a.cy, a.hw + 2, a.hh + 2, ...wegpunten[0]);
        const e = rand(b.cx, b.cy, b.hw + 3, b.hh + 3, ...wegpunten[wegpunten.length - 1]);
        const punten: [number, number][] = [s, ...wegpunten, e];
        d = (line().curve(curveCatmullRom.alpha(0.5))(punten) ?? '');
        punt = (t: number) => {
          // along the polyline through the way points (close enough to the curve for a badge)
          const lengtes = punten.slice(1).map((p, j) => Math.hypot(p[0] - punten[j][0], p[1] - punten[j][1]));
          let rest = t * lengtes.reduce((x, y) => x + y, 0);
          for (let j = 0; j < lengtes.length; j++) {
            if (rest <= lengtes[j] || j === lengtes.length - 1) {
              const f = lengtes[j] ? Math.min(1, rest / lengtes[j]) : 0;
              return [punten[j][0] + (punten[j + 1][0] - punten[j][0]) * f, punten[j][1] + (punten[j + 1][1] - punten[j][1]) * f];
            }
            rest -= lengtes[j];
          }
          return e;
        };
      } else {
        const off = (sprong === 0 ? 60 : 0) + spreid;
        const mx = (a.cx + b.cx) / 2 + nx * off * 2;
        const my = (a.cy + b.cy) / 2 + ny * off * 2;
        const s = rand(a.cx, a.cy, a.hw + 2, a.hh + 2, mx, my);
        const e = rand(b.cx, b.cy, b.hw + 3, b.hh + 3, mx, my);
        const pad = d3path();
        pad.moveTo(s[0], s[1]);
        pad.quadraticCurveTo(mx, my, e[0], e[1]);
        d = pad.toString();
        punt = (t: number) => [
          (1 - t) ** 2 * s[0] + 2 * (1 - t) * t * mx + t ** 2 * e[0],
          (1 - t) ** 2 * s[1] + 2 * (1 - t) * t * my + t ** 2 * e[1],
        ];
      }
      const st = RELATIE_STIJL[r.soort];
      const nr = i + 1;
      kanten.push(
        `<path${attrs({
          class: `relatie relatie-${r.soort}`,
          'data-nr': nr,
          d: d.replace(/(\d+\.\d)\d+/g, '$1'),
          fill: 'none',
          stroke: st.kleur,
          'stroke-width': st.breedte,
          'stroke-dasharray': st.streep,
          'stroke-linecap': st.streep === '2 4' ? 'round' : undefined,
          'marker-end': `url(#${id}-pijl-${r.soort})`,
        })}><title>${esc(`${nr}. ${relatieZin(orgaan.get(r.van)!.naam, orgaan.get(r.naar)!.naam, r.soort)}`)}</title></path>`,
      );
      // number badge: the first point along the curve that is clear of bodies and other badges
      const vrij = ([px, py]: [number, number]) =>
        [...plek.values()].every((n) => Math.abs(px - n.cx) > n.hw + 12 || Math.abs(py - n.cy) > n.hh + 12) &&
        badgePlek.every(([qx, qy]) => Math.hypot(px - qx, py - qy) > 22);
      const kandidaten = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.35, 0.65, 0.45, 0.55].map(punt);
      const [bx, by] = kandidaten.find(vrij) ?? kandidaten[0];
      badgePlek.push([bx, by]);
      badges.push(
        `<g class="relatie-nummer"><circle${attrs({ cx: r1(bx), cy: r1(by), r: 10, fill: '#ffffff', stroke: st.kleur, 'stroke-width': 1.5 })}/>` +
          multiline([String(nr)], bx, by + 4, { size: 11, anchor: 'middle', weight: '700' }) +
          `</g>`,
      );
    });
  }

  const nodes = inv.organen.map((o) => {
    const p = plek.get(o.id)!;
    const lines = regels.get(o.id)!;
    return (
      `<g${attrs({ class: 'orgaan', 'data-orgaan': o.id })}>` +
      `<rect${attrs({ x: r1(p.cx - p.hw), y: r1(p.cy - p.hh), width: nodeW, height: r1(p.hh * 2), rx: 6, fill: '#e5eef5', stroke: '#154273', 'stroke-width': 1.5 })}/>` +
      multiline(lines, p.cx, p.cy - ((lines.length - 1) * fs * 1.25) / 2 + fs * 0.35, { size: fs, anchor: 'middle', lineHeight: fs * 1.25, weight: '600' }) +
      `</g>`
    );
  });

  if (los.length)
    nodes.push(multiline(['Ook genoemd, zonder relatie in dit schema:'], 12, yLaag[lijst.length - 1] - 16, { size: 13, fill: '#4d4d4d' }));

  // legend: one sample line per kind, in two columns
  const legY = diagramH + 8;
  const kolB = width / 2;
  const legenda = [multiline(['Soorten relaties (het nummer op een lijn staat in de lijst onder de figuur):'], 12, legY + 12, { size: 13, weight: '700' })];
  soorten.forEach((s, i) => {
    const lx = 12 + (i % 2) * kolB;
    const ly = legY + 36 + Math.floor(i / 2) * 24;
    const st = RELATIE_STIJL[s];
    legenda.push(
      `<g class="legenda-item"><path${attrs({
        d: `M${r1(lx)},${r1(ly)} H${r1(lx + 56)}`,
        stroke: st.kleur,
        'stroke-width': st.breedte,
        'stroke-dasharray': st.streep,
        'stroke-linecap': st.streep === '2 4' ? 'round' : undefined,
        'marker-end': `url(#${id}-pijl-${s})`,
      })}/>` +
        multiline([st.label], lx + 66, ly + 4.5, { size: 13 }) +
        '</g>',
    );
  });
  const height = legY + 36 + Math.ceil(soorten.length / 2) * 24;

  const desc =
    `Schema met ${inv.organen.length} organen en ${inv.relaties.length} relaties tussen die organen, in ${lijst.length} lagen. ` +
    `Bovenaan: ${lijst[0].map((n) => orgaan.get(n)!.naam).join(', ')}. ` +
    'Elke lijn is een relatie met een nummer; de lijst onder de figuur zegt per nummer wie wat doet.';
  return (
    svgOpen({ id, width, height, title: titel, desc, cls: 'vis vis-governance-svg' }) +
    defs +
    `<g class="relaties">${kanten.join('')}</g>` +
    `<g class="organen">${nodes.join('')}</g>` +
    `<g class="nummers">${badges.join('')}</g>` +
    `<g class="legenda">${legenda.join('')}</g>` +
    '</svg>'
  );
}
