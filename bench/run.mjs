#!/usr/bin/env node
// Benchmarks: figures, not pass/fail. `npm run bench` (Node 24 via the devDependency `node`).
//   --skip-build          use the existing dist/ for the 1× figures; no synthetic builds
//   --scales=1,10,100     which content scales to build (1 = the real `npm run build`)
//   --max-build-seconds=N cap per synthetic build (default 1200); a build over the cap is stopped
//   --no-lighthouse       skip Lighthouse
//   --no-register         skip the build with a synthetic GR register (1,000 regelingen, 342 gemeenten)
// Writes bench/results.json and bench/results.md.
// Each benchmark lives in its own file: builds.mjs, pages.mjs, search.mjs, explorer.mjs,
// lighthouse.mjs, engine-run.mjs (+ engine.ts); common.mjs holds the shared results and helpers,
// report.mjs writes the Markdown.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/site/lib/server.mjs';
import { launchBrowser } from '../tests/site/lib/browser.mjs';
import { walk } from '../tests/site/lib/files.mjs';
import { countEntries } from './synthetic.mjs';
import { ROOT, DIST, SCALES, MAX_BUILD_S, args, results, log, dirBytes } from './common.mjs';
import { buildReal, buildSynthetic, buildRegister } from './builds.mjs';
import { pageWeights } from './pages.mjs';
import { searchBench } from './search.mjs';
import { explorerBench } from './explorer.mjs';
import { lighthouseBench } from './lighthouse.mjs';
import { engineBench } from './engine-run.mjs';
import { report } from './report.mjs';

process.chdir(ROOT);

// ------------------------------------------------------------------ main
const t0 = Date.now();
if (!args['skip-build'] && SCALES.includes(1)) {
  if (!(await buildReal()))
    results.notes.push('the real build failed; page, search and Lighthouse figures use whatever dist/ holds');
} else results.notes.push('1× build not run (--skip-build); figures use the existing dist/');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('no dist/index.html: nothing to measure');
  process.exit(1);
}
if (!results.builds.length) {
  const entries = countEntries(join(ROOT, 'content'));
  results.builds.push({
    scale: 1,
    entries: entries.total,
    ok: true,
    seconds: null,
    pagefindBytes: dirBytes(join(DIST, 'pagefind')),
    distBytes: dirBytes(DIST),
    pages: walk(DIST, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length,
  });
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
      results.notes.push(
        `${next}× not built: ${s}× took ${b.seconds} s, so ${next}× would take about ${Math.round(b.seconds * (next / s))} s, over the cap of ${MAX_BUILD_S} s (--max-build-seconds)`,
      );
      results.builds.push({
        scale: next,
        ok: false,
        capped: true,
        error: `skipped: estimated ${Math.round(b.seconds * (next / s))} s > cap ${MAX_BUILD_S} s`,
      });
      break;
    }
  }
if (!args['skip-build'] && !args['no-register']) await buildRegister();
results.seconds = Math.round((Date.now() - t0) / 1000);
const md = report();
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(ROOT, 'bench', 'results.md'), md);
log('\n' + md);
log(`bench done in ${results.seconds} s; wrote bench/results.json and bench/results.md`);
