/**
 * Governance diagram: the bodies (organen) of a cooperation and the
 * relations between them, as a layered node-link diagram. This file draws;
 * ./governance-layout.ts computes where everything stands. Each relation
 * kind has its own line pattern and a text label (number + legend), so
 * meaning never depends on colour.
 */
import { curveCatmullRom, group, line, path as d3path } from 'd3';
import { attrs, esc, multiline, r1, svgOpen } from './svg.ts';
import { plaatsing, rand, type GovernanceInvoer, type Plaatsing, type RelatieSoort } from './governance-layout.ts';
import { mustGet } from '../lib/must.ts';

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

type Punt = [number, number];
type Plek = Plaatsing['plek'] extends Map<string, infer P> ? P : never;
/** An edge's SVG path and a function from 0..1 to a point along it (for the number badge). */
interface Kant {
  d: string;
  punt: (t: number) => Punt;
}

/** One arrow head per relation kind that occurs. */
function pijlen(id: string, soorten: RelatieSoort[]): string {
  const markers = soorten.map(
    (s) =>
      `<marker${attrs({ id: `${id}-pijl-${s}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' })}>` +
      `<path d="M0,0 L10,5 L0,10 z"${attrs({ fill: RELATIE_STIJL[s].kleur })}/></marker>`,
  );
  return '<defs>' + markers.join('') + '</defs>';
}

/** A point at fraction t of the length of a polyline. */
function langsLijn(punten: Punt[], t: number): Punt {
  const lengtes = punten.slice(1).map((p, j) => Math.hypot(p[0] - punten[j][0], p[1] - punten[j][1]));
  let rest = t * lengtes.reduce((x, y) => x + y, 0);
  for (let j = 0; j < lengtes.length; j++) {
    if (rest <= lengtes[j] || j === lengtes.length - 1) {
      const f = lengtes[j] ? Math.min(1, rest / lengtes[j]) : 0;
      return [
        punten[j][0] + (punten[j + 1][0] - punten[j][0]) * f,
        punten[j][1] + (punten[j + 1][1] - punten[j][1]) * f,
      ];
    }
    rest -= lengtes[j];
  }
  return punten[punten.length - 1];
}

/** A relation across two or more layers: it passes the layers in between through a gap, never through a body. */
function langeKant(pl: Plaatsing, a: Plek, b: Plek, la: number, lb: number, spreid: number): Kant {
  const stap = la < lb ? 1 : -1;
  const wegpunten: Punt[] = [];
  for (let li = la + stap; li !== lb; li += stap) {
    const yL = pl.yLaag[li] + pl.laagH[li] / 2;
    const rechtX = a.cx + ((b.cx - a.cx) * (li - la)) / (lb - la) + spreid / 2;
    const inLaag = pl.lagen[li].map((n) => mustGet(pl.plek, n, 'plek van orgaan')).sort((p1, p2) => p1.cx - p2.cx);
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
  const punten: Punt[] = [s, ...wegpunten, e];
  // the badge goes along the polyline through the way points: close enough to the curve
  return { d: line().curve(curveCatmullRom.alpha(0.5))(punten) ?? '', punt: (t) => langsLijn(punten, t) };
}

/** A relation within a layer or to the next one: one quadratic curve, bent by `off` along the normal (nx, ny). */
function korteKant(a: Plek, b: Plek, off: number, nx: number, ny: number): Kant {
  const mx = (a.cx + b.cx) / 2 + nx * off * 2;
  const my = (a.cy + b.cy) / 2 + ny * off * 2;
  const s = rand(a.cx, a.cy, a.hw + 2, a.hh + 2, mx, my);
  const e = rand(b.cx, b.cy, b.hw + 3, b.hh + 3, mx, my);
  const pad = d3path();
  pad.moveTo(s[0], s[1]);
  pad.quadraticCurveTo(mx, my, e[0], e[1]);
  return {
    d: pad.toString(),
    punt: (t) => [
      (1 - t) ** 2 * s[0] + 2 * (1 - t) * t * mx + t ** 2 * e[0],
      (1 - t) ** 2 * s[1] + 2 * (1 - t) * t * my + t ** 2 * e[1],
    ],
  };
}

/** The path of relation r, the k-th of `aantal` relations between the same pair of bodies. */
function kantVan(pl: Plaatsing, r: GovernanceInvoer['relaties'][number], k: number, aantal: number): Kant | undefined {
  const a = pl.plek.get(r.van);
  const b = pl.plek.get(r.naar);
  if (!a || !b) return undefined;
  // the pair in a fixed order, so that parallel relations either way spread to the same side
  const [pa, pb] = r.van <= r.naar ? [a, b] : [b, a];
  const dx = pb.cx - pa.cx;
  const dy = pb.cy - pa.cy;
  const len = Math.hypot(dx, dy) || 1;
  const la = mustGet(pl.laag, r.van, 'laag van orgaan');
  const lb = mustGet(pl.laag, r.naar, 'laag van orgaan');
  const sprong = Math.abs(la - lb);
  // parallel relations between the same pair are spread out
  const spreid = (k - (aantal - 1) / 2) * 38;
  if (sprong >= 2) return langeKant(pl, a, b, la, lb, spreid);
  return korteKant(a, b, (sprong === 0 ? 60 : 0) + spreid, -dy / len, dx / len);
}

/** A box per body, with its wrapped name. */
function organen(inv: GovernanceInvoer, pl: Plaatsing): string[] {
  return inv.organen.map((o) => {
    const p = mustGet(pl.plek, o.id, 'plek van orgaan');
    const lines = mustGet(pl.regels, o.id, 'tekstregels van orgaan');
    return (
      `<g${attrs({ class: 'orgaan', 'data-orgaan': o.id })}>` +
      `<rect${attrs({ x: r1(p.cx - p.hw), y: r1(p.cy - p.hh), width: pl.nodeW, height: r1(p.hh * 2), rx: 6, fill: '#e5eef5', stroke: '#154273', 'stroke-width': 1.5 })}/>` +
      multiline(lines, p.cx, p.cy - ((lines.length - 1) * pl.fs * 1.25) / 2 + pl.fs * 0.35, {
        size: pl.fs,
        anchor: 'middle',
        lineHeight: pl.fs * 1.25,
        weight: '600',
      }) +
      `</g>`
    );
  });
}

/** The legend below the diagram: one sample line per kind, in two columns; and the total height. */
function legenda(id: string, soorten: RelatieSoort[], pl: Plaatsing): { svg: string; height: number } {
  const legY = pl.diagramH + 8;
  const kolB = pl.width / 2;
  const delen = [
    multiline(['Soorten relaties (het nummer op een lijn staat in de lijst onder de figuur):'], 12, legY + 12, {
      size: 13,
      weight: '700',
    }),
  ];
  soorten.forEach((s, i) => {
    const lx = 12 + (i % 2) * kolB;
    const ly = legY + 36 + Math.floor(i / 2) * 24;
    const st = RELATIE_STIJL[s];
    delen.push(
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
  return { svg: delen.join(''), height: legY + 36 + Math.ceil(soorten.length / 2) * 24 };
}

export function renderGovernance(inv: GovernanceInvoer, opties: { id?: string; titel?: string } = {}): string {
  const id = opties.id ?? 'governance';
  const titel = opties.titel ?? 'Wie stuurt wie aan';
  const orgaan = new Map(inv.organen.map((o) => [o.id, o]));
  const naam = (id: string) => mustGet(orgaan, id, 'orgaan').naam;
  const pl = plaatsing(inv);
  const soorten = SOORT_VOLGORDE.filter((s) => inv.relaties.some((r) => r.soort === s));

  const paren = group(
    inv.relaties.map((r, i) => ({ r, i })),
    ({ r }) => [r.van, r.naar].sort().join('|'),
  );
  const kanten: string[] = [];
  const badges: string[] = [];
  const badgePlek: Punt[] = [];
  // number badge: the first point along the curve that is clear of bodies and other badges
  const vrij = ([px, py]: Punt) =>
    [...pl.plek.values()].every((n) => Math.abs(px - n.cx) > n.hw + 12 || Math.abs(py - n.cy) > n.hh + 12) &&
    badgePlek.every(([qx, qy]) => Math.hypot(px - qx, py - qy) > 22);
  for (const lijstPaar of paren.values()) {
    lijstPaar.forEach(({ r, i }, k) => {
      const kant = kantVan(pl, r, k, lijstPaar.length);
      if (!kant) return;
      const st = RELATIE_STIJL[r.soort];
      const nr = i + 1;
      kanten.push(
        `<path${attrs({
          class: `relatie relatie-${r.soort}`,
          'data-nr': nr,
          d: kant.d.replace(/(\d+\.\d)\d+/g, '$1'),
          fill: 'none',
          stroke: st.kleur,
          'stroke-width': st.breedte,
          'stroke-dasharray': st.streep,
          'stroke-linecap': st.streep === '2 4' ? 'round' : undefined,
          'marker-end': `url(#${id}-pijl-${r.soort})`,
        })}><title>${esc(`${nr}. ${relatieZin(naam(r.van), naam(r.naar), r.soort)}`)}</title></path>`,
      );
      const kandidaten = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.35, 0.65, 0.45, 0.55].map(kant.punt);
      const [bx, by] = kandidaten.find(vrij) ?? kandidaten[0];
      badgePlek.push([bx, by]);
      badges.push(
        `<g class="relatie-nummer"><circle${attrs({ cx: r1(bx), cy: r1(by), r: 10, fill: '#ffffff', stroke: st.kleur, 'stroke-width': 1.5 })}/>` +
          multiline([String(nr)], bx, by + 4, { size: 11, anchor: 'middle', weight: '700' }) +
          `</g>`,
      );
    });
  }

  const nodes = organen(inv, pl);
  if (pl.los.length)
    nodes.push(
      multiline(['Ook genoemd, zonder relatie in dit schema:'], 12, pl.yLaag[pl.lagen.length - 1] - 16, {
        size: 13,
        fill: '#4d4d4d',
      }),
    );
  const leg = legenda(id, soorten, pl);

  const desc =
    `Schema met ${inv.organen.length} organen en ${inv.relaties.length} relaties tussen die organen, in ${pl.lagen.length} lagen. ` +
    `Bovenaan: ${pl.lagen[0].map(naam).join(', ')}. ` +
    'Elke lijn is een relatie met een nummer; de lijst onder de figuur zegt per nummer wie wat doet.';
  return (
    svgOpen({ id, width: pl.width, height: leg.height, title: titel, desc, cls: 'vis vis-governance-svg' }) +
    pijlen(id, soorten) +
    `<g class="relaties">${kanten.join('')}</g>` +
    `<g class="organen">${nodes.join('')}</g>` +
    `<g class="nummers">${badges.join('')}</g>` +
    `<g class="legenda">${leg.svg}</g>` +
    '</svg>'
  );
}
