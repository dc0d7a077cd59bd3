/** Build-time view helpers shared by pages: citations and glossary links. */
import { citationView, uniqueCitations, type CitationView } from '../lib/cite.ts';
import type { Citation } from '../schemas/index.ts';
import { getKB } from './kb.ts';

import { termLinks, type TermLink } from '../lib/text.ts';

export async function citationViews(list: Citation[]): Promise<CitationView[]> {
  const kb = await getKB();
  return uniqueCitations(list).map((c) => citationView(c, kb.bronnen, kb.externeBronnen, kb.regelingen));
}

let terms: TermLink[] | undefined;
export async function glossaryTerms(): Promise<TermLink[]> {
  if (terms) return terms;
  const kb = await getKB();
  terms = termLinks(kb.begrippen);
  return terms;
}
