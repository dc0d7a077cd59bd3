// Build time and search-index growth: the real build (1×) and synthetic content at 10× and 100×.
import { mkdtempSync, rmSync, cpSync, symlinkSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { walk } from '../tests/site/lib/files.mjs';
import { makeSynthetic, countEntries, addSyntheticRegister } from './synthetic.mjs';
import { portefeuillePaginas, PORTEFEUILLE_BUDGET } from '../tests/site/lib/portefeuille-budget.mjs';
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
  const b = {
    scale: 1,
    entries: entries.total,
    perCollection: entries.per,
    pages,
    seconds: +r.seconds.toFixed(1),
    secondsPerEntry: +(r.seconds / entries.total).toFixed(3),
    pagefindBytes: dirBytes(join(DIST, 'pagefind')),
    distBytes: dirBytes(DIST),
    ok: true,
  };
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
    log(
      `  ${entries.total} entries (${Object.entries(entries.per)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); cap ${MAX_BUILD_S} s`,
    );
    const r = await run('npm', ['run', 'build'], {
      cwd: tmp,
      env: { SITE_CONTENT_DIR: join(tmp, 'content') },
      timeoutS: MAX_BUILD_S,
    });
    const b = { scale, entries: entries.total, perCollection: entries.per };
    if (r.timedOut) {
      Object.assign(b, {
        ok: false,
        capped: true,
        seconds: MAX_BUILD_S,
        error: `stopped after ${MAX_BUILD_S} s (cap)`,
      });
      log(`  capped: not finished after ${MAX_BUILD_S} s`);
    } else if (r.code !== 0) {
      Object.assign(b, {
        ok: false,
        error: `build failed (exit ${r.code})`,
        detail: r.out
          .split('\n')
          .filter((l) => /error|fout|^- /i.test(l))
          .slice(0, 8)
          .join('\n')
          .slice(0, 1500),
      });
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

/**
 * The real content plus a synthetic GR register (1,000 regelingen, 342 municipalities) dropped into
 * content/import/, built like the other synthetic scales. Measures build time against the linear
 * budget (content ratio against 1×) and the largest portfolio page against the reading budget.
 */
export async function buildRegister({ regelingen = 1000, gemeenten = 342 } = {}) {
  log(`\n== build with a synthetic register (${regelingen} regelingen, ${gemeenten} gemeenten) ==`);
  const tmp = mkdtempSync(join(tmpdir(), 'sww-bench-register-'));
  try {
    const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'tests', 'bench']);
    for (const f of readdirSync(ROOT)) if (!skip.has(f)) cpSync(join(ROOT, f), join(tmp, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    cpSync(join(ROOT, 'content'), join(tmp, 'content'), { recursive: true });
    const reg = addSyntheticRegister(join(tmp, 'content'), { regelingen, gemeenten });
    // entries: every content file plus one per register record (the importer turns each into a regeling)
    const entries = countEntries(join(tmp, 'content')).total + regelingen;
    log(
      `  ${entries} entries; ${reg.minPerGemeente}–${reg.maxPerGemeente} regelingen per gemeente; cap ${MAX_BUILD_S} s`,
    );
    const r = await run('npm', ['run', 'build'], {
      cwd: tmp,
      env: { SWW_CONTENT_DIR: join(tmp, 'content') },
      timeoutS: MAX_BUILD_S,
    });
    const b = {
      scale: 'register',
      regelingen,
      gemeenten,
      entries,
      perGemeente: [reg.minPerGemeente, reg.maxPerGemeente],
    };
    if (r.timedOut)
      Object.assign(b, {
        ok: false,
        capped: true,
        seconds: MAX_BUILD_S,
        error: `stopped after ${MAX_BUILD_S} s (cap)`,
      });
    else if (r.code !== 0) {
      Object.assign(b, {
        ok: false,
        error: `build failed (exit ${r.code})`,
        detail: r.out
          .split('\n')
          .filter((l) => /error|fout|^- /i.test(l))
          .slice(0, 8)
          .join('\n')
          .slice(0, 1500),
      });
      log(r.out.slice(-2000));
    } else {
      const dist = join(tmp, 'dist');
      const pf = portefeuillePaginas(dist);
      Object.assign(b, {
        ok: true,
        pages: walk(dist, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length,
        seconds: +r.seconds.toFixed(1),
        distBytes: dirBytes(dist),
        pagefindBytes: dirBytes(join(dist, 'pagefind')),
        portefeuillePages: pf.pages.length,
        largestPortefeuille: pf.largest,
        portefeuilleOver: pf.over.length,
        portefeuilleBudget: PORTEFEUILLE_BUDGET,
      });
      log(
        `  ${b.pages} pages, ${b.seconds} s; ${pf.pages.length} portfolio pages, largest ${pf.largest?.path} ${kb(pf.largest?.gz)} gzip (budget ${kb(PORTEFEUILLE_BUDGET)}), ${pf.over.length} over`,
      );
    }
    results.register = b;
    return b;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
