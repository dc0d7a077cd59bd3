/** Loads the explorer's data through the site's collections, once per build (static pages, memo files, /verkenner/data.json). */
import { getKB, getRegels, contentRoot } from '../lib/kb.ts';
import { laadVerkenner, type VerkennerInhoud } from './load.ts';
import { bouwData } from './data.ts';
import type { VerkennerData } from './outcome.ts';

export { bouwDatum, motieAntwoorden } from './data.ts';

let cache: Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> | undefined;

export function verkennerData(): Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> {
  cache ??= (async () => {
    const kb = await getKB();
    const regels = await getRegels();
    const inhoud = laadVerkenner(contentRoot, kb);
    return { data: bouwData(kb, regels, inhoud), inhoud };
  })();
  return cache;
}
