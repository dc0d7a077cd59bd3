// Budgets of what grows with content or with combinations, checked on the built site:
// the whole of dist/, the number of explorer pages, and the largest explorer page.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';
export const BUDGET = {
  /**
   * the whole built site, bytes: 43 MB today, of which the explorer holds most (its pages per goal and
   * per combination of goals, and their memo files, 1.8 MB of deflated .docx, which a plain static host needs)
   */
  dist: 50 * 1024 * 1024,
  /** static explorer pages (steps and outcomes); the build itself also stops above PAGINA_BUDGET */
  explorerPages: 1000,
  /**
   * HTML of one explorer page, bytes. The largest is the motion page (about 153 KB, some 30 KB gzip):
   * the outcome for its five goals with every route's cited decision chain, the law's moments and the
   * glossary links of its first mentions.
   */
  explorerPage: 160 * 1024,
};

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

export default {
  name: 'budgets: dist/ size, number of explorer pages, largest explorer page',
  async run() {
    const all = files(DIST);
    const total = all.reduce((n, f) => n + statSync(f).size, 0);
    const explorer = all.filter((f) => f.startsWith(join(DIST, 'verkenner')) && f.endsWith('.html'));
    const largest = explorer.map((f) => [f, statSync(f).size]).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const problems = [];
    if (total > BUDGET.dist) problems.push(`dist/ is ${mb(total)}, over the budget of ${mb(BUDGET.dist)}`);
    if (explorer.length > BUDGET.explorerPages)
      problems.push(`${explorer.length} explorer pages, over the budget of ${BUDGET.explorerPages}`);
    if (largest[1] > BUDGET.explorerPage)
      problems.push(
        `${largest[0]} is ${Math.round(largest[1] / 1024)} KB, over the budget of ${BUDGET.explorerPage / 1024} KB`,
      );
    if (problems.length) fail(problems.join('; '));
    return `dist ${mb(total)} (≤ ${mb(BUDGET.dist)}), ${explorer.length} explorer pages (≤ ${BUDGET.explorerPages}), largest ${Math.round(largest[1] / 1024)} KB (≤ ${BUDGET.explorerPage / 1024} KB)`;
  },
};
