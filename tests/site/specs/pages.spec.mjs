// Page gates, one check per page and gate (tests/site/README.md has the rules): axe, privacy, csp,
// errors and nojs (content pages only) in Chromium. A page is loaded once; its five checks form one
// group that runs in order in one worker and read the same result. Pages left out by SITE_SAMPLE
// still get the static CSP check.
import { readFileSync } from 'node:fs';
import { test } from '../lib/fixtures.mjs';
import { isContentPage } from '../lib/files.mjs';
import { checkCsp } from '../lib/csp.mjs';
import { browserPaths, expectNone, gateOn, note, once, pages, sampleNotes } from '../lib/site.mjs';

test.describe.configure({ mode: 'parallel', timeout: 90_000 });

const BROWSER_GATES = ['axe', 'privacy', 'csp', 'errors', 'nojs'].filter(gateOn);
// the sampling note goes with the first browser check
const firstInBrowser = pages.find((p) => browserPaths.has(p.path))?.path;

function staticCsp(testInfo, file) {
  const s = checkCsp(readFileSync(file, 'utf8'));
  for (const n of s.notes) note(testInfo, `csp: ${n}`);
  return s.problems;
}

for (const { file, path } of pages) {
  const contentPage = isContentPage(path);
  if (!browserPaths.has(path)) {
    if (gateOn('csp'))
      test(`${path} › csp (static, not sampled)`, async ({}, testInfo) => {
        expectNone(testInfo, 'csp', path, staticCsp(testInfo, file));
      });
    continue;
  }
  const gates = BROWSER_GATES.filter((g) => g !== 'nojs' || contentPage);
  if (!gates.length) continue;
  test.describe(path, () => {
    test.describe.configure({ mode: 'default' });
    for (const gate of gates)
      test(gate, async ({ checker }, testInfo) => {
        const r = await once(`page ${path}`, () => checker.check(path, { contentPage }));
        if (r.scripts.length)
          testInfo.annotations.push({ type: 'scripts', description: JSON.stringify([path, r.scripts]) });
        if (path === firstInBrowser && gate === gates[0]) for (const n of sampleNotes) note(testInfo, n);
        const problems = gate === 'csp' ? [...staticCsp(testInfo, file), ...r.csp] : r[gate];
        expectNone(testInfo, gate, path, problems);
      });
  });
}
