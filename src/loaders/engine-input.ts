/**
 * The engine's input (knowledge base and rule files) from the one content
 * loader (./load-content.ts), for tests, scripts and the bench. The site
 * gets the same data through ./kb.ts. (Lives in src/lib, not src/engine:
 * the engine itself reads no files.)
 */
import { join } from 'node:path';
import { loadContent } from './load-content.ts';
import type { Entry, KnowledgeBase } from '../schemas/types.ts';
import type { RegelBestand } from '../schemas/engine.ts';

export interface EngineInput {
  kb: KnowledgeBase;
  regels: Entry<RegelBestand>[];
}

/** Load ALL of content/ under `root` and return what the engine needs; throws a ContentError naming every problem. */
export function loadEngineInput(root = process.cwd()): EngineInput {
  const { kb, regels } = loadContent(join(root, 'content'));
  return { kb, regels };
}
