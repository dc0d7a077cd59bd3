// HTML: the Nu Html Checker (lib/vnu.mjs) on every page, all files in one JVM run, started as soon as
// this group's worker begins (in parallel with the browser gates); one check per page, and one that
// every vnu message belongs to a checked page.
import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { runVnu } from '../lib/vnu.mjs';
import { expectNone, gateOn, note, once, pages } from '../lib/site.mjs';

test.describe.configure({ mode: 'default' });

const vnuResults = () =>
  once('vnu', async () => {
    const v = await runVnu(pages.map((p) => p.file));
    return {
      ok: v.ok,
      error: v.error,
      byFile: Object.fromEntries(v.byFile),
      allowed: v.allowed,
      unused: v.allow.filter((a) => !a.used).map((a) => a.message),
    };
  });

if (gateOn('html') && pages.length) {
  test.beforeAll(async () => {
    test.setTimeout(900_000);
    const v = await vnuResults();
    if (!v.ok) throw new Error(`html (vnu): ${v.error}`);
  });
  for (const [i, { file, path }] of pages.entries())
    test(path, async ({}, testInfo) => {
      const v = await vnuResults();
      if (i === 0) {
        if (v.allowed) note(testInfo, `html: ${v.allowed} vnu error(s) matched tests/site/vnu-allow.json`);
        for (const m of v.unused) note(testInfo, `html: vnu-allow.json entry "${m}" matched nothing; remove it`);
      }
      expectNone(testInfo, 'html', path, v.byFile[resolve(file)] ?? []);
    });
  test('every vnu message belongs to a checked page', async ({}, testInfo) => {
    const v = await vnuResults();
    const checked = new Set(pages.map((p) => resolve(p.file)));
    const stray = Object.entries(v.byFile).flatMap(([f, list]) =>
      checked.has(f) ? [] : list.map((m) => `${f}: ${m}`),
    );
    expectNone(testInfo, 'html', '(vnu)', stray);
  });
}
