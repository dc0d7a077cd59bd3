import type {
  Begrip,
  Belemmering,
  Bron,
  Casus,
  ExterneBron,
  Organisatie,
  Thema,
  Vorm,
} from '../schemas/index.ts';
import type { Ernst } from '../engine/schema.ts';

/** One validated content entry: its id (the file name without extension), its file and its data. */
export interface Entry<T> {
  id: string;
  /** path of the file relative to the project root, for error messages */
  file: string;
  data: T;
}

/** The whole knowledge base as plain data. */
export interface KnowledgeBase {
  bronnen: Entry<Bron>[];
  externeBronnen: Entry<ExterneBron>[];
  vormen: Entry<Vorm>[];
  belemmeringen: Entry<Belemmering>[];
  casussen: Entry<Casus>[];
  organisaties: Entry<Organisatie>[];
  begrippen: Entry<Begrip>[];
  /** number of lines of each source document's text, by source id */
  tekstRegels: Record<string, number>;
}

/** The engine's result as a matrix of forms × obstacles (the heatmap's input). Plain data. */
export interface ErnstMatrix {
  vormen: { id: string; titel: string }[];
  belemmeringen: { id: string; titel: string; thema: Thema }[];
  cellen: { vorm: string; belemmering: string; ernst: Ernst; reden?: string }[];
}
