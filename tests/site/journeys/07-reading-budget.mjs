// The reading budget: every reading page (forms and instruments, obstacles, cases, organisations,
// terms, sources, and their sub-pages one level down) arrives with its HTML and CSS within 14 KB gzip, so that its first screen can
// render after one round trip on a slow phone connection.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';
export const READING_BUDGET = 14 * 1024;
export const READING_SECTIONS = ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen', 'bronnen'];

/**
 * Pages not yet within the budget, with the size they may not grow beyond (bytes gzip, HTML + CSS).
 * The full texts of source documents still need pages of their own. An entry that is back within the budget must be removed (the check says so).
 */
export const KNOWN_OVER = {
  // grew when the public sources got their check dates and the regelingen joined the sources list
  '/bronnen/it-platform-twente/': 22900,
  // 96 public sources, each with its note and (since the sources were re-checked) its check date;
  // two sources joined for the Gemeentewet's dates
  '/bronnen/': 23700,
  '/bronnen/king-2015/': 17300,
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** gzip bytes of a page's HTML plus every stylesheet it links (each counted once per page) */
export function pageWeight(dist, file) {
  const html = readFileSync(file);
  const css = [
    ...new Set([...html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1])),
  ];
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
        if (!e.isDirectory()) continue;
        const f = join(dir, e.name, 'index.html');
        if (existsSync(f)) rows.push({ path: `/${s}/${e.name}/`, ...pageWeight(DIST, f) });
        // the pages of their own that hold a page's long parts (a case's organisation, a form's obstacles)
        for (const sub of readdirSync(join(dir, e.name), { withFileTypes: true })) {
          const g = sub.isDirectory() ? join(dir, e.name, sub.name, 'index.html') : null;
          if (g && existsSync(g)) rows.push({ path: `/${s}/${e.name}/${sub.name}/`, ...pageWeight(DIST, g) });
        }
      }
      if (existsSync(join(dir, 'index.html')))
        rows.push({ path: `/${s}/`, ...pageWeight(DIST, join(dir, 'index.html')) });
    }
    if (rows.length < 10) fail(`only ${rows.length} reading pages found`);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const known = rows.filter((r) => r.path in KNOWN_OVER);
    const stale = Object.keys(KNOWN_OVER).filter(
      (p) => !rows.some((r) => r.path === p) || rows.find((r) => r.path === p).total <= READING_BUDGET,
    );
    if (stale.length) fail(`remove from KNOWN_OVER (now within budget or gone): ${stale.join(', ')}`);
    const grown = known.filter((r) => r.total > KNOWN_OVER[r.path]);
    if (grown.length)
      fail(
        `known large page(s) grew: ${grown.map((r) => `${r.path} ${kb(r.total)} (allowed ${kb(KNOWN_OVER[r.path])})`).join('; ')}`,
      );
    const over = rows
      .filter((r) => r.total > READING_BUDGET && !(r.path in KNOWN_OVER))
      .sort((a, b) => b.total - a.total);
    if (over.length)
      fail(
        `${over.length} reading page(s) over ${kb(READING_BUDGET)} gzip (HTML + CSS): ${over.map((r) => `${r.path} ${kb(r.total)} (HTML ${kb(r.html)}, CSS ${kb(r.css)})`).join('; ')}`,
      );
    const inBudget = rows.filter((r) => !(r.path in KNOWN_OVER));
    const maxIn = inBudget.reduce((a, b) => (b.total > a.total ? b : a));
    return `${inBudget.length} reading pages within ${kb(READING_BUDGET)} (largest ${maxIn.path} ${kb(maxIn.total)}); ${known.length} known over: ${known.map((r) => `${r.path} ${kb(r.total)}`).join(', ')}`;
  },
};
