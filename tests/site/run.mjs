#!/usr/bin/env node
// Site quality gates over the built site in dist/. Run after `npm run build`:
//   npm run test:site            all gates and journeys
//   node tests/site/run.mjs --gates=links,html --pages=/vormen/   a subset (gates: axe,privacy,csp,errors,nojs,links,html,journeys)
// Env: SITE_DIST (default dist), SITE_CONCURRENCY (default 3), CHROMIUM_PATH (default /usr/bin/chromium).
// See tests/site/README.md for the rules each gate enforces.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { htmlPages, urlPathOf, isContentPage } from './lib/files.mjs';
import { checkLinks, fileFor } from './lib/links.mjs';
import { checkCsp } from './lib/csp.mjs';
import { runVnu } from './lib/vnu.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { PageChecker } from './lib/page-gates.mjs';

const t0 = Date.now();
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const ALL_GATES = ['axe', 'privacy', 'csp', 'errors', 'nojs', 'links', 'html', 'journeys'];
const gates = new Set(args.gates ? args.gates.split(',') : ALL_GATES);
for (const g of gates) if (!ALL_GATES.includes(g)) throw new Error(`unknown gate ${g}; known: ${ALL_GATES.join(',')}`);
const DIST = resolve(process.env.SITE_DIST || 'dist');
const CONCURRENCY = Math.max(1, parseInt(process.env.SITE_CONCURRENCY || '3', 10));
const MAX_LINES = parseInt(args['max-lines'] || '12', 10);
// a site built for a sub-path (SITE_BASE) is served and link-checked under that path; SITE_URL's links count as internal
const BASE = ('/' + (process.env.SITE_BASE ?? '').split('/').filter(Boolean).join('/') + '/').replace(/^\/\/$/, '/');
const SITE_URL = process.env.SITE_URL || undefined;

const results = []; // { gate, subject, problems[] }
const MAX_PAGES_PRINTED = parseInt(args['max-pages'] || '25', 10);
const printed = new Map();
const record = (gate, subject, problems, note) => {
  results.push({ gate, subject, problems });
  if (problems.length) {
    const n = (printed.get(gate) ?? 0) + 1;
    printed.set(gate, n);
    if (n > MAX_PAGES_PRINTED && gate !== 'journey') {
      if (n === MAX_PAGES_PRINTED + 1)
        console.log(`     (more ${gate} failures: see the summary, or run with --max-pages=1000)`);
      return;
    }
    console.log(`FAIL ${gate} ${subject}`);
    for (const p of problems.slice(0, MAX_LINES)) console.log(`     ${p}`);
    if (problems.length > MAX_LINES) console.log(`     … and ${problems.length - MAX_LINES} more`);
  } else if (note && args.verbose) console.log(`ok   ${gate} ${subject}: ${note}`);
};
const section = (s) => console.log(`\n== ${s} ==`);

if (!existsSync(resolve(DIST, 'index.html'))) {
  console.error(`No ${relative(process.cwd(), DIST) || DIST}/index.html: run \`npm run build\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let files = htmlPages(DIST);
if (args.pages) files = files.filter((f) => args.pages.split(',').some((p) => urlPathOf(DIST, f).startsWith(p)));
// --sample=/verkenner/v/:200 runs the browser gates on an evenly spread sample of N pages under that
// prefix (links and html still check every page). Default: every page. Comma-separate several.
const browserFiles = new Set(files);
for (const spec of (args.sample ?? process.env.SITE_SAMPLE ?? '').split(',').filter(Boolean)) {
  const i = spec.lastIndexOf(':');
  const prefix = spec.slice(0, i);
  const n = parseInt(spec.slice(i + 1), 10);
  const group = files.filter((f) => urlPathOf(DIST, f).startsWith(prefix));
  if (!(n >= 1) || group.length <= n) continue;
  const keep = new Set(Array.from({ length: n }, (_, k) => group[Math.floor((k * group.length) / n)]));
  for (const f of group) if (!keep.has(f)) browserFiles.delete(f);
  console.log(`Sampling: browser gates on ${n} of ${group.length} pages under ${prefix}`);
}
console.log(
  `Site checks on ${files.length} HTML pages in ${relative(process.cwd(), DIST) || DIST}/ (gates: ${[...gates].join(', ')})`,
);

// ---- HTML validation runs in its own JVM while the browser works
const vnuPromise = gates.has('html') ? runVnu(files) : null;

// ---- static: links and CSP meta
if (gates.has('links')) {
  section('links');
  const { problems, external, internal } = checkLinks(DIST, files, { base: BASE, site: SITE_URL });
  const targets = new Map();
  for (const [f, list] of problems) {
    record('links', urlPathOf(DIST, f), list);
    for (const p of list) {
      const k = p.replace(/^<[^>]*>: /, '');
      targets.set(k, (targets.get(k) ?? 0) + 1);
    }
  }
  if (targets.size) {
    console.log('Broken link targets, most frequent first:');
    for (const [k, c] of [...targets].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${String(c).padStart(4)}× ${k}`);
  }
  console.log(
    `${internal} internal links and resources checked; ${external.size} distinct external URLs (${[...external.values()].reduce((a, b) => a + b, 0)} links) not fetched`,
  );
}
const cspStatic = new Map();
if (gates.has('csp')) for (const f of files) cspStatic.set(f, checkCsp(readFileSync(f, 'utf8')));

// ---- browser gates per page
const browserGates = ['axe', 'privacy', 'csp', 'errors', 'nojs'].filter((g) => gates.has(g));
const needBrowser = browserGates.length || gates.has('journeys');
const server = await startServer(DIST, { base: BASE });
if (BASE !== '/') console.log(`Served under the base path ${BASE}`);
let browser = null;
try {
  if (needBrowser) browser = await launchBrowser();
  const scriptUse = new Map();
  if (browserGates.length) {
    section(`pages in Chromium (${CONCURRENCY} in parallel): ${browserGates.join(', ')}`);
    if (browserFiles.size < files.length)
      console.log(`(${files.length - browserFiles.size} pages left out by --sample)`);
    let next = 0;
    let done = 0;
    const bFiles = files.filter((f) => browserFiles.has(f));
    const worker = async () => {
      const checker = new PageChecker(browser, server.url + BASE.replace(/\/$/, ''));
      while (next < bFiles.length) {
        const f = bFiles[next++];
        const p = urlPathOf(DIST, f);
        const contentPage = isContentPage(p);
        const r = await checker.check(p, { contentPage });
        if (gates.has('axe')) record('axe', p, r.axe);
        if (gates.has('privacy')) record('privacy', p, r.privacy);
        if (gates.has('csp')) {
          const s = cspStatic.get(f);
          record('csp', p, [...s.problems, ...r.csp]);
        }
        if (gates.has('errors')) record('errors', p, r.errors);
        if (gates.has('nojs') && contentPage) record('nojs', p, r.nojs);
        if (r.scripts.length) scriptUse.set(p, r.scripts);
        if (++done % 100 === 0)
          console.log(`  … ${done}/${bFiles.length} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
      await checker.close();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, bFiles.length) }, worker));
    // pages left out by --sample still get the static CSP check
    if (gates.has('csp'))
      for (const f of files) if (!browserFiles.has(f)) record('csp', urlPathOf(DIST, f), cspStatic.get(f).problems);
    if (scriptUse.size) {
      const bySet = new Map();
      for (const [p, s] of scriptUse) {
        const k = s.join(', ');
        bySet.set(k, [...(bySet.get(k) ?? []), p]);
      }
      console.log('Pages that load JavaScript:');
      for (const [k, ps] of bySet)
        console.log(`  ${ps.length} page(s) [${ps.slice(0, 4).join(' ')}${ps.length > 4 ? ' …' : ''}]: ${k}`);
    } else console.log('No page loads JavaScript on load.');
  } else if (gates.has('csp')) {
    for (const [f, s] of cspStatic) record('csp', urlPathOf(DIST, f), s.problems);
  }
  if (gates.has('csp')) {
    const notes = new Map();
    for (const s of cspStatic.values()) for (const n of s.notes) notes.set(n, (notes.get(n) ?? 0) + 1);
    for (const [n, c] of notes) console.log(`  note (csp): ${n} — on ${c} page(s)`);
  }

  // ---- keyboard journeys: tests/site/journeys/*.mjs, each `export default { name, run(ctx) }` (or an array)
  if (gates.has('journeys')) {
    section('keyboard journeys');
    const dir = fileURLToPath(new URL('./journeys/', import.meta.url));
    const mods = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .sort();
    const allPaths = htmlPages(DIST).map((f) => urlPathOf(DIST, f));
    for (const m of mods) {
      const exp = (await import(pathToFileURL(dir + m).href)).default;
      for (const j of [exp].flat()) {
        if (args.journey && !m.includes(args.journey) && !j.name.includes(args.journey)) continue;
        // a journey may say `javaScriptEnabled: false` to run in a context without JavaScript
        const context = await browser.newContext({
          serviceWorkers: 'block',
          javaScriptEnabled: j.javaScriptEnabled !== false,
        });
        const page = await context.newPage();
        // a journey also fails on console errors, uncaught exceptions, CSP violations and third-party requests
        const side = [];
        const origin = new URL(server.url).origin;
        // Chromium logs "Failed to load resource: … 404" for a page answered with 404; a journey that opens
        // a missing URL on purpose (the 404 page) is not at fault for that, so those lines are dropped
        const notFoundDocs = new Set();
        page.on('response', (r) => r.request().isNavigationRequest() && r.status() >= 400 && notFoundDocs.add(r.url()));
        const consoleLines = [];
        page.on(
          'console',
          (m) => m.type() === 'error' && consoleLines.push({ text: m.text(), url: m.location()?.url }),
        );
        page.on('pageerror', (e) => side.push(`uncaught exception: ${e.message}`));
        context.on('request', (r) => {
          if (!/^(data|blob|about):/.test(r.url()) && new URL(r.url()).origin !== origin)
            side.push(`third-party request: ${r.url()}`);
        });
        const started = Date.now();
        try {
          const note = await j.run({
            page,
            context,
            browser,
            baseURL: server.url + BASE.replace(/\/$/, ''),
            base: BASE,
            dist: DIST,
            pagePaths: allPaths,
            existsPath: (p) => !!fileFor(DIST, p),
          });
          for (const c of consoleLines)
            if (!(
              notFoundDocs.has(c.url) &&
              /^Failed to load resource: the server responded with a status of 4\d\d/.test(c.text)
            ))
              side.push(`console.error: ${c.text}${c.url ? ` (${c.url})` : ''}`);
          if (side.length)
            throw Object.assign(new Error(`the journey worked, but: ${[...new Set(side)].join('; ')}`), {
              name: 'JourneyError',
            });
          record('journey', j.name, []);
          console.log(
            `ok   journey ${j.name} (${((Date.now() - started) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`,
          );
        } catch (e) {
          const msg =
            e.name === 'JourneyError' || e.constructor?.name === 'JourneyError'
              ? e.message
              : `${e.message.split('\n').slice(0, 3).join(' ')}`;
          record('journey', j.name, [msg]);
        } finally {
          await context.close().catch(() => {});
        }
      }
    }
  }
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}

// ---- HTML validation results
if (vnuPromise) {
  section('html (vnu)');
  const v = await vnuPromise;
  if (!v.ok) record('html', '(vnu)', [v.error]);
  else {
    for (const f of files) record('html', urlPathOf(DIST, f), v.byFile.get(resolve(f)) ?? []);
    for (const [f, list] of v.byFile)
      if (!files.map((x) => resolve(x)).includes(f) && list.length) record('html', f, list);
    if (v.allowed) console.log(`${v.allowed} vnu error(s) matched tests/site/vnu-allow.json`);
    for (const a of v.allow)
      if (!a.used) console.log(`  note: vnu-allow.json entry "${a.message}" matched nothing; remove it`);
  }
}

// ---- summary
section('summary');
const byGate = new Map();
for (const r of results) {
  const g = byGate.get(r.gate) ?? { pass: 0, fail: 0 };
  if (r.problems.length) g.fail++;
  else g.pass++;
  byGate.set(r.gate, g);
}
// most frequent problems per gate (a problem = its text without the page), so one site-wide fault reads as one line
for (const [g, c] of byGate) {
  if (!c.fail || g === 'journey') continue;
  const freq = new Map();
  for (const r of results.filter((r) => r.gate === g))
    for (const p of new Set(
      r.problems.map((p) =>
        (g === 'axe'
          ? p.replace(/^(\S+ \[\w+\]) .*? — ([^(]*).*$/, '$1 — $2')
          : g === 'html'
            ? p.replace(/^line [\d?]+:[\d?]+: /, '')
            : p.replace(/^<[^>]*>: /, '')
        ).trim(),
      ),
    ))
      freq.set(p, (freq.get(p) ?? 0) + 1);
  console.log(`  ${g}: most frequent problems (pages):`);
  for (const [p, n] of [...freq].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`    ${String(n).padStart(4)}× ${p.slice(0, 220)}`);
}
for (const r of results.filter((r) => r.gate === 'journey' && r.problems.length))
  console.log(`  journey failed: ${r.subject}: ${r.problems[0].split('\n')[0].slice(0, 300)}`);
for (const [g, c] of byGate)
  console.log(`  ${g.padEnd(8)} ${String(c.pass).padStart(4)} passed ${String(c.fail).padStart(4)} failed`);
const passed = results.filter((r) => !r.problems.length).length;
const failed = results.length - passed;
console.log(`  time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
