/**
 * The architecture as a test. Imports are read from the source with a
 * regular expression (type-only imports are erased by TypeScript and do not
 * count) and followed through the project's own files. It fails when
 * - src/engine imports (directly or through other files) a view or a loader,
 * - src/lib imports from src/visuals,
 * - a pure module (src/engine, src/explorer/{flow,outcome,render}, src/calc)
 *   reaches `astro:*` or `node:*` (or a bare Node built-in) through its imports.
 * KNOWN lists today's violations in files this rule's owner cannot change
 * yet; any NEW violation fails, and so does an entry that is no longer needed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mjs|js|astro)$/.test(f) ? [p] : [];
  });
}

/** The value imports of a file: relative ones resolved to project paths, others as written. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const re = /(?:^|[;\s])(import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) {
    if (m[5] || m[6]) {
      out.push((m[5] ?? m[6])!);
      continue;
    }
    if (m[2]) continue; // import type … / export type …
    const names = m[3];
    // `import { type A, type B } from` is type-only too
    const braces = /^\{([\s\S]*)\}$/.exec(names.trim());
    if (braces && braces[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '))) continue;
    out.push(m[4]);
  }
  return out;
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const p = resolve(dirname(from), spec);
  for (const c of [p, `${p}.ts`, join(p, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return rel(c);
  return rel(p);
}

const files = walk(join(ROOT, 'src')).map(rel);
const graph = new Map<string, string[]>(
  files.map((f) => [f, importsOf(readFileSync(join(ROOT, f), 'utf8')).map((s) => resolveImport(join(ROOT, f), s))]),
);

const isNode = (s: string) => s.startsWith('node:') || builtinModules.includes(s);
const isAstro = (s: string) => s.startsWith('astro:');
const isView = (s: string) => /^src\/(components|pages|layouts|scripts|visuals)\//.test(s);
/** Modules that read content from disk or from Astro (the loaders and their seams). */
const LOADERS = new Set([
  'src/content.config.ts',
  'src/lib/kb.ts',
  'src/lib/load-content.ts',
  'src/lib/read-content.ts',
  'src/lib/content-layer.ts',
  'src/lib/calc-rules.ts',
  'src/lib/view.ts',
  'src/lib/engine-view.ts',
  'src/lib/engine-input.ts',
  'src/explorer/load.ts',
  'src/explorer/build-data.ts',
  'src/components/calc/rekenregels.ts',
]);
const isPure = (f: string) => /^src\/(engine|calc)\//.test(f) || /^src\/explorer\/(flow|outcome|render)[^/]*\.ts$/.test(f);

/** Every module reachable from `start` by value imports, with the chain that reaches it. */
function reach(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const f = queue.shift()!;
    for (const t of graph.get(f) ?? []) {
      if (seen.has(t)) continue;
      seen.set(t, [...seen.get(f)!, t]);
      if (graph.has(t)) queue.push(t);
    }
  }
  return seen;
}

type Violation = `${string} -> ${string}`;
function violations(): Violation[] {
  const out = new Set<Violation>();
  for (const f of files) {
    const direct = graph.get(f) ?? [];
    if (f.startsWith('src/lib/')) for (const t of direct) if (t.startsWith('src/visuals/')) out.add(`${f} -> ${t}`);
    if (f.startsWith('src/engine/'))
      for (const t of direct) if (isView(t) || LOADERS.has(t)) out.add(`${f} -> ${t}`);
    if (isPure(f))
      for (const [t, chain] of reach(f)) if (isNode(t) || isAstro(t)) out.add(`${f} -> ${t} (via ${chain.slice(1, -1).join(' > ') || 'direct'})`);
  }
  return [...out].sort();
}

/**
 * Known violations, each with the reason and the way out. Keep this list
 * short: remove an entry as soon as its file is fixed (the test says so).
 */
const KNOWN: Violation[] = [];

describe('architecture', () => {
  it('reads the imports it has to judge (the parser itself)', () => {
    expect(importsOf(`import a from './a.ts';\nimport type { B } from './b.ts';\nimport { type C } from './c.ts';\nexport { d } from './d.ts';\nimport 'node:fs';\nconst x = await import('astro:content');\n// import z from './z.ts';`)).toEqual(['./a.ts', './d.ts', 'node:fs', 'astro:content']);
    expect(graph.get('src/lib/load-content.ts')).toContain('node:fs');
    expect(graph.get('src/engine/evaluate.ts')!.length).toBeGreaterThan(0);
  });

  it('has no new violation and no stale allow-list entry', () => {
    const found = violations();
    expect(found.filter((v) => !KNOWN.includes(v)), 'new violations').toEqual([]);
    expect(KNOWN.filter((v) => !found.includes(v)), 'allow-list entries that are fixed: remove them').toEqual([]);
  });
});

/**
 * One home per shared job: the patterns below may only occur in their home
 * file (src/lib/…). KNOWN_COPIES lists today's copies in files this test's
 * owner cannot change; each has to switch to the home, then leave the list.
 */
const HOMES: { job: string; pattern: RegExp; home: string }[] = [
  { job: 'HTML escaping', pattern: /'&':\s*'&amp;'|&#\$\{c\.charCodeAt/, home: 'src/lib/html.ts' },
  { job: 'Dutch month names', pattern: /'januari'|'mrt'/, home: 'src/lib/dates.ts' },
  { job: 'euro formatting', pattern: /function euro\b|const euro\s*=|toLocaleString\('nl-NL'\)/, home: 'src/lib/money.ts' },
  { job: '"file: field" problems', pattern: /\}: veld "\$\{/, home: 'src/lib/errors.ts' },
  { job: 'citation link text', pattern: /\$\{c\.detail \? ` \(\$\{c\.detail\}\)` : ''\}|\/bronnen\/\$\{[^}]+\}\/#/, home: 'src/lib/cite.ts' },
];
const KNOWN_COPIES: string[] = [];

describe('one home per shared job', () => {
  const copies = (): string[] =>
    HOMES.flatMap(({ job, pattern, home }) =>
      files.filter((f) => f !== home && pattern.test(readFileSync(join(ROOT, f), 'utf8'))).map((f) => `${job}: ${f}`),
    ).sort();
  it('finds each job in its home (the patterns match what they look for)', () => {
    for (const { job, pattern, home } of HOMES) expect(pattern.test(readFileSync(join(ROOT, home), 'utf8')), job).toBe(true);
  });
  it('has no new copy, and no stale allow-list entry', () => {
    const found = copies();
    expect(found.filter((c) => !KNOWN_COPIES.includes(c)), 'new copies').toEqual([]);
    expect(KNOWN_COPIES.filter((c) => !found.includes(c)), 'fixed: remove from KNOWN_COPIES').toEqual([]);
  });
});

