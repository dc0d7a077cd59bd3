/**
 * Build-time access to the calculators' rules for the /rekenhulp/ pages:
 * from the one content loader (already checked against the knowledge base),
 * plus a link for every citation in them.
 */
import { getContent } from './kb.ts';
import { allCitations } from './references.ts';
import { citationLink, citationView, citeKey } from '../lib/cite.ts';
import type { CalcRules } from './calc.ts';
import type { CiteMap } from '../calc/render.ts';

let cached: (CalcRules & { cites: CiteMap }) | undefined;

export async function rekenregels(): Promise<CalcRules & { cites: CiteMap }> {
  if (cached) return cached;
  const { kb, uittreding, kostenverdeling, kosten, procedures, agenda } = getContent();
  const cites: CiteMap = {};
  for (const c of allCitations([uittreding, kostenverdeling, kosten, procedures, agenda]))
    cites[citeKey(c)] = citationLink(citationView(c, kb.bronnen, kb.externeBronnen));
  cached = { uittreding, kostenverdeling, kosten, procedures, agenda, cites };
  return cached;
}
