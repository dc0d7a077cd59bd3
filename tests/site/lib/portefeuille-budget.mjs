// The reading budget of the portfolio pages: the HTML of every /portefeuille/<gemeente>/ page and of
// every /organisaties/<gemeente>/ page that shows a portfolio, gzip level 9, at most 14 KiB (the goal
// of HTML within one round trip, docs/design.md). Shared by the site check and the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PORTEFEUILLE_BUDGET = 14 * 1024;

/** Every portfolio page under `dist` with its gzip size; `over` are those above the budget. */
export function portefeuillePaginas(dist) {
  const pages = [];
  const dir = join(dist, 'portefeuille');
  if (existsSync(dir))
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory()) pages.push([`/portefeuille/${d.name}/`, join(dir, d.name, 'index.html')]);
  const orgs = join(dist, 'organisaties');
  if (existsSync(orgs))
    for (const d of readdirSync(orgs, { withFileTypes: true })) {
      const f = join(orgs, d.name, 'index.html');
      if (d.isDirectory() && existsSync(f) && readFileSync(f, 'utf8').includes('id="portefeuille-kop"'))
        pages.push([`/organisaties/${d.name}/`, f]);
    }
  const sized = pages
    .filter(([, f]) => existsSync(f))
    .map(([path, f]) => ({ path, gz: gzipSync(readFileSync(f), { level: 9 }).length }));
  sized.sort((a, b) => b.gz - a.gz);
  return { pages: sized, largest: sized[0], over: sized.filter((p) => p.gz > PORTEFEUILLE_BUDGET) };
}
