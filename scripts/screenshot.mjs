// Screenshot a page of the built site: node scripts/screenshot.mjs <url> <out.png> [width] [selector|top:<px>]
// Uses Debian's Chromium through playwright-core. For looking at pages while working on them.
import { chromium } from 'playwright-core';
const [url, out, width = '1280', selector] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url, { waitUntil: 'networkidle' });
if (selector?.startsWith('top:'))
  await page.screenshot({
    path: out,
    clip: { x: 0, y: 0, width: Number(width), height: Number(selector.slice(4)) },
    fullPage: true,
  });
else if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
