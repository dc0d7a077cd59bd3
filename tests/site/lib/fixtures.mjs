// The Playwright test object of the site checks: one Chromium per worker (Debian's, launched by
// lib/browser.mjs, never a downloaded one) and one PageChecker per worker, which keeps one tab and
// navigates it from page to page.
import { test as base } from '@playwright/test';
import { launchBrowser } from './browser.mjs';
import { PageChecker } from './page-gates.mjs';
import { baseURL } from './site.mjs';

export const test = base.extend({
  chromium: [
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close().catch(() => {});
    },
    { scope: 'worker' },
  ],
  checker: [
    async ({ chromium }, use) => {
      const checker = new PageChecker(chromium, baseURL());
      await use(checker);
      await checker.close();
    },
    { scope: 'worker' },
  ],
});
