/** Build-time view helpers shared by pages: citations and glossary links. */
import { citationView, uniqueCitations, type CitationView } from '../lib/cite.ts';
import type { Citation } from '../schemas/index.ts';
import { getKB } from './kb.ts';

import type { TermLink } from '../lib/text.ts';

export async function citationViews(list: Citation[]): Promise<CitationView[]> {
  const kb = await getKB();
  return uniqueCitations(list).map((c) => citationView(c, kb.bronnen, kb.externeBronnen, kb.regelingen));
}

let terms: TermLink[] | undefined;
export async function glossaryTerms(): Promise<TermLink[]> {
  if (terms) return terms;
  const kb = await getKB();
  // "Gemeenschappelijke regeling (GR)" links both "Gemeenschappelijke regeling" and "GR"
  const split = (t: string) => {
    const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(t);
    return m ? [m[1], m[2]] : [t];
  };
  terms = kb.begrippen.map((b) => ({
    // common-word synonyms (e.g. "samenwerking") would link everywhere: only abbreviations
    woorden: [
      ...split(b.data.term),
      ...(b.data.voluit ? [b.data.voluit] : []),
      ...b.data.synoniemen.filter((w) => /^[A-Z0-9-]{2,8}$/.test(w)),
    ],
    href: `/begrippen/${b.id}/`,
    titel: b.data.voluit ? `${b.data.term}: ${b.data.voluit}` : b.data.term,
  }));
  return terms;
}
