import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
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
