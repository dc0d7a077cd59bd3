// Search: Pagefind's JavaScript API in Chromium, cold (fresh context per query) and warm.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../tests/site/lib/files.mjs';
import { DIST, results, log, dirBytes } from './common.mjs';

const QUERIES = ['OIN', 'uittreden', 'gastheer', 'Borne', 'DigiD audit'];

export async function searchBench(browser, base) {
  log('\n== search (Pagefind JS API, cold: fresh browser context per query) ==');
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    results.search = { error: 'dist/pagefind/pagefind.js missing' };
    return;
  }
  // a page of the site without scripts of its own, so that its CSP applies and nothing else fetches the index
  const host = ['/colofon/', '/vormen/', '/'].find((p) => existsSync(join(DIST, p, 'index.html')));
  const out = {
    host,
    indexBytes: dirBytes(join(DIST, 'pagefind')),
    indexFiles: walk(join(DIST, 'pagefind')).length,
    queries: [],
  };
  for (const q of QUERIES) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    let bytes = 0;
    let n = 0;
    page.on('requestfinished', (r) => {
      const u = new URL(r.url());
      if (u.origin === base && u.pathname.startsWith('/pagefind/')) {
        const f = join(DIST, decodeURIComponent(u.pathname));
        if (existsSync(f)) {
          bytes += statSync(f).size;
          n++;
        }
      }
    });
    await page.goto(base + host, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    bytes = 0;
    n = 0;
    const r = await page
      .evaluate(async (query) => {
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        await pf.init?.();
        const res = await pf.search(query);
        const first = res.results[0] ? await res.results[0].data() : null;
        const cold = performance.now() - t0;
        const t1 = performance.now();
        const res2 = await pf.search(query);
        if (res2.results[0]) await res2.results[0].data();
        const warm = performance.now() - t1;
        return {
          count: res.results.length,
          firstUrl: first?.url ?? null,
          firstTitle: first?.meta?.title ?? null,
          coldMs: cold,
          warmMs: warm,
        };
      }, q)
      .catch((e) => ({ error: e.message.split('\n')[0] }));
    await page.waitForTimeout(100);
    await ctx.close();
    out.queries.push({
      query: q,
      ...r,
      coldMs: r.coldMs && +r.coldMs.toFixed(0),
      warmMs: r.warmMs && +r.warmMs.toFixed(1),
      bytesFetched: bytes,
      filesFetched: n,
    });
  }
  results.search = out;
}
