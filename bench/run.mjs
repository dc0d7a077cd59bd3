#!/usr/bin/env node
// Benchmarks: figures, not pass/fail. `npm run bench` (Node 24 via the devDependency `node`).
//   --skip-build          use the existing dist/ for the 1× figures; no synthetic builds
//   --scales=1,10,100     which content scales to build (1 = the real `npm run build`)
//   --max-build-seconds=N cap per synthetic build (default 1200); a build over the cap is stopped
//   --no-lighthouse       skip Lighthouse
// Writes bench/results.json and bench/results.md.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, statSync, mkdtempSync, rmSync, cpSync, symlinkSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/site/lib/server.mjs';
import { launchBrowser, CHROMIUM, CHROMIUM_ARGS } from '../tests/site/lib/browser.mjs';
import { walk } from '../tests/site/lib/files.mjs';
import { makeSynthetic, countEntries } from './synthetic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const SCALES = (args.scales ?? '1,10,100').split(',').map(Number);
const MAX_BUILD_S = Number(args['max-build-seconds'] ?? 1200);
const DIST = join(ROOT, 'dist');

const PAGE_TYPES = [
  ['home', '/'],
  ['vorm', '/vormen/openbaar-lichaam/'],
  ['belemmering', '/belemmeringen/digid-audits/'],
  ['casus', '/casussen/it-platform-twente/'],
  ['bron', '/bronnen/king-2015/'],
  ['vergelijk', '/vergelijk/'],
  ['verkenner', '/verkenner/'],
];
const QUERIES = ['OIN', 'uittreden', 'gastheer', 'Borne', 'DigiD audit'];

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  builds: [],
  pages: [],
  search: null,
  lighthouse: null,
  engine: null,
  verkenner: null,
  notes: [],
};
const log = (...a) => console.log(...a);
const kb = (n) => (n == null ? 'n/a' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);
const dirBytes = (d) => (existsSync(d) ? walk(d).reduce((a, f) => a + statSync(f).size, 0) : 0);

function run(cmd, argv, { cwd = ROOT, env = {}, timeoutS = 0, quiet = true } = {}) {
  return new Promise((ok) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const onData = (d) => {
      out += d;
      if (out.length > 2e6) out = out.slice(-1e6);
      if (!quiet) process.stdout.write(d);
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    let timedOut = false;
    const timer = timeoutS
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-p.pid, 'SIGKILL');
          } catch {}
        }, timeoutS * 1000)
      : null;
    p.on('close', (code) => {
      if (timer) clearTimeout(timer);
      ok({ code, out, seconds: (performance.now() - t0) / 1000, timedOut });
    });
  });
}

// ------------------------------------------------------------------ builds
async function buildReal() {
  log('\n== build 1× (npm run build) ==');
  const r = await run('npm', ['run', 'build']);
  const entries = countEntries(join(ROOT, 'content'));
  if (r.code !== 0) {
    log(r.out.slice(-3000));
    results.builds.push({ scale: 1, entries: entries.total, ok: false, error: `npm run build exited ${r.code}` });
    return false;
  }
  const pages = walk(DIST, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
  const b = { scale: 1, entries: entries.total, perCollection: entries.per, pages, seconds: +r.seconds.toFixed(1), secondsPerEntry: +(r.seconds / entries.total).toFixed(3), pagefindBytes: dirBytes(join(DIST, 'pagefind')), distBytes: dirBytes(DIST), ok: true };
  results.builds.push(b);
  log(`  ${b.entries} entries, ${b.pages} pages, ${b.seconds} s, Pagefind index ${kb(b.pagefindBytes)}`);
  return true;
}

async function buildSynthetic(scale) {
  log(`\n== build ${scale}× (synthetic content) ==`);
  const tmp = mkdtempSync(join(tmpdir(), `sww-bench-${scale}x-`));
  try {
    // a copy of the project (node_modules linked) so the build cannot clash with the real one
    const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'tests', 'bench']);
    for (const f of readdirSync(ROOT)) if (!skip.has(f)) cpSync(join(ROOT, f), join(tmp, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    const entries = makeSynthetic(join(ROOT, 'content'), join(tmp, 'content'), scale);
    log(`  ${entries.total} entries (${Object.entries(entries.per).map(([k, v]) => `${k} ${v}`).join(', ')}); cap ${MAX_BUILD_S} s`);
    const r = await run('npm', ['run', 'build'], { cwd: tmp, env: { SWW_CONTENT_DIR: join(tmp, 'content') }, timeoutS: MAX_BUILD_S });
    const b = { scale, entries: entries.total, perCollection: entries.per };
    if (r.timedOut) {
      Object.assign(b, { ok: false, capped: true, seconds: MAX_BUILD_S, error: `stopped after ${MAX_BUILD_S} s (cap)` });
      log(`  capped: not finished after ${MAX_BUILD_S} s`);
    } else if (r.code !== 0) {
      Object.assign(b, { ok: false, error: `build failed (exit ${r.code})`, detail: r.out.split('\n').filter((l) => /error|fout|^- /i.test(l)).slice(0, 8).join('\n').slice(0, 1500) });
      results.notes.push(`${scale}× build failed:\n\n  \`\`\`\n  ${b.detail.split('\n').join('\n  ')}\n  \`\`\``);
      log(r.out.slice(-2000));
    } else {
      const dist = join(tmp, 'dist');
      Object.assign(b, {
        ok: true,
        pages: walk(dist, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length,
        seconds: +r.seconds.toFixed(1),
        secondsPerEntry: +(r.seconds / entries.total).toFixed(3),
        pagefindBytes: dirBytes(join(dist, 'pagefind')),
        distBytes: dirBytes(dist),
      });
      log(`  ${b.pages} pages, ${b.seconds} s, Pagefind index ${kb(b.pagefindBytes)}`);
    }
    results.builds.push(b);
    return b;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ page weights
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
async function pageWeights(browser, base) {
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
      type, path, exists: true,
      html: sum.html[0], htmlGz: sum.html[1], css: sum.css[0], cssGz: sum.css[1], js: sum.js[0], jsGz: sum.js[1], other: sum.other[0],
      files,
    };
    results.pages.push(p);
  }
}

// ------------------------------------------------------------------ search
// ------------------------------------------------------------------ explorer
// The island: JavaScript it loads (gzip), the data it fetches once, and the time from an answer
// to the updated step or outcome in the browser (the island's own performance marks, plus the time
// until the next frame is painted).
async function explorerBench(browser, base) {
  const LAST = '/verkenner/v/fg/persoonsgegevens/10-14/mandaat/nee/nee/';
  if (!existsSync(join(DIST, LAST, 'index.html'))) return;
  log('\n== explorer island ==');
  const page = await browser.newPage();
  const js = [];
  page.on('response', async (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js') && u.pathname.startsWith('/_astro/')) js.push(u.pathname);
  });
  await page.goto(base + LAST, { waitUntil: 'networkidle' });
  const jsBytes = js.map((p) => readFileSync(join(DIST, p)));
  const data = readFileSync(join(DIST, 'verkenner', 'data.json'));
  const runs = [];
  for (let i = 0; i < 15; i++) {
    const t = await page.evaluate(async () => {
      performance.clearMeasures();
      const a = [...document.querySelectorAll('a.vk-optie')].find((x) => /zeggenschap/.test(x.textContent));
      const t0 = performance.now();
      a.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const frame = performance.now() - t0;
      const m = performance.getEntriesByName('vk-antwoord-tot-uitkomst').pop();
      history.back();
      await new Promise((r) => setTimeout(r, 50));
      return { render: m ? m.duration : null, frame, uitkomst: /^Uitkomst/.test(document.title) === false };
    });
    runs.push(t);
  }
  await page.close();
  const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  results.verkenner = {
    jsFiles: js.length,
    jsRaw: jsBytes.reduce((a, b) => a + b.length, 0),
    jsGzip: jsBytes.reduce((a, b) => a + gz(b), 0),
    dataRaw: data.length,
    dataGzip: gz(data),
    answerToOutcomeMedianMs: +med(runs.map((r) => r.render).filter((x) => x != null)).toFixed(2),
    answerToNextFrameMedianMs: +med(runs.map((r) => r.frame)).toFixed(2),
    runs: runs.length,
  };
  log(`  island JS ${kb(results.verkenner.jsGzip)} gzip in ${js.length} file(s); data.json ${kb(results.verkenner.dataGzip)} gzip; answer → outcome ${results.verkenner.answerToOutcomeMedianMs} ms (median), to next painted frame ${results.verkenner.answerToNextFrameMedianMs} ms`);
}

async function searchBench(browser, base) {
  log('\n== search (Pagefind JS API, cold: fresh browser context per query) ==');
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    results.search = { error: 'dist/pagefind/pagefind.js missing' };
    return;
  }
  // a page of the site without scripts of its own, so that its CSP applies and nothing else fetches the index
  const host = ['/colofon/', '/vormen/', '/'].find((p) => existsSync(join(DIST, p, 'index.html')));
  const out = { host, indexBytes: dirBytes(join(DIST, 'pagefind')), indexFiles: walk(join(DIST, 'pagefind')).length, queries: [] };
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
    const r = await page.evaluate(async (query) => {
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
      return { count: res.results.length, firstUrl: first?.url ?? null, firstTitle: first?.meta?.title ?? null, coldMs: cold, warmMs: warm };
    }, q).catch((e) => ({ error: e.message.split('\n')[0] }));
    await page.waitForTimeout(100);
    await ctx.close();
    out.queries.push({ query: q, ...r, coldMs: r.coldMs && +r.coldMs.toFixed(0), warmMs: r.warmMs && +r.warmMs.toFixed(1), bytesFetched: bytes, filesFetched: n });
  }
  results.search = out;
}

// ------------------------------------------------------------------ lighthouse
async function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}
async function lighthouseBench(base) {
  log('\n== Lighthouse ==');
  let lighthouse;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (e) {
    results.lighthouse = { error: `lighthouse not installed (${e.message.split('\n')[0]})` };
    return;
  }
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'sww-lh-profile-'));
  const chrome = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const out = { mode: 'Lighthouse default (mobile, simulated throttling)', pages: [] };
  try {
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false);
    }
    if (!up) throw new Error(`Chromium did not open its debugging port ${port}`);
    for (const [type, path] of PAGE_TYPES) {
      if (!existsSync(join(DIST, path, 'index.html'))) continue;
      try {
        const r = await lighthouse(base + path, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const c = r.lhr.categories;
        const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
        const a = r.lhr.audits;
        const failing = Object.values(a)
          .filter((x) => x.score !== null && x.score < 1 && ['binary', 'numeric'].includes(x.scoreDisplayMode) && !['largest-contentful-paint', 'first-contentful-paint', 'speed-index', 'total-blocking-time', 'interactive', 'max-potential-fid'].includes(x.id))
          .map((x) => x.id);
        out.pages.push({
          type, path,
          performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
          fcpMs: Math.round(a['first-contentful-paint']?.numericValue ?? 0), lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? 0),
          cls: +(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3), tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? 0),
          failingAudits: failing.slice(0, 12),
          runtimeError: r.lhr.runtimeError?.message,
        });
        log(`  ${path}: perf ${score('performance')} a11y ${score('accessibility')} bp ${score('best-practices')} seo ${score('seo')}`);
      } catch (e) {
        out.pages.push({ type, path, error: e.message.split('\n')[0] });
        log(`  ${path}: ${e.message.split('\n')[0]}`);
      }
    }
  } catch (e) {
    out.error = e.message;
  } finally {
    chrome.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
  results.lighthouse = out;
}

// ------------------------------------------------------------------ engine
async function engineBench() {
  const f = join(ROOT, 'bench', 'engine.ts');
  if (!existsSync(f)) {
    results.engine = null;
    return;
  }
  log('\n== rules engine (bench/engine.ts --json) ==');
  const node = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
  const r = await run(node, [f, '--json'], { timeoutS: 600 });
  try {
    const start = r.out.indexOf('{') >= 0 && (r.out.indexOf('[') < 0 || r.out.indexOf('{') < r.out.indexOf('[')) ? r.out.indexOf('{') : r.out.indexOf('[');
    results.engine = JSON.parse(r.out.slice(start, r.out.lastIndexOf(r.out[start] === '{' ? '}' : ']') + 1));
  } catch {
    results.engine = { error: `bench/engine.ts exited ${r.code}; output not JSON: ${r.out.slice(0, 500)}` };
  }
}

// ------------------------------------------------------------------ report
function table(head, rows) {
  const w = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => '| ' + r.map((c, i) => String(c ?? '').padEnd(w[i])).join(' | ') + ' |';
  return [line(head), '| ' + w.map((n) => '-'.repeat(n)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}
function report() {
  const md = [];
  md.push('# Benchmark results', '');
  md.push(`Generated by \`npm run bench\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC; ${results.machine.cpus} cores (${results.machine.cpu}), ${results.machine.memGiB} GiB, Node ${results.machine.node}. Figures, not pass/fail; sizes in bytes unless noted, gzip at level 9.`, '');
  md.push('## Page weight (loaded on page load)', '');
  md.push(table(['type', 'path', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz', 'JS files'], results.pages.map((p) => (p.exists ? [p.type, p.path, p.html, p.htmlGz, p.css, p.cssGz, p.js, p.jsGz, p.htmlGz + p.cssGz + p.jsGz, p.files.js.join(' ') || '–'] : [p.type, p.path, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']))), '');
  md.push('## Build time and search index growth', '');
  md.push(table(['scale', 'entries', 'pages', 'build s', 's / entry', 'Pagefind index', 'dist/'], results.builds.map((b) => [`${b.scale}×`, b.entries, b.pages ?? '', b.ok ? b.seconds : b.error, b.secondsPerEntry ?? '', b.pagefindBytes != null ? kb(b.pagefindBytes) : '', b.distBytes != null ? kb(b.distBytes) : ''])), '');
  md.push('1× is the real site (`npm run build`, includes Pagefind). 10× and 100× multiply begrippen, belemmeringen, casussen and organisaties (bench/synthetic.mjs) and build a copy of the project with SWW_CONTENT_DIR pointing at it.', '');
  if (results.search) {
    md.push('## Search (Pagefind, cold start per query)', '');
    if (results.search.error) md.push(results.search.error, '');
    else {
      md.push(`Index: ${kb(results.search.indexBytes)} in ${results.search.indexFiles} files. Measured in Chromium on ${results.search.host}: \`import('/pagefind/pagefind.js')\`, \`search(q)\`, \`results[0].data()\`; "cold" includes loading pagefind.js, the WebAssembly and the index chunks; "warm" repeats the query on the same page.`, '');
      md.push(table(['query', 'results', 'first result', 'cold ms', 'warm ms', 'fetched from /pagefind/', 'files'], results.search.queries.map((q) => [q.query, q.error ? `error: ${q.error}` : q.count, q.firstUrl ?? '–', q.coldMs ?? '', q.warmMs ?? '', kb(q.bytesFetched), q.filesFetched])), '');
    }
  }
  md.push('## Lighthouse', '');
  if (!results.lighthouse) md.push('skipped (--no-lighthouse)', '');
  else if (results.lighthouse.error) md.push(`did not run: ${results.lighthouse.error}`, '');
  else {
    md.push(`${results.lighthouse.mode}.`, '');
    md.push(table(['type', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms', 'audits below 100'], results.lighthouse.pages.map((p) => (p.error ? [p.type, p.path, `error: ${p.error}`] : [p.type, p.path, p.performance, p.accessibility, p.bestPractices, p.seo, p.fcpMs, p.lcpMs, p.cls, p.tbtMs, p.failingAudits.join(', ') || '–']))), '');
  }
  md.push('## Explorer island', '');
  if (!results.verkenner) md.push('n/a', '');
  else {
    const v = results.verkenner;
    md.push('| measure | value | target |', '| --- | --- | --- |');
    md.push(`| island JavaScript (gzip, ${v.jsFiles} files) | ${kb(v.jsGzip)} (raw ${kb(v.jsRaw)}) | under 30 KB |`);
    md.push(`| data fetched once (/verkenner/data.json, gzip) | ${kb(v.dataGzip)} (raw ${kb(v.dataRaw)}) | – |`);
    md.push(`| answer → outcome rendered (median of ${v.runs}) | ${v.answerToOutcomeMedianMs} ms | within one frame (16 ms) |`);
    md.push(`| answer → next painted frame (median) | ${v.answerToNextFrameMedianMs} ms | – |`, '');
  }
  md.push('## Rules engine', '');
  if (!results.engine) md.push('bench/engine.ts does not exist yet.', '');
  else md.push('```json', JSON.stringify(results.engine, null, 2), '```', '');
  if (results.notes.length) md.push('## Notes', '', ...results.notes.map((n) => `- ${n}`), '');
  return md.join('\n');
}

// ------------------------------------------------------------------ main
const t0 = Date.now();
if (!args['skip-build'] && SCALES.includes(1)) {
  if (!(await buildReal())) results.notes.push('the real build failed; page, search and Lighthouse figures use whatever dist/ holds');
} else results.notes.push('1× build not run (--skip-build); figures use the existing dist/');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('no dist/index.html: nothing to measure');
  process.exit(1);
}
if (!results.builds.length) {
  const entries = countEntries(join(ROOT, 'content'));
  results.builds.push({ scale: 1, entries: entries.total, ok: true, seconds: null, pagefindBytes: dirBytes(join(DIST, 'pagefind')), distBytes: dirBytes(DIST), pages: walk(DIST, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length });
}
const server = await startServer(DIST);
const browser = await launchBrowser();
try {
  await pageWeights(browser, server.url);
  await searchBench(browser, server.url);
  await explorerBench(browser, server.url);
} finally {
  await browser.close();
}
if (args['no-lighthouse']) results.lighthouse = null;
else await lighthouseBench(server.url);
await server.close();
await engineBench();
if (!args['skip-build'])
  for (const s of SCALES.filter((s) => s !== 1)) {
    const b = await buildSynthetic(s);
    if (!b.ok) {
      const rest = SCALES.filter((x) => x > s);
      if (rest.length) results.notes.push(`scales ${rest.join(', ')}× not built because ${s}× did not finish`);
      break;
    }
    // estimate the next scale and skip it when it would clearly exceed the cap
    const next = SCALES.find((x) => x > s);
    if (next && b.seconds * (next / s) * 0.8 > MAX_BUILD_S) {
      results.notes.push(`${next}× not built: ${s}× took ${b.seconds} s, so ${next}× would take about ${Math.round(b.seconds * (next / s))} s, over the cap of ${MAX_BUILD_S} s (--max-build-seconds)`);
      results.builds.push({ scale: next, ok: false, capped: true, error: `skipped: estimated ${Math.round(b.seconds * (next / s))} s > cap ${MAX_BUILD_S} s` });
      break;
    }
  }
results.seconds = Math.round((Date.now() - t0) / 1000);
const md = report();
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(ROOT, 'bench', 'results.md'), md);
log('\n' + md);
log(`bench done in ${results.seconds} s; wrote bench/results.json and bench/results.md`);
