/**
 * The content as the pages see it: the one loader (./load-content.ts) over
 * $SITE_CONTENT_DIR or ./content, loaded and checked once per build. Any
 * problem anywhere in content/ stops the build with the file and field named
 * (the content layer in src/content.config.ts runs the same check first).
 * In `astro dev` the content is re-read whenever a file under it changed, so
 * edits show up on the next page load.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type Content } from './load-content.ts';
import { contentRoot } from './env.ts';
import type { Entry, KnowledgeBase } from '../schemas/types.ts';
import type { RegelBestand } from '../schemas/engine.ts';

/** The content folder, as given (relative paths stay relative). */

let cached: Content | undefined;
let cachedStamp = '';

/** Names, sizes and change times of every file under `dir`: changes when any content file does. */
function stamp(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const p = join(d.parentPath, d.name);
      const st = statSync(p);
      return `${p}:${st.size}:${st.mtimeMs}`;
    })
    .sort()
    .join('|');
}

/** Everything under content/, validated. Throws a ContentError naming every problem. */
export function getContent(): Content {
  const dir = contentRoot();
  if (import.meta.env?.MODE === 'development') {
    const now = stamp(dir);
    if (now !== cachedStamp) cached = undefined;
    cachedStamp = now;
  }
  cached ??= loadContent(dir);
  return cached;
}

export async function getKB(): Promise<KnowledgeBase> {
  return getContent().kb;
}

/** The rule files of the rules engine, checked against the knowledge base (unknown form, obstacle, fact, source). */
export async function getRegels(): Promise<Entry<RegelBestand>[]> {
  return getContent().regels;
}

/** The text of a source document, as lines. */
export function sourceLines(tekstbestand: string): string[] {
  return readFileSync(join(contentRoot(), 'bronnen', 'tekst', tekstbestand), 'utf8').split('\n');
}
