/** The explorer's real data, assembled by the same pure function the build uses (no astro:content). */
import { loadKnowledgeBase } from '../../src/loaders/load-content.ts';
import { loadEngineInput as laadEngineInvoer } from '../../src/loaders/engine-input.ts';
import { loadVerkenner } from '../../src/loaders/explorer.ts';
import { buildData } from '../../src/loaders/explorer-data.ts';

export const kb = loadKnowledgeBase();
export const { regels } = laadEngineInvoer();
export const inhoud = loadVerkenner('content', kb);
export const data = buildData(kb, regels, inhoud);
