/**
 * The seam between the one content loader and Astro's content layer: a
 * loader that validates ALL of content/ (./load-content.ts) before it runs
 * the collection's own loader, so any content problem fails `astro build`.
 */
import type { Loader } from 'astro/loaders';
import { loadContent } from './load-content.ts';

/** Wrap `inner`: first check everything under `contentDir` (throws a ContentError naming file and field), then load. */
export function validatedLoader(contentDir: string, inner: Loader): Loader {
  return {
    name: 'sww-gevalideerd',
    load: async (ctx) => {
      loadContent(contentDir);
      await inner.load(ctx);
    },
  };
}
