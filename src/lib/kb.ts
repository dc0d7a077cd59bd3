/**
 * The knowledge base as the pages see it: Astro's validated collections,
 * turned into the plain KnowledgeBase shape and cross-checked once. Any
 * broken reference stops the build with the file and field named.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry, KnowledgeBase } from './types.ts';
import { checkReferences } from './references.ts';
import type { RegelBestand } from '../engine/schema.ts';
import { checkRules } from '../engine/check.ts';

export const contentRoot = (process.env.SWW_CONTENT_DIR ?? './content').replace(/\/$/, '');

async function entries<T>(key: CollectionKey): Promise<Entry<T>[]> {
  const list = await getCollection(key);
  return list
    .map((e) => ({ id: e.id, file: (e as { filePath?: string }).filePath ?? `${key}/${e.id}`, data: e.data as T }))
    .sort((a, b) => a.id.localeCompare(b.id, 'nl'));
}

let cached: Promise<KnowledgeBase> | undefined;

export function getKB(): Promise<KnowledgeBase> {
  cached ??= load();
  return cached;
}

/** The text of a source document, as lines. */
export function sourceLines(tekstbestand: string): string[] {
  return readFileSync(join(contentRoot, 'bronnen', 'tekst', tekstbestand), 'utf8').split('\n');
}

async function load(): Promise<KnowledgeBase> {
  const kb: Omit<KnowledgeBase, 'tekstRegels'> = {
    bronnen: await entries('bronnen'),
    externeBronnen: await entries('externeBronnen'),
    vormen: await entries('vormen'),
    belemmeringen: await entries('belemmeringen'),
    casussen: await entries('casussen'),
    organisaties: await entries('organisaties'),
    begrippen: await entries('begrippen'),
  };
  const tekstRegels: Record<string, number> = {};
  for (const b of kb.bronnen) {
    const p = join(contentRoot, 'bronnen', 'tekst', b.data.tekstbestand);
    if (existsSync(p)) tekstRegels[b.id] = readFileSync(p, 'utf8').split('\n').length;
  }
  const full = { ...kb, tekstRegels };
  full.vormen.sort((a, b) => a.data.volgorde - b.data.volgorde);
  full.belemmeringen.sort((a, b) => a.data.volgorde - b.data.volgorde);
  const problems = checkReferences(full);
  if (problems.length)
    throw new Error(`Ongeldige verwijzingen in de inhoud (${problems.length}):\n- ${problems.join('\n- ')}`);
  return full;
}

let regelsCache: Promise<{ id: string; file: string; data: RegelBestand }[]> | undefined;

/** The rule files of the rules engine, checked against the knowledge base (unknown form, obstacle, fact, source). */
export function getRegels(): Promise<{ id: string; file: string; data: RegelBestand }[]> {
  regelsCache ??= (async () => {
    const kb = await getKB();
    const list = await entries<RegelBestand>('regels');
    const problems = checkRules(list, kb);
    if (problems.length) throw new Error(`Ongeldige regels (${problems.length}):\n- ${problems.join('\n- ')}`);
    return list;
  })();
  return regelsCache;
}
