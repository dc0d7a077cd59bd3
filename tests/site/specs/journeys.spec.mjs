// Journeys: every module in tests/site/journeys/*.mjs, each `export default { name, run(ctx) }` (or an
// array of them), is one check, in a fresh browser context of its own (without JavaScript when it says
// `javaScriptEnabled: false`). A journey also fails on console errors, uncaught exceptions and
// third-party requests. SITE_JOURNEY keeps the journeys whose file or name contains it.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from '../lib/fixtures.mjs';
import { htmlPages, urlPathOf } from '../lib/files.mjs';
import { fileFor } from '../lib/links.mjs';
import { BASE, DIST, baseURL, gateOn } from '../lib/site.mjs';

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

const dir = fileURLToPath(new URL('../journeys/', import.meta.url));
const only = process.env.SITE_JOURNEY;
const modules = gateOn('journeys')
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .sort()
  : [];

class JourneySideEffects extends Error {}

async function runJourney(journey, browser) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    javaScriptEnabled: journey.javaScriptEnabled !== false,
  });
  try {
    const page = await context.newPage();
    const side = [];
    const origin = new URL(process.env.SITE_SERVER_URL).origin;
    // Chromium logs "Failed to load resource: … 404" for a page answered with 404; a journey that opens
    // a missing URL on purpose (the 404 page) is not at fault for that, so those lines are dropped
    const notFoundDocs = new Set();
    page.on('response', (r) => r.request().isNavigationRequest() && r.status() >= 400 && notFoundDocs.add(r.url()));
    const consoleLines = [];
    page.on('console', (m) => m.type() === 'error' && consoleLines.push({ text: m.text(), url: m.location()?.url }));
    page.on('pageerror', (e) => side.push(`uncaught exception: ${e.message}`));
    context.on('request', (r) => {
      if (!/^(data|blob|about):/.test(r.url()) && new URL(r.url()).origin !== origin)
        side.push(`third-party request: ${r.url()}`);
    });
    const result = await journey.run({
      page,
      context,
      browser,
      baseURL: baseURL(),
      base: BASE,
      dist: DIST,
      pagePaths: htmlPages(DIST).map((f) => urlPathOf(DIST, f)),
      existsPath: (p) => !!fileFor(DIST, p),
    });
    for (const c of consoleLines)
      if (!(
        notFoundDocs.has(c.url) && /^Failed to load resource: the server responded with a status of 4\d\d/.test(c.text)
      ))
        side.push(`console.error: ${c.text}${c.url ? ` (${c.url})` : ''}`);
    if (side.length) throw new JourneySideEffects(`the journey worked, but: ${[...new Set(side)].join('; ')}`);
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

for (const m of modules) {
  const journeys = [(await import(pathToFileURL(dir + m).href)).default].flat();
  test.describe(m, () => {
    for (const j of journeys) {
      if (only && !m.includes(only) && !j.name.includes(only)) continue;
      test(j.name, async ({ chromium }, testInfo) => {
        testInfo.annotations.push({ type: 'gate', description: 'journey' });
        const result = await runJourney(j, chromium);
        if (result) testInfo.annotations.push({ type: 'result', description: String(result) });
      });
    }
  });
}
