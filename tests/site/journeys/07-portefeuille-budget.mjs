// Portfolio pages within the reading budget (14 KiB of gzip HTML), and there is at least one.
import { portefeuillePaginas, PORTEFEUILLE_BUDGET } from '../lib/portefeuille-budget.mjs';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';

export default {
  name: 'budget: portfolio pages (HTML gzip per page)',
  async run() {
    const { pages, largest, over } = portefeuillePaginas(DIST);
    if (pages.length === 0) fail('no portfolio page in dist/ (expected /portefeuille/<gemeente>/)');
    if (over.length)
      fail(
        `${over.length} portfolio page(s) over ${PORTEFEUILLE_BUDGET / 1024} KiB gzip: ${over
          .slice(0, 5)
          .map((p) => `${p.path} ${(p.gz / 1024).toFixed(1)} KiB`)
          .join(', ')}`,
      );
    return `${pages.length} portfolio pages, largest ${largest.path} ${(largest.gz / 1024).toFixed(1)} KiB gzip (≤ ${PORTEFEUILLE_BUDGET / 1024} KiB)`;
  },
};
