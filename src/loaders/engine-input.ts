/**
 * The engine's input (knowledge base and rule files) from the one content
 * loader (./load-content.ts), for tests, scripts and the bench. The site
 * gets the same data through ./kb.ts. (Lives in src/lib, not src/engine:
 * the engine itself reads no files.)
 */
import { join } from 'node:path';
import { loadContent } from './load-content.ts';
import { readRaw } from './read-content.ts';
import { ContentError } from '../lib/errors.ts';
import { entryFolders } from './registry.ts';
import type { Entry, KnowledgeBase } from '../schemas/types.ts';
import type { RuweRegelBestand } from './check-rules.ts';
import type { RegelBestand } from '../schemas/engine.ts';

export interface EngineInput {
  kb: KnowledgeBase;
  regels: Entry<RegelBestand>[];
}

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
