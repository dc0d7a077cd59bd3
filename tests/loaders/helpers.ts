import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { EDITOR_YAML } from '../../scripts/format-content.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the real content/ in a temp folder, to break on purpose. */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-content-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  return root;
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
