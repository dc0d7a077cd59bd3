// Links: every internal href/src/action of every page resolves in dist/, fragments included
// (lib/links.mjs). The whole site is read once (anchors are looked up across pages); one check per page.
import { test } from '@playwright/test';
import { checkLinks } from '../lib/links.mjs';
import { BASE, DIST, SITE_URL, expectNone, gateOn, note, once, pages } from '../lib/site.mjs';

test.describe.configure({ mode: 'default', timeout: 120_000 });

const linkResults = () =>
  once('links', () => {
    const { problems, external, internal } = checkLinks(
      DIST,
      pages.map((p) => p.file),
      { base: BASE, site: SITE_URL },
    );
    return {
      byFile: Object.fromEntries(problems),
      summary: `${internal} internal links and resources checked; ${external.size} distinct external URLs (${[...external.values()].reduce((a, b) => a + b, 0)} links) not fetched`,
    };
  });

if (gateOn('links'))
  for (const [i, { file, path }] of pages.entries())
    test(path, async ({}, testInfo) => {
      const r = await linkResults();
      if (i === 0) note(testInfo, `links: ${r.summary}`);
      expectNone(testInfo, 'links', path, r.byFile[file] ?? []);
    });
