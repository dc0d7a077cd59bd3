#!/usr/bin/env node
// Screenshots of a built site, at phone (390×844) and laptop (1366×900) size, full page.
//   node tests/site/screenshots.mjs <dist> <out-folder> [/path/ …]
// Env: SITE_BASE when the build has a sub-path. Used per theme by tests/site/themes.mjs, and to
// compare a build before and after a change in styles.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';

export const SIZES = { telefoon: { width: 390, height: 844 }, laptop: { width: 1366, height: 900 } };
export const PAGES = ['/', '/vormen/dvo/', '/rekenhulp/uittreden/', '/verkenner/'];

export async function screenshots(dist, out, pages = PAGES, base = '/') {
  mkdirSync(out, { recursive: true });
  const server = await startServer(resolve(dist), { base });
  const browser = await launchBrowser();
  const files = [];
  try {
    for (const [naam, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(server.url + base.replace(/\/$/, '') + p, { waitUntil: 'networkidle' });
        const file = join(out, `${p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${naam}.png`);
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', out = 'test-results/screenshots', ...pages] = process.argv.slice(2);
  const base = ('/' + (process.env.SITE_BASE ?? '').split('/').filter(Boolean).join('/') + '/').replace(/^\/\/$/, '/');
  const files = await screenshots(dist, out, pages.length ? pages : PAGES, base);
  console.log(files.join('\n'));
}
