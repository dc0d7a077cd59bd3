// The reading budget: every reading page (forms and instruments, obstacles, cases, organisations,
// terms, sources) arrives with its HTML and CSS within 14 KB gzip, so that its first screen can
// render after one round trip on a slow phone connection.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';
export const READING_BUDGET = 14 * 1024;
export const READING_SECTIONS = ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen', 'bronnen'];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** gzip bytes of a page's HTML plus every stylesheet it links (each counted once per page) */
export function pageWeight(dist, file) {
  const html = readFileSync(file);
  const css = [...new Set([...html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]))];
  const cssBytes = css.reduce((n, href) => {
    const f = join(dist, href.replace(/^\//, ''));
    return n + (existsSync(f) ? gz(readFileSync(f)) : 0);
  }, 0);
  return { html: gz(html), css: cssBytes, total: gz(html) + cssBytes };
}

export default {
  name: 'reading budget: HTML + CSS of every reading page within 14 KB gzip',
  async run() {
    const rows = [];
    for (const s of READING_SECTIONS) {
      const dir = join(DIST, s);
      if (!existsSync(dir)) fail(`no ${dir}: build first`);
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const f = e.isDirectory() ? join(dir, e.name, 'index.html') : null;
        if (f && existsSync(f)) rows.push({ path: `/${s}/${e.name}/`, ...pageWeight(DIST, f) });
      }
      if (existsSync(join(dir, 'index.html'))) rows.push({ path: `/${s}/`, ...pageWeight(DIST, join(dir, 'index.html')) });
    }
    if (rows.length < 10) fail(`only ${rows.length} reading pages found`);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const over = rows.filter((r) => r.total > READING_BUDGET).sort((a, b) => b.total - a.total);
    if (over.length) fail(`${over.length} reading page(s) over ${kb(READING_BUDGET)} gzip (HTML + CSS): ${over.map((r) => `${r.path} ${kb(r.total)} (HTML ${kb(r.html)}, CSS ${kb(r.css)})`).join('; ')}`);
    const max = rows.reduce((a, b) => (b.total > a.total ? b : a));
    return `${rows.length} reading pages, largest ${max.path} ${kb(max.total)} (≤ ${kb(READING_BUDGET)})`;
  },
};
