// Runs Pagefind over the built site as the last build step. A Pagefind error fails the build.
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'samenwerkingswijzer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind-fouten: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind vond geen pagina’s om te indexeren');
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length)
          throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind: ${added.page_count} pagina’s geïndexeerd`);
      },
    },
  };
}
