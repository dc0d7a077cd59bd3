#!/usr/bin/env node
// The site in each example theme (package.json "samenwerkingswijzer.themes"): build with SITE_THEME
// into dist-thema-<name>/, run axe-core (WCAG 2.2 AA, including colour contrast) in Chromium on a
// sample of pages, and take a screenshot per page at phone and laptop size into
// test-results/thema-<name>/. A theme whose tokens fail contrast already fails its build, with the
// tokens named (src/integrations/theme.mjs); axe then judges what the build cannot (real rendering).
//   node tests/site/themes.mjs [--no-build] [name …]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { PageChecker } from './lib/page-gates.mjs';
import { screenshots } from './screenshots.mjs';

export const PAGES = [
  '/',
  '/vormen/dvo/',
  '/vormen/',
  '/rekenhulp/uittreden/',
  '/verkenner/',
  '/zoeken/',
  '/vergelijk/',
  '/agenda/',
];
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const themes = JSON.parse(readFileSync('package.json', 'utf8')).samenwerkingswijzer.themes;
const chosen = Object.entries(themes).filter(
  ([n]) => !args.filter((a) => !a.startsWith('--')).length || args.includes(n),
);
let failed = 0;
for (const [naam, spec] of chosen) {
  const dist = `dist-thema-${naam}`;
  console.log(`\n== thema ${naam} (${spec}) ==`);
  if (!noBuild)
    execFileSync('npx', ['astro', 'build', '--outDir', dist], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SITE_THEME: spec, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const checker = new PageChecker(browser, server.url);
    for (const p of PAGES) {
      const r = await checker.check(p, { contentPage: false });
      if (r.axe.length || r.errors.length) {
        failed++;
        console.log(`FAIL ${naam} ${p}\n     ${[...r.axe, ...r.errors].slice(0, 8).join('\n     ')}`);
      } else console.log(`ok   ${naam} ${p}: axe 0 violations`);
    }
    await checker.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const files = await screenshots(dist, `test-results/thema-${naam}`, ['/', '/vormen/dvo/']);
  console.log(`screenshots: ${files.join(', ')}`);
}
console.log(`\n${failed ? `${failed} failed` : 'all themes pass axe'}`);
process.exitCode = failed ? 1 : 0;
