/**
 * The engine's input (knowledge base and rule files) from the one content
 * loader (src/lib/load-content.ts), for tests, scripts and the bench. The
 * site gets the same data through src/lib/kb.ts.
 */
import { join } from 'node:path';
import { loadContent } from '../lib/load-content.ts';
import { readRaw } from '../lib/read-content.ts';
import { ContentError } from '../lib/errors.ts';
import { entryFolders } from '../lib/registry.ts';
import type { Entry, KnowledgeBase } from '../lib/types.ts';
import type { RuweRegelBestand } from './check.ts';
import type { RegelBestand } from './schema.ts';

export interface EngineInput {
  kb: KnowledgeBase;
  regels: Entry<RegelBestand>[];
}
/** Dutch name of EngineInput, kept for existing importers. */
export type EngineInvoer = EngineInput;

/** The rule files of the project at `root` as read from disk (not validated), for checkRules(). */
export function readRuleFiles(root = process.cwd()): RuweRegelBestand[] {
  const problems: string[] = [];
  const out = readRaw(join(root, 'content'), entryFolders.regels, problems);
  if (problems.length) throw new ContentError(problems);
  return out;
}

/** Load ALL of content/ under `root` and return what the engine needs; throws a ContentError naming every problem. */
export function loadEngineInput(root = process.cwd()): EngineInput {
  const { kb, regels } = loadContent(join(root, 'content'));
  return { kb, regels };
}

// Dutch names kept for the tests that still import them
export { readRuleFiles as leesRegelBestanden, loadEngineInput as laadEngineInvoer };
