/**
 * The project's import graph, read with the TypeScript compiler's own parser
 * (not regular expressions), and the architecture rules judged on it.
 *
 * Everything here is a pure function of a map `path → source`, so the rules
 * can be tried on the real tree and on mutated copies of it (see
 * architecture.test.ts: every rule is broken once and must fail).
 *
 * An edge is a value import (`import x from`, `import 'x'`, `export … from`,
 * `import()`); an import whose every name is a type (`import type`,
 * `import { type A }`) is erased by TypeScript and creates no edge at run time,
 * so it is kept apart as a type edge. `.astro` files contribute their
 * frontmatter (server side) and their `<script>` blocks (browser side).
 */
import ts from 'typescript';

export type Source = Map<string, string>;

const parsed = new Map<string, ts.SourceFile>();
/** Parse once per (file, text): the rules and their mutation cases parse the same files many times. */
function parse(fileName: string, code: string): ts.SourceFile {
  const key = `${fileName}\0${code}`;
  let sf = parsed.get(key);
  if (!sf) parsed.set(key, (sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)));
  return sf;
}

export interface Edge {
  from: string;
  /** a project path ("src/lib/html.ts") or a bare specifier ("astro/zod", "node:fs") */
  to: string;
  typeOnly: boolean;
  /** `export … from`: the file passes another module's names on */
  reexport: boolean;
  /** the import is in an .astro file's <script>: it runs in the browser */
  browser: boolean;
}

/** The specifiers a piece of TypeScript imports, with whether each import is type-only. */
export function importsOf(code: string, fileName = 'x.ts'): { spec: string; typeOnly: boolean; reexport?: boolean }[] {
  const sf = parse(fileName, code);
  const out: { spec: string; typeOnly: boolean; reexport?: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const typeOnly =
        !!c &&
        (c.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!c.name &&
            !!c.namedBindings &&
            ts.isNamedImports(c.namedBindings) &&
            c.namedBindings.elements.length > 0 &&
            c.namedBindings.elements.every((e) => e.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (!!node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      out.push({ spec: node.moduleSpecifier.text, typeOnly, reexport: true });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The names a module exports that it defines itself (not re-exports). */
export function exportedNames(code: string, fileName = 'x.ts'): string[] {
  const sf = parse(fileName, code);
  const names: string[] = [];
  const isExported = (n: ts.Node) =>
    ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of sf.statements) {
    if (!isExported(st)) continue;
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) names.push(st.name.text);
    else if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
  }
  return names;
}

/** The TypeScript parts of an .astro file: its frontmatter (server) and its <script> blocks (browser). */
export function astroParts(source: string): { server: string; browser: string[] } {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const browser = [
    ...source.matchAll(
      /<script(?![^>]*\bis:inline)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => m[1]);
  return { server: fm ? fm[1] : '', browser };
}

function dirOf(p: string): string {
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
}

function normalise(parts: string[]): string {
  const out: string[] = [];
  for (const s of parts) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

/** Resolves a relative specifier against the files of the tree; bare specifiers stay as written. */
export function resolveSpec(files: Source, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = normalise([...dirOf(from).split('/'), ...spec.split('/')]);
  for (const c of [base, `${base}.ts`, `${base}.mjs`, `${base}/index.ts`]) if (files.has(c)) return c;
  return base;
}

export function buildGraph(files: Source): Edge[] {
  const edges: Edge[] = [];
  for (const [path, source] of files) {
    const parts = path.endsWith('.astro') ? astroParts(source) : { server: source, browser: [] as string[] };
    const add = (code: string, browser: boolean) => {
      for (const { spec, typeOnly, reexport } of importsOf(code, path.replace(/\.astro$/, '.ts')))
        edges.push({ from: path, to: resolveSpec(files, path, spec), typeOnly, reexport: !!reexport, browser });
    };
    add(parts.server, false);
    for (const b of parts.browser) add(b, true);
  }
  return edges;
}

// ---------------------------------------------------------------------------
// The layers
// ---------------------------------------------------------------------------

/**
 * Each folder of src/ is one layer. A file may import (by value, directly or
 * through any chain of files) only files of its own layer and of the layers
 * listed here. Bottom to top:
 *   lib       pure helpers (escaping, dates, money, citations, UI strings, errors)
 *   schemas   zod schemas of content/ and of the rules, flows and calculators
 *   engine, explorer, calc, visuals   the domain: pure, framework-free
 *   import    readers of the official formats (CVDR XML, the register export) into content files
 *   loaders   reading content/ from disk or Astro, and the cross-checks
 *   admin     the content editor's configuration and checks (development server only)
 *   views     components, layouts, pages, integrations (build time) and scripts (browser);
 *             styles (CSS) may be imported by components, layouts and pages
 */
/** What a component may import; layouts may also import components, pages also layouts. */
const COMPONENT_IMPORTS = [
  'lib',
  'schemas',
  'engine',
  'calc',
  'explorer',
  'visuals',
  'import',
  'loaders',
  'site',
  'styles',
];

export const LAYERS: Record<string, string[]> = {
  lib: [],
  schemas: ['lib'],
  engine: ['lib', 'schemas'],
  calc: ['lib', 'schemas'],
  explorer: ['lib', 'schemas', 'engine'],
  visuals: ['lib', 'schemas', 'engine'],
  import: ['lib', 'schemas'],
  loaders: ['lib', 'schemas', 'engine', 'calc', 'explorer', 'import'],
  components: COMPONENT_IMPORTS,
  layouts: [...COMPONENT_IMPORTS, 'components'],
  pages: [...COMPONENT_IMPORTS, 'components', 'layouts'],
  scripts: ['lib', 'schemas', 'engine', 'calc', 'explorer', 'site'],
  styles: [],
  integrations: ['lib', 'schemas', 'engine', 'calc', 'explorer', 'import', 'loaders', 'admin'],
  admin: ['lib', 'schemas', 'engine', 'calc', 'explorer', 'import', 'loaders'],
  site: [],
  'content.config': ['loaders', 'lib', 'schemas', 'engine', 'calc', 'explorer', 'import'],
};

/** Bare modules a layer may use at run time (besides zod for schemas, see PACKAGES). */
const PURE = ['lib', 'schemas', 'engine', 'calc', 'explorer', 'visuals'];
const PACKAGES: Record<string, RegExp> = {
  lib: /^$/,
  schemas: /^astro\/zod$/,
  engine: /^$/,
  calc: /^$/,
  explorer: /^fflate$/,
  visuals: /^d3(-[a-z]+)?$/,
};

export function layerOf(path: string): string | undefined {
  const m = /^src\/([^/.]+)(?:\/|\.ts$|\.config\.ts$)/.exec(path);
  if (!m) return undefined;
  if (path === 'src/content.config.ts') return 'content.config';
  return m[1];
}

const isBare = (to: string) => !to.startsWith('src/') && !to.startsWith('tests/');
const ZOD = /^(astro\/zod|zod)(\/|$)/;
const PLATFORM = /^(node:|astro:)|^(fs|path|url|os|child_process|module|crypto)$/;

export interface Violation {
  rule: 'layer' | 'package' | 'browser' | 'file-cycle' | 'folder-cycle' | 'duplicate-export' | 're-export' | 'home';
  detail: string;
}

/** Value-edge adjacency, project files only, excluding browser-side edges of .astro files. */
function adjacency(edges: Edge[], opts: { browser?: boolean } = {}): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (e.typeOnly) continue;
    if (opts.browser === false && e.browser) continue;
    if (!adj.has(e.from)) adj.set(e.from, []);
    adj.get(e.from)!.push(e.to);
  }
  return adj;
}

/** Every module reachable from `starts` by value imports; `chain(t)` is the path that reaches `t`. */
function reach(adj: Map<string, string[]>, starts: string[]): { reached: string[]; chain: (t: string) => string[] } {
  const parent = new Map<string, string | null>(starts.map((s) => [s, null]));
  const queue = [...starts];
  for (let i = 0; i < queue.length; i++)
    for (const t of adj.get(queue[i]) ?? []) {
      if (parent.has(t)) continue;
      parent.set(t, queue[i]);
      if (adj.has(t)) queue.push(t);
    }
  const chain = (t: string): string[] => {
    const c: string[] = [];
    for (let x: string | null | undefined = t; x != null; x = parent.get(x)) c.unshift(x);
    return c;
  };
  return { reached: [...parent.keys()], chain };
}

/** Strongly connected components with more than one member (Tarjan). */
export function cycles(nodes: string[], adj: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of adj.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (adj.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) strong(n);
  return out;
}

/** One home per shared job: the job's exported names may be defined only in its home. */
export interface Home {
  job: string;
  home: string;
  names: string[];
}

/** Names Astro asks every route file to export: the same name in many pages is the framework's convention. */
const ROUTE_EXPORTS = new Set(['GET', 'POST', 'getStaticPaths', 'prerender']);

export function judge(files: Source, homes: Home[]): Violation[] {
  const edges = buildGraph(files);
  const out: Violation[] = [];
  const projectFiles = [...files.keys()].filter((f) => f.startsWith('src/'));
  const server = adjacency(edges, { browser: false });
  const all = adjacency(edges);

  // 1. layers, transitively, on value imports of the server side
  for (const f of projectFiles) {
    const layer = layerOf(f);
    if (!layer) continue;
    const allowed = new Set([layer, ...(LAYERS[layer] ?? [])]);
    const r = reach(server, [f]);
    for (const t of r.reached) {
      if (t === f) continue;
      const via = () => r.chain(t).slice(1, -1).join(' > ');
      if (isBare(t)) {
        if (
          PURE.includes(layer) &&
          (PLATFORM.test(t) || !PACKAGES[layer].test(t)) &&
          !(layer === 'schemas' && ZOD.test(t))
        )
          out.push({ rule: 'package', detail: `${f} -> ${t}${via() ? ` (via ${via()})` : ''}` });
        continue;
      }
      const tl = layerOf(t);
      if (tl && !allowed.has(tl)) out.push({ rule: 'layer', detail: `${f} -> ${t}${via() ? ` (via ${via()})` : ''}` });
    }
  }

  // 2. browser code: what a <script> or src/scripts/* pulls in may not reach zod, the platform or a loader
  const browserStarts = new Set<string>();
  for (const e of edges) if (e.browser && !e.typeOnly) browserStarts.add(e.to);
  for (const f of projectFiles) if (layerOf(f) === 'scripts') browserStarts.add(f);
  const b = reach(all, [...browserStarts]);
  for (const t of b.reached)
    if (ZOD.test(t) || PLATFORM.test(t) || layerOf(t) === 'loaders')
      out.push({ rule: 'browser', detail: b.chain(t).join(' > ') });

  // 3. no cycles between files, and none between folders (layers)
  for (const c of cycles(projectFiles, all)) out.push({ rule: 'file-cycle', detail: c.join(' <-> ') });
  const folderAdj = new Map<string, string[]>();
  for (const e of edges) {
    if (e.typeOnly) continue;
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (!a || !b || a === b) continue;
    if (!folderAdj.has(a)) folderAdj.set(a, []);
    folderAdj.get(a)!.push(b);
  }
  for (const c of cycles([...folderAdj.keys()], folderAdj)) out.push({ rule: 'folder-cycle', detail: c.join(' <-> ') });

  // 4. an exported name is defined in one file only; no re-export shims outside a folder's index.ts
  const definedIn = new Map<string, string[]>();
  for (const f of projectFiles.filter((p) => /\.(ts|mjs)$/.test(p))) {
    for (const n of exportedNames(files.get(f)!, f)) definedIn.set(n, [...(definedIn.get(n) ?? []), f]);
  }
  for (const e of edges)
    if (e.reexport && !e.typeOnly && !e.from.endsWith('/index.ts'))
      out.push({ rule: 're-export', detail: `${e.from} re-exports ${e.to}` });
  for (const [n, where] of definedIn)
    if (where.filter((w) => !(layerOf(w) === 'pages' && ROUTE_EXPORTS.has(n))).length > 1)
      out.push({ rule: 'duplicate-export', detail: `${n}: ${where.join(', ')}` });

  // 5. one home per job, by exported name
  for (const h of homes) {
    const mine = exportedNames(files.get(h.home) ?? '', h.home);
    for (const n of h.names)
      if (!mine.includes(n)) out.push({ rule: 'home', detail: `${h.job}: ${h.home} does not export ${n}` });
    for (const f of projectFiles) {
      if (f === h.home || !/\.(ts|mjs|astro)$/.test(f)) continue;
      const code = f.endsWith('.astro') ? astroParts(files.get(f)!).server : files.get(f)!;
      const declared = declaredNames(code, f);
      for (const n of h.names)
        if (declared.includes(n)) out.push({ rule: 'home', detail: `${h.job}: ${f} defines its own ${n}` });
    }
  }
  return out;
}

/** Top-level function and const names a file declares, exported or not. */
export function declaredNames(code: string, fileName = 'x.ts'): string[] {
  const sf = parse(fileName.replace(/\.astro$/, '.ts'), code);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) names.push(st.name.text);
    else if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
  }
  return names;
}

/**
 * Exported names of src/*.ts that no other file imports (src, tests, scripts, bench): an export
 * nobody uses is dead code or should not be exported. Route files of src/pages are Astro's.
 */
export function deadExports(files: Source, users: Source): string[] {
  const all: Source = new Map([...files, ...users]);
  const used = new Map<string, Set<string>>();
  const usedAll = new Set<string>();
  for (const [f, src] of all) {
    const codes = f.endsWith('.astro') ? [astroParts(src).server, ...astroParts(src).browser] : [src];
    for (const code of codes) {
      const visit = (n: ts.Node): void => {
        if (
          (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
          n.moduleSpecifier &&
          ts.isStringLiteral(n.moduleSpecifier)
        ) {
          const t = resolveSpec(all, f, n.moduleSpecifier.text);
          const s = used.get(t) ?? new Set<string>();
          used.set(t, s);
          if (ts.isImportDeclaration(n)) {
            const c = n.importClause;
            if (c?.name) s.add('default');
            const nb = c?.namedBindings;
            if (nb && ts.isNamespaceImport(nb)) usedAll.add(t);
            if (nb && ts.isNamedImports(nb)) for (const e of nb.elements) s.add((e.propertyName ?? e.name).text);
          } else if (!n.exportClause) usedAll.add(t);
          else if (ts.isNamedExports(n.exportClause))
            for (const e of n.exportClause.elements) s.add((e.propertyName ?? e.name).text);
        }
        if (
          ts.isCallExpression(n) &&
          n.expression.kind === ts.SyntaxKind.ImportKeyword &&
          n.arguments[0] &&
          ts.isStringLiteralLike(n.arguments[0])
        )
          usedAll.add(resolveSpec(all, f, n.arguments[0].text));
        ts.forEachChild(n, visit);
      };
      visit(parse(f.replace(/\.(astro|mjs)$/, '.ts'), code));
    }
  }
  // a module loaded by its path at run time (Vite's ssrLoadModule('/src/…')) is used as a whole
  for (const src of all.values())
    for (const m of src.matchAll(/ssrLoadModule\(\s*['"]\/(src\/[^'"]+\.ts)['"]/g)) usedAll.add(m[1]);
  const out: string[] = [];
  for (const [f, src] of files) {
    if (
      !f.startsWith('src/') ||
      !f.endsWith('.ts') ||
      f.startsWith('src/pages/') ||
      f === 'src/content.config.ts' ||
      usedAll.has(f)
    )
      continue;
    for (const n of exportedNames(src, f)) if (!used.get(f)?.has(n)) out.push(`${f}: ${n}`);
  }
  return out;
}
