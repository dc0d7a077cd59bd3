/**
 * Astro's content layer. The site reads its content through the one loader
 * (src/loaders/load-content.ts, via src/loaders/kb.ts); Astro keeps one collection,
 * `vormen`, only to render the MDX bodies of the forms. Before that
 * collection loads, the one loader checks ALL of content/ (schemas,
 * duplicate ids, unknown folders, cross-references, rules, explorer,
 * calculators): any problem fails `astro build` (and `astro dev`'s sync)
 * with every file and field named.
 * SITE_CONTENT_DIR points the build at another content folder (benchmarks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { vorm } from './schemas/index.ts';
import { contentRoot } from './loaders/env.ts';
import { validatedLoader } from './loaders/content-layer.ts';

const root = contentRoot();

export const collections = {
  vormen: defineCollection({
    loader: validatedLoader(root, glob({ pattern: '*.{md,mdx}', base: `${root}/vormen` })),
    schema: vorm,
  }),
};
