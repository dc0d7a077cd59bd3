// The reading budget: every reading page (forms and instruments, obstacles, cases, organisations,
// terms, sources, and their sub-pages one level down; the explorer's route pages) arrives with its HTML and CSS within 14 KB gzip, so that its first screen can
// render after one round trip on a slow phone connection.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';
export const READING_BUDGET = 14 * 1024;
export const READING_SECTIONS = [
  'vormen',
  'belemmeringen',
  'casussen',
  'organisaties',
  'begrippen',
  'bronnen',
  'verkenner/route',
];

/**
 * Pages not yet within the budget, with the size they may not grow beyond (bytes gzip, HTML + CSS).
 * Every page is within the budget today; a page that cannot be must be listed here with a reason.
 * An entry that is back within the budget must be removed (the check says so).
 */
export const KNOWN_OVER = {};

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
      // every page of the section, at any depth (a source document's text pages, /vormen/<id>/belemmeringen/)
      for (const f of readdirSync(dir, { recursive: true }).filter(
        (x) => x === 'index.html' || x.endsWith('/index.html'),
      ))
        rows.push({ path: `/${s}/${f.replace(/index\.html$/, '')}`, ...pageWeight(DIST, join(dir, f)) });
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
