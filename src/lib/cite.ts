/**
 * Citation → link, the one home: where a citation points and how it reads.
 * Pure (plain data in, strings out), so build-time views, the calculators'
 * HTML and the explorer's renderer in the browser all write the same link.
 */
import type { Bron, Citation, ExterneBron } from '../schemas/index.ts';
import type { Regeling } from '../schemas/regeling.ts';
import type { Entry } from '../schemas/types.ts';
import { must } from './must.ts';

/** The slug of the one text page of a source document without chapters. */
const HELE_TEKST = 'tekst';

/**
 * The parts a source document's text is read in, one page each: a chapter (a section at level 1) with
 * the sections under it, since the articles of a chapter refer to each other; sections before the
 * first chapter join it. A document without chapters (a motion, a letter: a few pages) is one part,
 * "tekst". Each part is named by its first section's id ("hoofdstuk-4"), so a part's address follows
 * from the content and stays put when a section is added elsewhere.
 */
export function sourceParts<S extends { id: string; niveau: number }>(
  secties: readonly S[],
): { id: string; secties: S[] }[] {
  if (!secties.some((s) => s.niveau === 1)) return secties.length ? [{ id: HELE_TEKST, secties: [...secties] }] : [];
  const parts: { id: string; secties: S[] }[] = [];
  for (const s of secties) {
    const cur = parts[parts.length - 1];
    if (!cur || (s.niveau === 1 && cur.secties.some((x) => x.niveau === 1))) parts.push({ id: s.id, secties: [s] });
    else cur.secties.push(s);
  }
  return parts;
}

/** The part (text page) that holds a section, by the section's id; undefined for an unknown section. */
export function sourcePart(secties: readonly { id: string; niveau: number }[], plaats: string): string | undefined {
  return sourceParts(secties).find((p) => p.secties.some((s) => s.id === plaats))?.id;
}

/**
 * The page of a source document: its front page, or the text page of one part at the anchor of the
 * cited section ("/bronnen/king-2015/h3/#h3-2"). `deel` is the part that holds the section (sourcePart);
 * a section that is the part itself opens at the top of its page, without an anchor.
 */
export const sourceHref = (bron: string, deel?: string, plaats?: string): string =>
  `/bronnen/${bron}/${deel ? `${deel}/` : ''}${plaats && plaats !== deel ? `#${plaats}` : ''}`;

/** The page that lists the public sources of one kind (OPENBARE_SOORTEN in src/lib/sources.ts), at one source's entry. */
export const publicSourcesHref = (soort: string, id?: string): string =>
  `/bronnen/openbaar/${soort}/${id ? `#extern-${id}` : ''}`;

/** How a citation reads: "<source title>, <place> (<detail>)". `plaats` is the section title or the free-text place. */
export const citationText = (bronTitel: string, c: { plaats?: string; detail?: string }): string =>
  `${bronTitel}${c.plaats ? `, ${c.plaats}` : ''}${c.detail ? ` (${c.detail})` : ''}`;

/** The article a place names: "art. 10:4 lid 1" → "10:4", "art. 1.4 lid 3" → "1.4", "art. 9 en 11a" → "9", "artikel 37" → "37". */
export function artikelVan(plaats: string | undefined): string | undefined {
  const m = /^\s*(?:art\.?|artikel)\s*(\d+[a-z]?(?:[:.]\d+[a-z]?)?)/i.exec(plaats ?? '');
  return m?.[1];
}

/** The link of a source with article anchors, at the article its place names; undefined when the place names no article. */
export function artikelHref(artikelUrl: string, plaats: string | undefined): string | undefined {
  const a = artikelVan(plaats);
  return a ? artikelUrl.replace('{artikel}', encodeURIComponent(a).replace(/%3A/g, ':')) : undefined;
}

/** Identity of a citation (source, place, detail), for de-duplication and lookup tables. */
export const citeKey = (c: Citation): string => `${c.bron}|${c.plaats ?? ''}|${c.detail ?? ''}`;

/** The citations without repeats (same source, place and detail), first occurrence kept. */
export function uniqueCitations(list: Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = citeKey(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The page of a regeling (content/regelingen/), at the anchor of the cited article. */
export const regelingHref = (id: string, artikel?: string): string =>
  `/regelingen/${id}/${artikel ? `#${artikel}` : ''}`;

/**
 * The sources a set of citations points to, compact and serialisable: the
 * build resolves with it, and the browser (the explorer) with the same index
 * sent as JSON. `bronnen`: source documents and regelingen (`h`: the page of a
 * regeling), with the titles of their cited sections (`s`) and, for a source
 * document, the part (text page) that holds each (`d`); `extern`: public
 * sources (t: title, u: url, a: the link of one article with {artikel}).
 */
export interface CiteIndex {
  bronnen: Record<string, { t: string; s: Record<string, string>; d?: Record<string, string>; h?: string }>;
  extern: Record<string, { t: string; u: string; a?: string }>;
}

/** The index of the sources `list` cites; a citation of an unknown source is left out (the loaders report it). */
export function citeIndex(
  list: Citation[],
  bronnen: Entry<Bron>[],
  externe: Entry<ExterneBron>[],
  regelingen: Entry<Regeling>[] = [],
): CiteIndex {
  const idx: CiteIndex = { bronnen: {}, extern: {} };
  for (const c of list) {
    const b = bronnen.find((x) => x.id === c.bron);
    if (b) {
      const e = (idx.bronnen[b.id] ??= { t: b.data.korteTitel, s: {}, d: {} });
      const s = b.data.secties.find((x) => x.id === c.plaats);
      if (s) {
        e.s[s.id] = s.titel;
        (e.d ??= {})[s.id] = must(sourcePart(b.data.secties, s.id), `deel van sectie ${b.id}#${s.id}`);
      }
      continue;
    }
    const r = regelingen.find((y) => y.id === c.bron);
    if (r) {
      const e = (idx.bronnen[r.id] ??= { t: r.data.korteTitel, s: {}, h: regelingHref(r.id) });
      const a = r.data.artikelen.find((x) => x.id === c.plaats);
      if (a) e.s[a.id] = a.titel;
      continue;
    }
    const x = externe.find((y) => y.id === c.bron);
    if (x)
      idx.extern[x.id] = { t: x.data.titel, u: x.data.url, ...(x.data.artikelUrl ? { a: x.data.artikelUrl } : {}) };
  }
  return idx;
}

/** A citation resolved against the knowledge base, ready to show. */
export interface CitationView {
  href: string;
  /** the source's short title */
  bron: string;
  /** the place: section title or free text */
  plaats?: string;
  detail?: string;
  citaat?: string;
  extern: boolean;
}

/**
 * Resolve a citation with an index: a source document's section or a
 * regeling's article (title, anchor), or a public source (its URL, at the
 * article its place names). Undefined when the index lacks the source.
 */
export function resolveCitation(c: Citation, idx: CiteIndex): CitationView | undefined {
  const b = idx.bronnen[c.bron];
  if (b) {
    const deel = c.plaats ? b.d?.[c.plaats] : undefined;
    const href = b.h ? `${b.h}${c.plaats ? `#${c.plaats}` : ''}` : sourceHref(c.bron, deel, deel && c.plaats);
    const plaats = (c.plaats && b.s[c.plaats]) || c.plaats;
    return { href, bron: b.t, plaats, detail: c.detail, citaat: c.citaat, extern: false };
  }
  const x = idx.extern[c.bron];
  if (!x) return undefined;
  const href = (x.a && artikelHref(x.a, c.plaats)) || x.u;
  return { href, bron: x.t, plaats: c.plaats, detail: c.detail, citaat: c.citaat, extern: true };
}

/** Resolve a citation against the knowledge base's sources. Throws on an unknown source. */
export function citationView(
  c: Citation,
  bronnen: Entry<Bron>[],
  externe: Entry<ExterneBron>[],
  regelingen: Entry<Regeling>[] = [],
): CitationView {
  const v = resolveCitation(c, citeIndex([c], bronnen, externe, regelingen));
  if (!v) throw new Error(`Onbekende bron "${c.bron}"`);
  return v;
}

/** A resolved citation as one link: its href and its text ("source, place (detail)"). */
export const citationLink = (v: CitationView): { href: string; tekst: string } => ({
  href: v.href,
  tekst: citationText(v.bron, v),
});

/**
 * The links of a list of citations, each place once: citations of the same place that differ only in
 * their detail ("11.1", "11.1 sub a") become one link that names every detail, in the list's order.
 */
export function citeLinks(list: Citation[], idx: CiteIndex): { href: string; tekst: string }[] {
  const groups = new Map<string, { c: Citation; details: string[] }>();
  for (const c of uniqueCitations(list)) {
    const k = citeKey({ ...c, detail: undefined, citaat: undefined });
    const g = groups.get(k) ?? groups.set(k, { c: { ...c, detail: undefined }, details: [] }).get(k);
    if (g && c.detail && !g.details.includes(c.detail)) g.details.push(c.detail);
  }
  return [...groups.values()].map(({ c, details }) => citeLink({ ...c, detail: details.join(', ') || undefined }, idx));
}

/** The link of a citation, by the index; a source the index lacks links to the list of sources. */
export function citeLink(c: Citation, idx: CiteIndex): { href: string; tekst: string } {
  const v = resolveCitation(c, idx);
  return v ? citationLink(v) : { href: '/bronnen/', tekst: c.bron };
}
