/**
 * Plain data types of the content, inferred from the schemas (via the
 * registry in ./registry.ts), never written by hand beside them.
 */
import type { Thema } from './index.ts';
import type { Weergave } from './engine-constants.ts';
import type { EntryData, kbKeys } from '../loaders/registry.ts';

/** One validated content entry: its id (the file name without extension), its file and its data. */
export interface Entry<T> {
  id: string;
  /** path of the file relative to the project root, for error messages */
  file: string;
  data: T;
}

/** The collections of the knowledge base proper. */
export type KbKey = (typeof kbKeys)[number];

/** The whole knowledge base as plain data: each collection typed by its folder's schema. */
export type KnowledgeBase = { [K in KbKey]: Entry<EntryData<K>>[] } & {
  /** number of lines of each source document's text, by source id */
  tekstRegels: Record<string, number>;
};

/** The engine's result as a matrix of forms × obstacles (the heatmap's input). Plain data. */
export interface ErnstMatrix {
  vormen: { id: string; titel: string }[];
  belemmeringen: { id: string; titel: string; thema: Thema }[];
  /** `ernst` is the severity, or 'onzeker' when only an unsettled rule would apply (no points) */
  cellen: { vorm: string; belemmering: string; ernst: Weergave; reden?: string }[];
}
