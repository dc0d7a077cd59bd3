/**
 * Citation → link, the one home: where a citation points and how it reads.
 * Pure (plain data in, strings out), so build-time views, the calculators'
 * HTML and the explorer's renderer in the browser all write the same link.
 */
import type { Bron, Citation, ExterneBron } from '../schemas/index.ts';
import type { Entry } from '../schemas/types.ts';

/** The page of a source document, at the anchor of the cited section: "/bronnen/king-2015/#h3-2". */
export const sourceHref = (bron: string, plaats?: string): string => `/bronnen/${bron}/${plaats ? `#${plaats}` : ''}`;

/** How a citation reads: "<source title>, <place> (<detail>)". `plaats` is the section title or the free-text place. */
export const citationText = (bronTitel: string, c: { plaats?: string; detail?: string }): string =>
  `${bronTitel}${c.plaats ? `, ${c.plaats}` : ''}${c.detail ? ` (${c.detail})` : ''}`;

/** The article a place names: "art. 10:4 lid 1" → "10:4", "art. 9 en 11a" → "9", "artikel 37" → "37". */
export function artikelVan(plaats: string | undefined): string | undefined {
  const m = /^\s*(?:art\.?|artikel)\s*(\d+[a-z]?(?::\d+[a-z]?)?)/i.exec(plaats ?? '');
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

/** Resolve a citation: a source document's section (title, anchor) or a public source (its URL). Throws on an unknown source. */
export function citationView(c: Citation, bronnen: Entry<Bron>[], externe: Entry<ExterneBron>[]): CitationView {
  const b = bronnen.find((x) => x.id === c.bron);
  if (b) {
    const s = b.data.secties.find((x) => x.id === c.plaats);
    return {
      href: sourceHref(b.id, c.plaats),
      bron: b.data.korteTitel,
      plaats: s?.titel ?? c.plaats,
      detail: c.detail,
      citaat: c.citaat,
      extern: false,
    };
  }
  const e = externe.find((x) => x.id === c.bron);
  if (!e) throw new Error(`Onbekende bron "${c.bron}"`);
  const href = (e.data.artikelUrl && artikelHref(e.data.artikelUrl, c.plaats)) || e.data.url;
  return { href, bron: e.data.titel, plaats: c.plaats, detail: c.detail, citaat: c.citaat, extern: true };
}

/** A resolved citation as one link: its href and its text ("source, place (detail)"). */
export const citationLink = (v: CitationView): { href: string; tekst: string } => ({
  href: v.href,
  tekst: citationText(v.bron, v),
});
