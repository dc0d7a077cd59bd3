// Page weight: HTML, CSS and JS a page requests on load, raw and gzip.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PAGE_TYPES, results, log, gz } from './common.mjs';

// ------------------------------------------------------------------ page weights
export async function pageWeights(browser, base) {
  log('\n== page weight (HTML + CSS + JS requested on load) ==');
  for (const [type, path] of PAGE_TYPES) {
    const file = join(DIST, path, 'index.html');
    if (!existsSync(file)) {
      results.pages.push({ type, path, exists: false });
      continue;
    }
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const reqs = [];
    page.on('request', (r) => reqs.push({ url: r.url(), type: r.resourceType() }));
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await ctx.close();
    const sum = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
    const files = { css: [], js: [], other: [] };
    for (const r of reqs) {
      const u = new URL(r.url);
      if (u.origin !== base) continue;
      let f = join(DIST, decodeURIComponent(u.pathname));
      if (u.pathname.endsWith('/')) f = join(f, 'index.html');
      if (!existsSync(f) || statSync(f).isDirectory()) continue;
      const buf = readFileSync(f);
      const k = r.type === 'document' ? 'html' : r.type === 'stylesheet' ? 'css' : r.type === 'script' ? 'js' : 'other';
      sum[k][0] += buf.length;
      sum[k][1] += gz(buf);
      if (k !== 'html') files[k].push(u.pathname);
    }
    const p = {
      type,
      path,
      exists: true,
      html: sum.html[0],
      htmlGz: sum.html[1],
      css: sum.css[0],
      cssGz: sum.css[1],
      js: sum.js[0],
      jsGz: sum.js[1],
      other: sum.other[0],
      files,
    };
    results.pages.push(p);
  }
}
