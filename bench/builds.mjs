// Build time and search-index growth: the real build (1×) and synthetic content at 10× and 100×.
import { mkdtempSync, rmSync, cpSync, symlinkSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { walk } from '../tests/site/lib/files.mjs';
import { makeSynthetic, countEntries } from './synthetic.mjs';
import { ROOT, DIST, MAX_BUILD_S, results, log, kb, dirBytes, run } from './common.mjs';

// ------------------------------------------------------------------ builds
export async function buildReal() {
  log('\n== build 1× (npm run build) ==');
  const r = await run('npm', ['run', 'build']);
  const entries = countEntries(join(ROOT, 'content'));
  if (r.code !== 0) {
    log(r.out.slice(-3000));
    results.builds.push({ scale: 1, entries: entries.total, ok: false, error: `npm run build exited ${r.code}` });
    return false;
  }
  const pages = walk(DIST, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
  const b = { scale: 1, entries: entries.total, perCollection: entries.per, pages, seconds: +r.seconds.toFixed(1), secondsPerEntry: +(r.seconds / entries.total).toFixed(3), pagefindBytes: dirBytes(join(DIST, 'pagefind')), distBytes: dirBytes(DIST), ok: true };
  results.builds.push(b);
  log(`  ${b.entries} entries, ${b.pages} pages, ${b.seconds} s, Pagefind index ${kb(b.pagefindBytes)}`);
  return true;
}

export async function buildSynthetic(scale) {
  log(`\n== build ${scale}× (synthetic content) ==`);
  const tmp = mkdtempSync(join(tmpdir(), `sww-bench-${scale}x-`));
  try {
    // a copy of the project (node_modules linked) so the build cannot clash with the real one
    const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'tests', 'bench']);
    for (const f of readdirSync(ROOT)) if (!skip.has(f)) cpSync(join(ROOT, f), join(tmp, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    const entries = makeSynthetic(join(ROOT, 'content'), join(tmp, 'content'), scale);
    log(`  ${entries.total} entries (${Object.entries(entries.per).map(([k, v]) => `${k} ${v}`).join(', ')}); cap ${MAX_BUILD_S} s`);
    const r = await run('npm', ['run', 'build'], { cwd: tmp, env: { SITE_CONTENT_DIR: join(tmp, 'content') }, timeoutS: MAX_BUILD_S });
    const b = { scale, entries: entries.total, perCollection: entries.per };
    if (r.timedOut) {
      Object.assign(b, { ok: false, capped: true, seconds: MAX_BUILD_S, error: `stopped after ${MAX_BUILD_S} s (cap)` });
      log(`  capped: not finished after ${MAX_BUILD_S} s`);
    } else if (r.code !== 0) {
      Object.assign(b, { ok: false, error: `build failed (exit ${r.code})`, detail: r.out.split('\n').filter((l) => /error|fout|^- /i.test(l)).slice(0, 8).join('\n').slice(0, 1500) });
      results.notes.push(`${scale}× build failed:\n\n  \`\`\`\n  ${b.detail.split('\n').join('\n  ')}\n  \`\`\``);
      log(r.out.slice(-2000));
    } else {
      const dist = join(tmp, 'dist');
      Object.assign(b, {
        ok: true,
        pages: walk(dist, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length,
        seconds: +r.seconds.toFixed(1),
        secondsPerEntry: +(r.seconds / entries.total).toFixed(3),
        pagefindBytes: dirBytes(join(dist, 'pagefind')),
        distBytes: dirBytes(dist),
      });
      log(`  ${b.pages} pages, ${b.seconds} s, Pagefind index ${kb(b.pagefindBytes)}`);
    }
    results.builds.push(b);
    return b;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
