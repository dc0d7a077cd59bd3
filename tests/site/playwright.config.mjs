// The site checks over the built site (run `npm run build` first): `npm run test:site`.
// Projects, one per gate family: pages (axe, privacy, csp, errors, nojs in Chromium), links, html
// (vnu) and journeys. tests/site/README.md has the rules, the subsets and the environment variables.
import { defineConfig } from '@playwright/test';

const workers = Math.max(1, parseInt(process.env.SITE_CONCURRENCY || '3', 10));
const ci = !!process.env.CI;
const summary = ['./lib/summary-reporter.mjs'];

export default defineConfig({
  testDir: './specs',
  testMatch: '*.spec.mjs',
  globalSetup: './lib/global-setup.mjs',
  outputDir: '../../test-results/site',
  workers,
  fullyParallel: true,
  retries: 0,
  forbidOnly: ci,
  // every failure is reported: a site-wide fault shows up once per page, and the summary counts them
  maxFailures: 0,
  reporter: ci ? [['line'], ['github'], summary] : [['list'], summary],
  use: { trace: 'off', screenshot: 'off', video: 'off' },
  // html first: its worker starts the JVM at once, which then validates while the browsers work;
  // journeys last, when the page gates are done
  projects: [
    { name: 'html', testMatch: 'html.spec.mjs' },
    { name: 'links', testMatch: 'links.spec.mjs' },
    { name: 'pages', testMatch: 'pages.spec.mjs' },
    { name: 'journeys', testMatch: 'journeys.spec.mjs' },
  ],
});
