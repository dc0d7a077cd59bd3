/** Loads the explorer's data through the site's collections, once per build (static pages, memo files, /verkenner/data.json). */
import { getContent } from './kb.ts';
import type { VerkennerInhoud } from './explorer.ts';
import { buildData } from './explorer-data.ts';
import type { VerkennerData } from '../explorer/outcome.ts';

let cache: Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> | undefined;

export function verkennerData(): Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> {
  cache ??= (async () => {
    // the one loader has read and checked content/verkenner/ with the rest of content/
    const { kb, regels, verkenner: inhoud } = getContent();
    return { data: buildData(kb, regels, inhoud), inhoud };
  })();
  return cache;
}
