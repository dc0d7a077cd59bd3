import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { EDITOR_YAML } from '../../scripts/format-content.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/loaders/load-content.ts';

/**
 * A copy of the real content/ in a temp folder. Only for tests of how the real texts hang together
 * (a fact changed in its one home changes every page that states it); a failure mode is tested on
 * the minimal fixture below.
 */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-content-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/**
 * The smallest content folder the loader accepts, tests/fixtures/content-min/ (about 50 files of a
 * few lines), copied to a temp folder as <root>/content so that messages name "content/...". What it
 * holds, and why:
 * - one source document (bronnen/regeling-a.yaml, its text with two sections) and the one
 *   organisation it names: every citation of the fixture points to it;
 * - the 15 KING obstacles, each with one rule file of one rule: the loader requires all 15
 *   (src/loaders/check-rules.ts: "de motor geeft voor elke vorm alle 15 belemmeringen") and a rule
 *   file per obstacle, so no smaller set is valid;
 * - the explorer: the question "doel" with two answers, one goal file per answer, one route for
 *   both, and the motion, framework and sharing files it reads (each required by its loader);
 * - one entry of each other kind (form, case, term, exit rules, cost key, cost route, procedure,
 *   agenda item), not needed to be valid but there to be broken by one change each.
 * tests/loaders/fixture.test.ts checks that it is valid and that each required file is needed.
 */
export function minimalContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-min-'));
  cpSync(join(process.cwd(), 'tests', 'fixtures', 'content-min'), join(root, 'content'), { recursive: true });
  return root;
}

/** The loader's problems for the minimal fixture after one change (`edit` gets its content folder). */
export function problemsAfter(edit: (contentDir: string) => void): string[] {
  const root = minimalContent();
  try {
    edit(join(root, 'content'));
    return checkContent(join(root, 'content')).problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function write(root: string, rel: string, text: string): void {
  const p = join(root, 'content', rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

/**
 * Edit a content file (YAML, or an MDX file's frontmatter) as data, the way the content editor saves
 * it: parse, change, write in the editor's YAML form. The edit must change something, so a test
 * cannot silently stop breaking the file.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editData(path: string, edit: (data: any) => void): void {
  const text = readFileSync(path, 'utf8');
  const m = /\.ya?ml$/.test(path) ? undefined : /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const data = parse(m ? m[1] : text);
  const before = JSON.stringify(data);
  edit(data);
  if (JSON.stringify(data) === before) throw new Error(`de test veranderde ${path} niet`);
  const yaml = stringify(data, EDITOR_YAML);
  writeFileSync(path, m ? `---\n${yaml}---\n${m[2]}` : yaml);
}
