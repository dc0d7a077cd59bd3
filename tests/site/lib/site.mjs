// What the site checks look at, read from the environment the same way by the config, the global
// setup and every spec file (Playwright loads the spec files in the runner and in each worker, so
// the list of pages must come out the same everywhere: it is derived from dist/ alone).
//   SITE_DIST     the built site (default dist)
//   SITE_BASE     the sub-path the site is built for (default /)
//   SITE_URL      the site's own origin: absolute links to it count as internal
//   SITE_PAGES    only pages whose path starts with one of these (comma-separated)
//   SITE_SAMPLE   browser gates on N evenly spread pages under a prefix, e.g. /verkenner/v/:150
//                 (comma-separate several; empty = every page); links and html still check every page
//   SITE_GATES    only these gates (axe,privacy,csp,errors,nojs,links,html,journeys)
//   SITE_JOURNEY  only journeys whose file or name contains this
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlPages, urlPathOf } from './files.mjs';

export const DIST = resolve(process.env.SITE_DIST || 'dist');
export const BASE = ('/' + (process.env.SITE_BASE ?? '').split('/').filter(Boolean).join('/') + '/').replace(
  /^\/\/$/,
  '/',
);
export const SITE_URL = process.env.SITE_URL || undefined;
const DEFAULT_SAMPLE = '/verkenner/v/:150';

const ALL_GATES = ['axe', 'privacy', 'csp', 'errors', 'nojs', 'links', 'html', 'journeys'];
const gates = new Set(process.env.SITE_GATES ? process.env.SITE_GATES.split(',') : ALL_GATES);
for (const g of gates) if (!ALL_GATES.includes(g)) throw new Error(`unknown gate ${g}; known: ${ALL_GATES.join(',')}`);
export const gateOn = (g) => gates.has(g);

/** The pages checked, as { file, path }, and the sampling notes. */
function selectPages() {
  if (!existsSync(join(DIST, 'index.html'))) return { pages: [], browserPaths: new Set(), notes: [] };
  let pages = htmlPages(DIST).map((file) => ({ file, path: urlPathOf(DIST, file) }));
  const only = (process.env.SITE_PAGES ?? '').split(',').filter(Boolean);
  if (only.length) pages = pages.filter((p) => only.some((o) => p.path.startsWith(o)));
  const browserPaths = new Set(pages.map((p) => p.path));
  const notes = [];
  for (const spec of (process.env.SITE_SAMPLE ?? DEFAULT_SAMPLE).split(',').filter(Boolean)) {
    const i = spec.lastIndexOf(':');
    const prefix = spec.slice(0, i);
    const n = parseInt(spec.slice(i + 1), 10);
    const group = pages.filter((p) => p.path.startsWith(prefix));
    if (!(n >= 1) || group.length <= n) continue;
    const keep = new Set(Array.from({ length: n }, (_, k) => group[Math.floor((k * group.length) / n)].path));
    for (const p of group) if (!keep.has(p.path)) browserPaths.delete(p.path);
    notes.push(`sampling: browser gates on ${n} of ${group.length} pages under ${prefix}`);
  }
  return { pages, browserPaths, notes };
}
export const { pages, browserPaths, notes: sampleNotes } = selectPages();

/** The site's address as the global setup serves it, with the base path (no trailing slash). */
export const baseURL = () => {
  if (!process.env.SITE_SERVER_URL) throw new Error('SITE_SERVER_URL is not set: run through the Playwright config');
  return process.env.SITE_SERVER_URL + BASE.replace(/\/$/, '');
};

/**
 * A result computed once per run and kept on disk in the run's folder: Playwright starts a fresh
 * worker after a failed test, and the next test of the group then reads what the first computed.
 */
export async function once(name, compute) {
  const dir = process.env.SITE_RUN_DIR;
  const file = dir ? join(dir, `${createHash('sha1').update(name).digest('hex')}.json`) : null;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const value = await compute();
  if (file) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(value));
  }
  return value;
}

const MAX_LINES = parseInt(process.env.SITE_MAX_LINES || '12', 10);
/**
 * Fail a check with its problems, one per line (at most SITE_MAX_LINES, default 12), and record
 * them as annotations for the summary reporter. No problems: the check passes.
 */
export function expectNone(testInfo, gate, subject, problems) {
  testInfo.annotations.push({ type: 'gate', description: gate });
  for (const p of problems) testInfo.annotations.push({ type: 'problem', description: p });
  if (!problems.length) return;
  const lines = problems.slice(0, MAX_LINES).map((p) => `  ${p}`);
  if (problems.length > MAX_LINES) lines.push(`  … and ${problems.length - MAX_LINES} more`);
  const e = new Error(`${gate} ${subject}: ${problems.length} problem(s)\n${lines.join('\n')}`);
  e.stack = e.message; // the problems say where; the spec file's line would not
  throw e;
}

/** Add a note for the summary reporter (printed once, with the number of checks that noted it). */
export function note(testInfo, text) {
  testInfo.annotations.push({ type: 'note', description: text });
}
