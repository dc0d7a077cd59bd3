/**
 * The architecture as a test, on the real import graph (read with the
 * TypeScript parser, see ./graph.ts): the layers of src/ run one way, applied
 * transitively; no cycles between files or folders; browser code pulls in no
 * zod, no Node or Astro module and no loader; every exported name is defined
 * once; no re-export shims; each shared job lives in its home, found by the
 * names it exports.
 *
 * The second half breaks every rule once, in a copy of the real tree held in
 * memory, and checks that the rule catches it: a rule that cannot fail is no
 * rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  buildGraph,
  deadExports,
  importsOf,
  judge,
  layerOf,
  LAYERS,
  type Home,
  type Source,
  type Violation,
} from './graph.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mjs|astro|css)$/.test(f) ? [p] : [];
  });
}

const read = (dirs: string[]): Source =>
  new Map(
    dirs
      .flatMap((d) => walk(join(ROOT, d)))
      .map((p) => [relative(ROOT, p).split('\\').join('/'), readFileSync(p, 'utf8')]),
  );
const real = read(['src']);
/** the files outside src/ that import from it */
const users = read(['tests', 'scripts', 'bench']);

/** The one home of each shared job, by the names it exports. */
export const HOMES: Home[] = [
  { job: 'HTML escaping', home: 'src/lib/html.ts', names: ['esc'] },
  {
    job: 'dates: parsing, checking, arithmetic, Dutch month names',
    home: 'src/lib/dates.ts',
    names: ['MAANDEN', 'datumNl', 'isoDelen', 'parseDatum', 'naarIso'],
  },
  { job: 'money in euro', home: 'src/lib/money.ts', names: ['euro', 'euroVanEuros'] },
  { job: '"file: field" problems', home: 'src/lib/errors.ts', names: ['fieldProblem', 'zodProblems'] },
  {
    job: 'citations: key, dedupe, link',
    home: 'src/lib/cite.ts',
    names: [
      'citeKey',
      'uniqueCitations',
      'citationView',
      'sourceHref',
      'sourceParts',
      'sourcePart',
      'publicSourcesHref',
      'citationText',
      'citeIndex',
      'citeLink',
      'resolveCitation',
      'regelingHref',
    ],
  },
  {
    job: "UI wording: the string table of labels, UI text and the calculators' sentences",
    home: 'src/lib/labels.ts',
    names: ['UI', 'REKENHULP_TEKST', 'VELD_LABEL', 'CRITERIUM_LABEL', 'OORDEEL_LABEL', 'KENMERK_WAARDE_LABEL'],
  },
  {
    job: 'build settings: build date and content folder',
    home: 'src/loaders/env.ts',
    names: ['buildDate', 'readBuildDate', 'contentRoot'],
  },
];

const fmt = (v: Violation[]) => v.map((x) => `${x.rule}: ${x.detail}`);

describe('architecture of src/', () => {
  it('reads imports with the TypeScript parser, type-only ones apart', () => {
    const got = importsOf(
      `import 'node:fs';\nimport a from './a.ts';\nimport type { B } from './b.ts';\nimport { type C } from './c.ts';\nexport { d } from './d.ts';\nconst x = await import('astro:content');\n// import z from './z.ts';\nconst s = "import y from './y.ts'";`,
    );
    expect(got).toEqual([
      { spec: 'node:fs', typeOnly: false },
      { spec: './a.ts', typeOnly: false },
      { spec: './b.ts', typeOnly: true },
      { spec: './c.ts', typeOnly: true },
      { spec: './d.ts', typeOnly: false, reexport: true },
      { spec: 'astro:content', typeOnly: false },
    ]);
  });

  it('sees the real tree: every file of src/ is in a layer, and the graph has the known edges', () => {
    const unplaced = [...real.keys()].filter((f) => /\.(ts|astro)$/.test(f) && !layerOf(f));
    expect(unplaced).toEqual([]);
    for (const f of real.keys()) if (layerOf(f)) expect(LAYERS, f).toHaveProperty(layerOf(f)!);
    const edges = buildGraph(real);
    expect(edges.some((e) => e.from === 'src/loaders/load-content.ts' && e.to === 'node:fs')).toBe(true);
    expect(edges.some((e) => e.from === 'src/scripts/verkenner.ts' && e.to === 'src/explorer/flow.ts')).toBe(true);
  });

  it('has no violation of any rule', () => {
    expect(fmt(judge(real, HOMES))).toEqual([]);
  });

  it('exports nothing that no file imports (dead exports)', () => {
    expect(deadExports(real, users)).toEqual([]);
  });
});

/** The real tree with some files added or replaced. */
const mutate = (changes: Record<string, string>): Source => new Map([...real, ...Object.entries(changes)]);
const rulesBroken = (changes: Record<string, string>, homes: Home[] = HOMES) =>
  new Set(judge(mutate(changes), homes).map((v) => v.rule));

describe('each rule fails when broken (mutation cases)', () => {
  it('layer: the engine imports a loader', () => {
    expect(
      rulesBroken({ 'src/engine/x.ts': `import { getKB } from '../loaders/kb.ts';\nexport const x = getKB;` }),
    ).toContain('layer');
  });
  it('layer, transitively: the engine reaches a browser script through a new lib file', () => {
    const v = judge(
      mutate({
        'src/lib/bridge.ts': `import '../scripts/search.ts';\nexport const bridge = 1;`,
        'src/engine/y.ts': `import { bridge } from '../lib/bridge.ts';\nexport const y = bridge;`,
      }),
      HOMES,
    );
    expect(
      v.some(
        (x) =>
          x.rule === 'layer' && x.detail.startsWith('src/engine/y.ts -> src/scripts/search.ts (via src/lib/bridge.ts)'),
      ),
    ).toBe(true);
  });
  it('layer: lib imports a component', () => {
    expect(rulesBroken({ 'src/lib/z.ts': `import C from '../components/Cite.astro';\nexport const z = C;` })).toContain(
      'layer',
    );
  });
  it('layer: schemas import the explorer', () => {
    expect(
      rulesBroken({ 'src/schemas/w.ts': `import { pad } from '../explorer/flow.ts';\nexport const w = pad;` }),
    ).toContain('layer');
  });
  it("package: a pure module reaches node:fs, even when `import 'node:fs'` stands before another import", () => {
    expect(
      rulesBroken({
        'src/calc/v.ts': `import 'node:fs';\nimport { esc } from '../lib/html.ts';\nexport const v = esc;`,
      }),
    ).toContain('package');
  });
  it('browser: a browser script pulls in zod through a domain module', () => {
    expect(
      rulesBroken({
        'src/explorer/u.ts': `import { z } from 'astro/zod';\nexport const u = z.string();`,
        'src/scripts/t.ts': `import { u } from '../explorer/u.ts';\nconsole.log(u);`,
      }),
    ).toContain('browser');
  });
  it("browser: an .astro page's <script> pulls in a loader", () => {
    expect(
      rulesBroken({
        'src/pages/s.astro': `---\n---\n<p>x</p>\n<script>\nimport { getKB } from '../loaders/kb.ts';\nconsole.log(getKB);\n</script>\n`,
      }),
    ).toContain('browser');
  });
  it('file-cycle: two files import each other', () => {
    expect(
      rulesBroken({
        'src/calc/a1.ts': `import { b1 } from './b1.ts';\nexport const a1 = () => b1;`,
        'src/calc/b1.ts': `import { a1 } from './a1.ts';\nexport const b1 = () => a1;`,
      }),
    ).toContain('file-cycle');
  });
  it('folder-cycle: lib and schemas import each other', () => {
    const broken = rulesBroken({
      'src/lib/r.ts': `import { slug } from '../schemas/index.ts';\nexport const r = slug;`,
      'src/schemas/r2.ts': `import { esc } from '../lib/html.ts';\nexport const r2 = esc;`,
    });
    expect(broken).toContain('folder-cycle');
    expect(broken).toContain('layer');
  });
  it('duplicate-export: a second file defines an exported name', () => {
    expect(rulesBroken({ 'src/visuals/q.ts': `export function renderHeatmap() { return ''; }` })).toContain(
      'duplicate-export',
    );
  });
  it('re-export: a shim passes another module on', () => {
    expect(rulesBroken({ 'src/calc/p.ts': `export { esc } from '../lib/html.ts';` })).toContain('re-export');
  });
  it('home: a file defines its own citation key, even unexported and written differently', () => {
    expect(
      rulesBroken({
        'src/explorer/o.ts': `const citeKey = (c: { bron: string }) => c.bron + '#';\nexport const o = citeKey;`,
      }),
    ).toContain('home');
  });
  it('dead-export: an exported function nobody imports', () => {
    expect(deadExports(mutate({ 'src/lib/unused.ts': `export const nobodyCalls = () => 1;` }), users)).toContain(
      'src/lib/unused.ts: nobodyCalls',
    );
  });
  it('home: the home stops exporting its job', () => {
    expect(rulesBroken({ 'src/lib/html.ts': `export const escape = (s: string) => s;` })).toContain('home');
  });
});
