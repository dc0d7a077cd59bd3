// The explorer island: its JavaScript, its data and the time from an answer to the outcome.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, results, log, kb, gz } from './common.mjs';

// ------------------------------------------------------------------ explorer
// The island: JavaScript it loads (gzip), the data it fetches once, and the time from an answer
// to the updated step or outcome in the browser (the island's own performance marks, plus the time
// until the next frame is painted).
export async function explorerBench(browser, base) {
  // the last question of the FG route (who employs the officer); an answer leads to the outcome
  const LAST = '/verkenner/v/doel-fg/aantal-10-14/';
  if (!existsSync(join(DIST, LAST, 'index.html')))
    throw new Error(`bench: ${LAST} is not in dist/ (did the explorer's URLs change?)`);
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
      const a = [...document.querySelectorAll('a.vk-optie')].find((x) =>
        /werkgever-gemeente/.test(x.getAttribute('href')),
      );
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
  log(
    `  island JS ${kb(results.verkenner.jsGzip)} gzip in ${js.length} file(s); data.json ${kb(results.verkenner.dataGzip)} gzip; answer → outcome ${results.verkenner.answerToOutcomeMedianMs} ms (median), to next painted frame ${results.verkenner.answerToNextFrameMedianMs} ms`,
  );
}
