/**
 * Astro content collections over the top-level content/ folder. The schemas
 * are the plain zod schemas of src/schemas (shared with the unit tests);
 * cross-references are checked in src/lib/kb.ts when the pages load them.
 * SWW_CONTENT_DIR points the build at another content folder (benchmarks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as S from './schemas/index.ts';
import { regel } from './engine/schema.ts';

const root = (process.env.SWW_CONTENT_DIR ?? './content').replace(/\/$/, '');
const yaml = (dir: string) => glob({ pattern: '*.{yaml,yml}', base: `${root}/${dir}` });

export const collections = {
  bronnen: defineCollection({ loader: yaml('bronnen'), schema: S.bron }),
  externeBronnen: defineCollection({ loader: yaml('externe-bronnen'), schema: S.externeBron }),
  vormen: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${root}/vormen` }), schema: S.vorm }),
  belemmeringen: defineCollection({ loader: yaml('belemmeringen'), schema: S.belemmering }),
  casussen: defineCollection({ loader: yaml('casussen'), schema: S.casus }),
  organisaties: defineCollection({ loader: yaml('organisaties'), schema: S.organisatie }),
  begrippen: defineCollection({ loader: yaml('begrippen'), schema: S.begrip }),
  /** rule files of the rules engine: one file per KING obstacle */
  regels: defineCollection({ loader: yaml('regels'), schema: regel }),
};
