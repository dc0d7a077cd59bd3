// Lighthouse (mobile, simulated throttling) on each page type, in Debian's Chromium over its debugging port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/site/lib/browser.mjs';
import { DIST, PAGE_TYPES, results, log } from './common.mjs';

// ------------------------------------------------------------------ lighthouse
async function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}
export async function lighthouseBench(base) {
  log('\n== Lighthouse ==');
  let lighthouse;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (e) {
    results.lighthouse = { error: `lighthouse not installed (${e.message.split('\n')[0]})` };
    return;
  }
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'sww-lh-profile-'));
  const chrome = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const out = { mode: 'Lighthouse default (mobile, simulated throttling)', pages: [] };
  try {
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      );
    }
    if (!up) throw new Error(`Chromium did not open its debugging port ${port}`);
    for (const [type, path] of PAGE_TYPES) {
      if (!existsSync(join(DIST, path, 'index.html'))) continue;
      try {
        const r = await lighthouse(base + path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const c = r.lhr.categories;
        const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
        const a = r.lhr.audits;
        const failing = Object.values(a)
          .filter(
            (x) =>
              x.score !== null &&
              x.score < 1 &&
              ['binary', 'numeric'].includes(x.scoreDisplayMode) &&
              ![
                'largest-contentful-paint',
                'first-contentful-paint',
                'speed-index',
                'total-blocking-time',
                'interactive',
                'max-potential-fid',
              ].includes(x.id),
          )
          .map((x) => x.id);
        out.pages.push({
          type,
          path,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcpMs: Math.round(a['first-contentful-paint']?.numericValue ?? 0),
          lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? 0),
          cls: +(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
          tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? 0),
          failingAudits: failing.slice(0, 12),
          runtimeError: r.lhr.runtimeError?.message,
        });
        log(
          `  ${path}: perf ${score('performance')} a11y ${score('accessibility')} bp ${score('best-practices')} seo ${score('seo')}`,
        );
      } catch (e) {
        out.pages.push({ type, path, error: e.message.split('\n')[0] });
        log(`  ${path}: ${e.message.split('\n')[0]}`);
      }
    }
  } catch (e) {
    out.error = e.message;
  } finally {
    chrome.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
  results.lighthouse = out;
}
