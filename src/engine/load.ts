/**
 * Node-only loading of the rule files (content/regels/*.yaml), for tests,
 * scripts and the bench. The site loads them through Astro's content layer
 * (collection `regels`, schema `regel`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, ContentError, loadKnowledgeBase, parseEntry, readData } from '../lib/load-content.ts';
import { checkReferences } from '../lib/references.ts';
import type { Entry } from '../lib/types.ts';
import type { z } from 'astro/zod';
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

/** Problems the engine does not depend on: in, or links to, glossary terms, organisations and cases. */
const nietVoorMotor = /^content\/(begrippen|organisaties|casussen)\/|onbekend begrip|onbekende organisatie|onbekende casus/;

/**
 * The knowledge base for the engine. Uses loadKnowledgeBase(); if that fails
 * only on references the engine never reads (glossary terms, organisations,
 * cases: other collections still being written), it loads the same files the
 * same way and returns them with those problems listed in `overgeslagen`.
 * Any other problem (a form, obstacle, source or section) is thrown.
 */
export function laadKennisbankVoorMotor(root = process.cwd()): { kb: KnowledgeBase; overgeslagen: string[] } {
  try {
    return { kb: loadKnowledgeBase(root), overgeslagen: [] };
  } catch (e) {
    if (!(e instanceof ContentError) || e.problems.some((p) => !nietVoorMotor.test(p))) throw e;
    const problems: string[] = [];
    const out: Record<string, Entry<unknown>[]> = {};
    for (const [key, { dir, schema }] of Object.entries(collections)) {
      const full = join(root, 'content', dir);
      const files = existsSync(full) ? readdirSync(full).filter((f) => /\.(ya?ml|mdx?)$/.test(f)).sort() : [];
      out[key] = [];
      for (const f of files) {
        const en = parseEntry(root, join(full, f), schema as z.ZodType<unknown>, problems);
        if (en) out[key].push(en);
      }
    }
    const kb = { ...(out as unknown as Omit<KnowledgeBase, 'tekstRegels'>), tekstRegels: {} } as KnowledgeBase;
    const alle = [...problems, ...checkReferences(kb).filter((p) => !/tekstbestand|ligt na het einde/.test(p))];
    const echt = alle.filter((p) => !nietVoorMotor.test(p));
    if (echt.length) throw new ContentError(echt);
    return { kb, overgeslagen: e.problems };
  }
}

/** Load the knowledge base and the rules, check them, and throw a ContentError naming every problem. */
export function laadEngineInvoer(root = process.cwd()): EngineInvoer & { overgeslagen: string[] } {
  const { kb, overgeslagen } = laadKennisbankVoorMotor(root);
  const ruw = leesRegelBestanden(root);
  const problemen = checkRules(ruw, kb);
  if (problemen.length) throw new ContentError(problemen);
  return { kb, overgeslagen, regels: ruw.map((r) => ({ id: r.id, file: r.file ?? r.id, data: regelBestand.parse(r.data) })) };
}
