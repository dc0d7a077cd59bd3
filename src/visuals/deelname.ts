/**
 * Participation in Twente: which organisation takes part in which
 * cooperation and which IT-voorziening of IT Platform Twente. Derives the
 * matrix from the content (organisaties.deelnames, completed with
 * casussen.deelnemers) and renders it as an SVG string.
 */
import { cumsum } from 'd3';
import { attrs, esc, multiline, r1, svgOpen, symbool, wrap } from './svg.ts';
import type { Citation } from '../schemas/index.ts';
import { must } from '../lib/must.ts';
import { zonderGemeente } from '../lib/text.ts';

/** A citation as in the content: the schemas' Citation. */
export type Bronvermelding = Citation;
export interface OrganisatieInvoer {
  id: string;
  naam: string;
  soort: string;
  twente: boolean;
  deelnames: { casus: string; rol: string; voorzieningen: string[]; bronnen: Bronvermelding[] }[];
}
export interface CasusInvoer {
  id: string;
  titel: string;
  deelnemers: { organisatie: string; rol?: string; bronnen: Bronvermelding[] }[];
}

export type Deelsoort = 'lid' | 'anders';
export interface Kolom {
  id: string;
  /** the cooperation (casus id) this column belongs to */
  casus: string;
  titel: string;
  /** 'partij' = party to the agreement; 'voorziening' = an IT-voorziening of Bijlage 1; 'samenwerking' = the whole cooperation */
  soort: 'partij' | 'voorziening' | 'samenwerking';
}
export interface Markering {
  soort: Deelsoort;
  rol: string;
  bronnen: Bronvermelding[];
}
export interface Rij {
  id: string;
  naam: string;
  gemeente: boolean;
  cellen: Record<string, Markering | undefined>;
  /** in how many of the cooperations this organisation takes part (has at least one ● in them) */
  aantal: number;
  /** for IT Platform Twente: takes part in an IT-voorziening without being a party */
  voorzieningZonderPartij: boolean;
}
export interface DeelnameMatrix {
  kolommen: Kolom[];
  /** the cooperations, in column order, with their title */
  samenwerkingen: { id: string; titel: string }[];
  rijen: Rij[];
}

export const ITPT = 'it-platform-twente';
/** Bijlage 1 order; unknown names found in the content are added after these. */
const VOORZIENING_VOLGORDE = [
  'RDNG',
  'Digikoppeling en ESB',
  'Govroam',
  'SSO TwenteCloud',
  'Aansluiting GGI',
  'Diverse overige projecten en verkenningen',
];

const kolomId = (casus: string, deel: string) =>
  `${casus}--${deel
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Classify a role text for a whole cooperation: a full member (●) or otherwise involved (◐). */
export function soortVanRol(rol: string): Deelsoort {
  const r = rol.toLowerCase();
  if (/geen partij|verzoekt|ketenpartner|geen eigen partijnummer/.test(r)) return 'anders';
  if (/^(partij|deelnemer|centrumgemeente)/.test(r)) return 'lid';
  return 'anders';
}

export function buildDeelname(
  organisaties: OrganisatieInvoer[],
  casussen: CasusInvoer[],
  samenwerkingen: string[] = [ITPT, 'samenwerking-ict-hengelo', 'vth-omgevingsrecht-twente'],
): DeelnameMatrix {
  const casusById = new Map(casussen.map((c) => [c.id, c]));
  const orgById = new Map(organisaties.map((o) => [o.id, o]));
  // all deelnames: from the organisation files, completed with the case files
  const deelnames = new Map<string, Map<string, OrganisatieInvoer['deelnames'][number]>>();
  const vanOrganisatie = (oid: string) => {
    let m = deelnames.get(oid);
    if (!m) deelnames.set(oid, (m = new Map()));
    return m;
  };
  for (const o of organisaties)
    for (const d of o.deelnames) if (samenwerkingen.includes(d.casus)) vanOrganisatie(o.id).set(d.casus, d);
  for (const cid of samenwerkingen)
    for (const d of casusById.get(cid)?.deelnemers ?? []) {
      const m = vanOrganisatie(d.organisatie);
      if (!m.has(cid)) m.set(cid, { casus: cid, rol: d.rol ?? 'deelnemer', voorzieningen: [], bronnen: d.bronnen });
    }

  const voorz = new Set<string>();
  for (const m of deelnames.values()) for (const v of m.get(ITPT)?.voorzieningen ?? []) voorz.add(v);
  const voorzieningen = [
    ...VOORZIENING_VOLGORDE.filter((v) => voorz.has(v)),
    ...[...voorz].filter((v) => !VOORZIENING_VOLGORDE.includes(v)).sort((a, b) => a.localeCompare(b, 'nl')),
  ];

  const kolommen: Kolom[] = [];
  for (const cid of samenwerkingen) {
    if (cid === ITPT) {
      kolommen.push({ id: kolomId(ITPT, 'partij'), casus: ITPT, titel: 'Partij bij de overeenkomst', soort: 'partij' });
      for (const v of voorzieningen)
        kolommen.push({ id: kolomId(ITPT, v), casus: ITPT, titel: v, soort: 'voorziening' });
    } else
      kolommen.push({
        id: kolomId(cid, 'deelname'),
        casus: cid,
        titel: casusById.get(cid)?.titel ?? cid,
        soort: 'samenwerking',
      });
  }

  const rijen: Rij[] = [];
  for (const [oid, m] of deelnames) {
    const org = orgById.get(oid);
    const cellen: Rij['cellen'] = {};
    let voorzieningZonderPartij = false;
    for (const [cid, d] of m) {
      if (cid === ITPT) {
        const partij = /^partij/i.test(d.rol);
        if (partij) cellen[kolomId(ITPT, 'partij')] = { soort: 'lid', rol: d.rol, bronnen: d.bronnen };
        else if (d.voorzieningen.length === 0)
          cellen[kolomId(ITPT, 'partij')] = { soort: 'anders', rol: d.rol, bronnen: d.bronnen };
        else voorzieningZonderPartij = true;
        for (const v of d.voorzieningen) cellen[kolomId(ITPT, v)] = { soort: 'lid', rol: d.rol, bronnen: d.bronnen };
      } else cellen[kolomId(cid, 'deelname')] = { soort: soortVanRol(d.rol), rol: d.rol, bronnen: d.bronnen };
    }
    const aantal = samenwerkingen.filter((cid) =>
      kolommen.some((k) => k.casus === cid && cellen[k.id]?.soort === 'lid'),
    ).length;
    rijen.push({
      id: oid,
      naam: org?.naam ?? oid,
      gemeente: org?.soort === 'gemeente',
      cellen,
      aantal,
      voorzieningZonderPartij,
    });
  }
  rijen.sort(
    (a, b) =>
      Number(b.gemeente) - Number(a.gemeente) || zonderGemeente(a.naam).localeCompare(zonderGemeente(b.naam), 'nl'),
  );
  return {
    kolommen,
    samenwerkingen: samenwerkingen.map((id) => ({ id, titel: casusById.get(id)?.titel ?? id })),
    rijen,
  };
}

/** All citations behind the marks of the matrix. */
export const deelnameBronnen = (m: DeelnameMatrix): Bronvermelding[] =>
  m.rijen.flatMap((r) => Object.values(r.cellen).flatMap((c) => c?.bronnen ?? []));

export const MARK_LABEL: Record<Deelsoort, string> = {
  lid: 'neemt deel',
  anders: 'anders betrokken',
};

const LABEL_W = 252;
const AANTAL_W = 88;
const ROW_H = 28;
const colW = (k: Kolom) => (k.soort === 'samenwerking' ? 112 : 74);
const kolTitel = (k: Kolom) => (k.soort === 'samenwerking' ? 'Deelname' : k.titel);

/** Column positions, header heights and the width of the matrix. */
function maten(m: DeelnameMatrix) {
  const kolLines = m.kolommen.map((k) => wrap(kolTitel(k), colW(k) - 6, 11.5, 5));
  const groepLines = m.samenwerkingen.map((s) => {
    const b = m.kolommen.filter((k) => k.casus === s.id).reduce((t, k) => t + colW(k), 0);
    return wrap(s.titel, b - 16, 13 * 1.1, 5);
  });
  const groepH = Math.max(...groepLines.map((l) => l.length)) * 15 + 14;
  const kopH = groepH + Math.max(...kolLines.map((l) => l.length)) * 14 + 12;
  const grenzen = cumsum(m.kolommen, colW);
  const xPos = new Map(m.kolommen.map((k, i) => [k.id, LABEL_W + grenzen[i] - colW(k)]));
  const x = Object.assign((kid: string) => xPos.get(kid), {
    breedte: (kid: string) =>
      colW(
        must(
          m.kolommen.find((k) => k.id === kid),
          `kolom ${kid}`,
        ),
      ),
  });
  const aantalX = LABEL_W + (grenzen[grenzen.length - 1] ?? 0);
  return { kolLines, groepLines, groepH, kopH, x, aantalX, width: aantalX + AANTAL_W + 4 };
}
type Maten = ReturnType<typeof maten>;

/** Group headers (one per cooperation, with a bracket line), column headers and the count's header. */
function koppen(m: DeelnameMatrix, mt: Maten): string[] {
  const { x, groepH, kopH } = mt;
  const parts: string[] = [];
  for (const [si, s] of m.samenwerkingen.entries()) {
    const ks = m.kolommen.filter((k) => k.casus === s.id);
    const x0 = x(ks[0].id) ?? 0;
    const x1 = (x(ks[ks.length - 1].id) ?? 0) + x.breedte(ks[ks.length - 1].id);
    const lines = mt.groepLines[si];
    parts.push(
      multiline(lines, (x0 + x1) / 2, groepH - 10 - (lines.length - 1) * 15, {
        size: 13,
        lineHeight: 15,
        weight: '700',
        anchor: 'middle',
        fill: '#0e2f52',
      }),
    );
    parts.push(
      `<path${attrs({ d: `M${r1(x0 + 3)},${groepH - 1} v-5 H${r1(x1 - 3)} v5`, fill: 'none', stroke: '#154273', 'stroke-width': 1.5 })}/>`,
    );
  }
  m.kolommen.forEach((k, i) => {
    const cx = (x(k.id) ?? 0) + colW(k) / 2;
    const lines = mt.kolLines[i];
    parts.push(
      multiline(lines, cx, kopH - 8 - (lines.length - 1) * 14, {
        size: 11.5,
        lineHeight: 14,
        anchor: 'middle',
        weight: k.soort === 'partij' ? '700' : '400',
      }),
    );
  });
  parts.push(
    multiline(['Aantal', 'samen-', 'werkingen'], mt.aantalX + AANTAL_W / 2, kopH - 8 - 2 * 14, {
      size: 11.5,
      lineHeight: 14,
      anchor: 'middle',
      weight: '700',
    }),
  );
  return parts;
}

/** One organisation's row at height y: its name (a link that marks the row), a mark per column, its count. */
function rij(m: DeelnameMatrix, mt: Maten, r: Rij, i: number, y: number): string[] {
  const naam = zonderGemeente(r.naam);
  const parts = [
    `<g${attrs({ id: `org-${r.id}`, class: 'rij', 'data-org': r.id })}>`,
    `<rect${attrs({ class: 'rij-achtergrond', x: 0, y: r1(y), width: r1(mt.width - 4), height: ROW_H, fill: i % 2 ? '#f3f6f9' : '#ffffff' })}/>`,
    `<a${attrs({ href: `#org-${r.id}`, class: 'rij-link', 'aria-label': `Markeer ${naam}` })}>` +
      multiline([naam], 6, y + ROW_H / 2 + 5, { size: 13.5, fill: '#01689b', cls: 'rij-naam' }) +
      `</a>`,
  ];
  for (const k of m.kolommen) {
    const c = r.cellen[k.id];
    const cx = (mt.x(k.id) ?? 0) + colW(k) / 2;
    const cy = y + ROW_H / 2;
    if (!c) {
      parts.push(symbool('streep', cx, cy, 3.5, '#8a8a8a'));
      continue;
    }
    const tip = `${naam} – ${k.soort === 'voorziening' ? `IT Platform Twente, ${k.titel}` : k.soort === 'partij' ? 'IT Platform Twente' : k.titel}: ${c.rol}`;
    parts.push(
      `<g${attrs({ class: `mark mark-${c.soort}`, 'data-kolom': k.id })}><title>${esc(tip)}</title>${symbool(c.soort === 'lid' ? 'vol' : 'half', cx, cy, 7)}</g>`,
    );
  }
  parts.push(
    multiline([String(r.aantal)], mt.aantalX + AANTAL_W / 2, y + ROW_H / 2 + 5, {
      size: 13.5,
      weight: '700',
      anchor: 'middle',
      cls: 'aantal',
    }),
  );
  parts.push(`</g>`);
  return parts;
}

/** The legend from height y; returns its parts and the matrix's total height. */
function legenda(y: number): { parts: string[]; height: number } {
  const parts = [multiline(['Legenda:'], 6, y + 14, { size: 13, weight: '700' })];
  const items: [number, 'vol' | 'half', string][] = [
    [86, 'vol', 'neemt deel (partij of deelnemer)'],
    [330, 'half', 'anders betrokken (bijvoorbeeld ketenpartner of toetreding gevraagd)'],
  ];
  for (const [lx, s, t] of items) parts.push(symbool(s, lx, y + 10, 7) + multiline([t], lx + 12, y + 14, { size: 13 }));
  parts.push(symbool('streep', 86, y + 36, 3.5, '#8a8a8a') + multiline(['doet niet mee'], 98, y + 40, { size: 13 }));
  return { parts, height: y + 52 };
}

/** The text alternative: what the matrix holds and what it shows. */
function beschrijving(m: DeelnameMatrix): string {
  const gem = m.rijen.filter((r) => r.gemeente);
  const kolommen = (s: { id: string }) => m.kolommen.filter((k) => k.casus === s.id).length;
  return (
    `Matrix van ${m.rijen.length} organisaties (rijen) en ${m.kolommen.length} kolommen: ` +
    m.samenwerkingen.map((s) => `${s.titel} (${kolommen(s)} kolom${kolommen(s) === 1 ? '' : 'men'})`).join(', ') +
    `. Een bolletje betekent dat de organisatie meedoet. ` +
    `Van de ${gem.length} gemeenten doen er ${gem.filter((r) => r.aantal === m.samenwerkingen.length).length} mee aan alle ${m.samenwerkingen.length} samenwerkingen. ` +
    'Dezelfde gegevens staan in de tabel bij de figuur.'
  );
}

export function renderDeelname(m: DeelnameMatrix, opties: { id?: string } = {}): string {
  const id = opties.id ?? 'deelname';
  const mt = maten(m);
  const parts = koppen(m, mt);
  // vertical separators between cooperations
  const sep = m.samenwerkingen.slice(1).map(
    (s) =>
      mt.x(
        must(
          m.kolommen.find((k) => k.casus === s.id),
          `kolom van ${s.id}`,
        ).id,
      ) ?? 0,
  );
  sep.push(mt.aantalX);

  let y = mt.kopH;
  const groepen: [string, Rij[]][] = [
    ['Gemeenten', m.rijen.filter((r) => r.gemeente)],
    ['Andere organisaties', m.rijen.filter((r) => !r.gemeente)],
  ];
  for (const [gtitel, rijen] of groepen) {
    if (!rijen.length) continue;
    parts.push(`<rect${attrs({ x: 0, y: r1(y + 2), width: r1(mt.width - 4), height: 22, fill: '#e5eef5' })}/>`);
    parts.push(multiline([gtitel], 6, y + 18, { size: 13, weight: '700', fill: '#0e2f52' }));
    y += 26;
    rijen.forEach((r, i) => {
      parts.push(...rij(m, mt, r, i, y));
      y += ROW_H;
    });
    y += 6;
  }
  for (const sx of sep)
    parts.push(
      `<line${attrs({ x1: r1(sx), y1: mt.groepH + 4, x2: r1(sx), y2: r1(y), stroke: '#b4b4b4', 'stroke-width': 1 })}/>`,
    );
  const leg = legenda(y + 12);
  parts.push(...leg.parts);
  return (
    svgOpen({
      id,
      width: mt.width,
      height: leg.height,
      title: 'Wie doet mee aan welke samenwerking in Twente',
      desc: beschrijving(m),
      cls: 'vis vis-deelname-svg',
      interactive: true,
    }) +
    parts.join('') +
    '</svg>'
  );
}
