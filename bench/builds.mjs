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

/**
 * Build a copy of the project in a temp folder (node_modules linked, so the build cannot clash with
 * the real one), whose content/ `prepare(contentDir)` fills, with the build-time cap. `measure(dist)`
 * runs on a successful build, before the copy is removed. Returns what prepare returned, the build's
 * result (`failed`: the fields of a failed or capped build, else undefined) and what measure returned.
 */
async function buildCopy(prefix, prepare, measure) {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  try {
    const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'tests', 'bench']);
    for (const f of readdirSync(ROOT)) if (!skip.has(f)) cpSync(join(ROOT, f), join(tmp, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    const prepared = prepare(join(tmp, 'content'));
    const r = await run('npm', ['run', 'build'], {
      cwd: tmp,
      env: { SITE_CONTENT_DIR: join(tmp, 'content') },
      timeoutS: MAX_BUILD_S,
    });
    if (r.timedOut) {
      log(`  capped: not finished after ${MAX_BUILD_S} s`);
      return {
        prepared,
        failed: { ok: false, capped: true, seconds: MAX_BUILD_S, error: `stopped after ${MAX_BUILD_S} s (cap)` },
      };
    }
    if (r.code !== 0) {
      log(r.out.slice(-2000));
      const detail = r.out
        .split('\n')
        .filter((l) => /error|fout|^- /i.test(l))
        .slice(0, 8)
        .join('\n')
        .slice(0, 1500);
      return { prepared, failed: { ok: false, error: `build failed (exit ${r.code})`, detail } };
    }
    const dist = join(tmp, 'dist');
    return {
      prepared,
      measured: {
        ok: true,
        pages: walk(dist, (f) => f.endsWith('.html') && !f.includes('/pagefind/')).length,
        seconds: +r.seconds.toFixed(1),
        pagefindBytes: dirBytes(join(dist, 'pagefind')),
        distBytes: dirBytes(dist),
        ...measure(dist),
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function buildSynthetic(scale) {
  log(`\n== build ${scale}× (synthetic content) ==`);
  const {
    prepared: entries,
    failed,
    measured,
  } = await buildCopy(
    `sww-bench-${scale}x-`,
    (content) => {
      const e = makeSynthetic(join(ROOT, 'content'), content, scale);
      log(
        `  ${e.total} entries (${Object.entries(e.per)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); cap ${MAX_BUILD_S} s`,
      );
      return e;
    },
    () => ({}),
  );
  const b = { scale, entries: entries.total, perCollection: entries.per, ...(failed ?? measured) };
  if (measured) b.secondsPerEntry = +(measured.seconds / entries.total).toFixed(3);
  if (failed?.detail)
    results.notes.push(`${scale}× build failed:\n\n  \`\`\`\n  ${failed.detail.split('\n').join('\n  ')}\n  \`\`\``);
  if (measured) log(`  ${b.pages} pages, ${b.seconds} s, Pagefind index ${kb(b.pagefindBytes)}`);
  results.builds.push(b);
  return b;
}

/**
 * The real content plus a synthetic GR register (1,000 regelingen, 342 municipalities) dropped into
 * content/import/, built like the other synthetic scales. Measures build time against the linear
 * budget (content ratio against 1×) and the largest portfolio page against the reading budget.
 */
export async function buildRegister({ regelingen = 1000, gemeenten = 342 } = {}) {
  log(`\n== build with a synthetic register (${regelingen} regelingen, ${gemeenten} gemeenten) ==`);
  let pf;
  const { prepared, failed, measured } = await buildCopy(
    'sww-bench-register-',
    (content) => {
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      const reg = addSyntheticRegister(content, { regelingen, gemeenten });
      // entries: every content file plus one per register record (the importer turns each into a regeling)
      const entries = countEntries(content).total + regelingen;
      log(
        `  ${entries} entries; ${reg.minPerGemeente}–${reg.maxPerGemeente} regelingen per gemeente; cap ${MAX_BUILD_S} s`,
      );
      return { reg, entries };
    },
    (dist) => {
      pf = portefeuillePaginas(dist);
      return {
        portefeuillePages: pf.pages.length,
        largestPortefeuille: pf.largest,
        portefeuilleOver: pf.over.length,
        portefeuilleBudget: PORTEFEUILLE_BUDGET,
      };
    },
  );
  const b = {
    scale: 'register',
    regelingen,
    gemeenten,
    entries: prepared.entries,
    perGemeente: [prepared.reg.minPerGemeente, prepared.reg.maxPerGemeente],
    ...(failed ?? measured),
  };
  if (measured)
    log(
      `  ${b.pages} pages, ${b.seconds} s; ${pf.pages.length} portfolio pages, largest ${pf.largest?.path} ${kb(pf.largest?.gz)} gzip (budget ${kb(PORTEFEUILLE_BUDGET)}), ${pf.over.length} over`,
    );
  results.register = b;
  return b;
}
