/**
 * Node-only loading of the rule files (content/regels/*.yaml), for tests,
 * scripts and the bench. The site loads them through Astro's content layer
 * (collection `regels`, schema `regel`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, loadKnowledgeBase, readData } from '../lib/load-content.ts';
import type { KnowledgeBase } from '../lib/types.ts';
import { checkRules, type RuweRegelBestand } from './check.ts';
import type { RegelBestand } from './schema.ts';
import { regelBestand } from './schema.ts';

export function leesRegelBestanden(root = process.cwd()): RuweRegelBestand[] {
  const dir = join(root, 'content', 'regels');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), file: relative(root, join(dir, f)), data: readData(join(dir, f)).data }));
}

export interface EngineInvoer {
  kb: KnowledgeBase;
  regels: { id: string; file: string; data: RegelBestand }[];
}

/** Load the knowledge base and the rules, check them, and throw a ContentError naming every problem. */
export function laadEngineInvoer(root = process.cwd()): EngineInvoer {
  const kb = loadKnowledgeBase(root);
  const ruw = leesRegelBestanden(root);
  const problemen = checkRules(ruw, kb);
  if (problemen.length) throw new ContentError(problemen);
  return { kb, regels: ruw.map((r) => ({ id: r.id, file: r.file ?? r.id, data: regelBestand.parse(r.data) })) };
}
