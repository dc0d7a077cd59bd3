/** The explorer's real data, assembled by the same pure function the build uses (no astro:content). */
import { loadKnowledgeBase } from '../../src/loaders/load-content.ts';
import { loadEngineInput as laadEngineInvoer } from '../../src/loaders/engine-input.ts';
import { laadVerkenner } from '../../src/loaders/explorer.ts';
import { bouwData } from '../../src/loaders/explorer-data.ts';

export const kb = loadKnowledgeBase();
export const { regels } = laadEngineInvoer();
export const inhoud = laadVerkenner('content', kb);
export const data = bouwData(kb, regels, inhoud);
