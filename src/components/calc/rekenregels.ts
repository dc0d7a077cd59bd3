/**
 * Build-time access to the calculators' rules for the /rekenhulp/ pages:
 * loaded with the plain loader of src/calc/laden.ts and checked against the
 * same knowledge base the pages use, plus a link for every citation in them.
 */
import { dirname, resolve } from 'node:path';
import { getKB, contentRoot } from '../../lib/kb.ts';
import { allCitations, buildIndex } from '../../lib/references.ts';
import { citationLink, citationView, citeKey } from '../../lib/cite.ts';
import { laadRekenregels, type Rekenregels } from '../../calc/laden.ts';
import type { CiteMap } from '../../calc/weergave.ts';

let cached: Promise<Rekenregels & { cites: CiteMap }> | undefined;

export function rekenregels(): Promise<Rekenregels & { cites: CiteMap }> {
  cached ??= (async () => {
    const kb = await getKB();
    const regels = laadRekenregels(dirname(resolve(contentRoot)), buildIndex(kb));
    const cites: CiteMap = {};
    for (const c of allCitations(regels)) {
      cites[citeKey(c)] = citationLink(citationView(c, kb.bronnen, kb.externeBronnen));
    }
    return { ...regels, cites };
  })();
  return cached;
}
