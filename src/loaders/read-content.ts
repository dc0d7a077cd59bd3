/**
 * Reading content files with plain Node (fs + yaml): the primitives of the
 * one loader (./load-content.ts). A folder is read by its registry entry
 * (./registry.ts): every file parsed and validated against the folder's
 * schema, duplicate ids and stray files reported as "file: field" problems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { fieldProblem, zodProblems } from '../lib/errors.ts';
import { EXTENSIONS, type FolderSpec } from './registry.ts';
import type { Entry } from '../schemas/types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The name of a file in messages: relative to the folder that holds content/ ("content/begrippen/oin.yaml"). */
export const fileLabel = (contentDir: string, path: string): string =>
  relative(dirname(contentDir), path).split('\\').join('/');

/** Read the data of a content file: a YAML file, or the frontmatter of an MD/MDX file. Throws on a YAML syntax error. */
function readData(path: string): { data: unknown; body: string } {
  const text = readFileSync(path, 'utf8');
  if (EXTENSIONS.yaml.test(path)) return { data: parseYaml(text), body: '' };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: undefined, body: text };
  return { data: parseYaml(m[1]), body: m[2] };
}

/** Parse and validate one file. Pushes its problems (file and field named) and returns null when it is invalid. */
export function parseEntry<T>(
  contentDir: string,
  path: string,
  schema: z.ZodType<T>,
  problems: string[],
): Entry<T> | null {
  const file = fileLabel(contentDir, path);
  let raw: unknown;
  try {
    raw = readData(path).data;
  } catch (e) {
    problems.push(fieldProblem(file, '', `kan niet gelezen worden: ${(e as Error).message}`));
    return null;
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    problems.push(...zodProblems(file, r.error));
    return null;
  }
  return { id: basename(path, extname(path)), file, data: r.data };
}

const visible = (name: string) => !name.startsWith('.');

/**
 * The content files of a folder, after checking its shape: every file has
 * the folder's extension and a slug as its name, no two files share an id
 * (`oin.yml` beside `oin.yaml`), and there are no unknown sub-folders.
 */
function folderFiles(
  contentDir: string,
  spec: Pick<FolderSpec, 'dir' | 'files' | 'subfolders'>,
  problems: string[],
): string[] {
  const full = join(contentDir, spec.dir);
  if (!existsSync(full)) return [];
  const ext = EXTENSIONS[spec.files];
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const d of readdirSync(full, { withFileTypes: true })
    .filter((x) => visible(x.name))
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(full, d.name);
    const file = fileLabel(contentDir, path);
    if (d.isDirectory()) {
      if (!spec.subfolders?.includes(d.name))
        problems.push(`${file}/: onbekende map in ${spec.dir}/ (bekend: ${spec.subfolders?.join(', ') || 'geen'})`);
      continue;
    }
    if (!ext.test(d.name)) {
      problems.push(
        `${file}: bestandstype hoort niet in ${spec.dir}/ (verwacht ${spec.files === 'yaml' ? '.yaml of .yml' : '.md of .mdx'})`,
      );
      continue;
    }
    const id = basename(d.name, extname(d.name));
    if (!SLUG.test(id)) {
      problems.push(
        `${file}: de bestandsnaam "${id}" is geen slug (kleine letters, cijfers en koppeltekens); de naam wordt de id en de URL`,
      );
      continue;
    }
    const other = seen.get(id);
    if (other) {
      problems.push(
        `${file}: dubbele id "${id}" in ${spec.dir} (ook ${other}): twee bestanden met dezelfde naam geven dezelfde id en URL; verwijder er één`,
      );
      continue;
    }
    seen.set(id, file);
    out.push(path);
  }
  return out;
}

/** Read and validate every file of a registry folder; sorted by file name, or by `volgorde` then file name. */
export function readFolder<S extends z.ZodType>(
  contentDir: string,
  spec: FolderSpec & { schema: S },
  problems: string[],
): Entry<z.output<S>>[] {
  type T = z.output<S>;
  const entries = folderFiles(contentDir, spec, problems)
    .map((p) => parseEntry(contentDir, p, spec.schema, problems))
    .filter((e): e is Entry<T> => e !== null);
  const volgorde = (e: Entry<T>) => (e.data as { volgorde?: number }).volgorde ?? 0;
  return entries.sort(
    (a, b) => (spec.order === 'volgorde' ? volgorde(a) - volgorde(b) : 0) || a.id.localeCompare(b.id, 'nl'),
  );
}

/** The raw data of every file of a folder (no schema), for checks that validate themselves. */
export function readRaw(
  contentDir: string,
  spec: Pick<FolderSpec, 'dir' | 'files' | 'subfolders'>,
  problems: string[],
): { id: string; file: string; data: unknown }[] {
  return folderFiles(contentDir, spec, problems).flatMap((p) => {
    const file = fileLabel(contentDir, p);
    try {
      return [{ id: basename(p, extname(p)), file, data: readData(p).data }];
    } catch (e) {
      problems.push(fieldProblem(file, '', `kan niet gelezen worden: ${(e as Error).message}`));
      return [];
    }
  });
}

/**
 * Duplicate ids anywhere below a folder with a structure of its own
 * (`doelen/fg.yml` beside `doelen/fg.yaml`): its own loader reads one of the
 * two and would ignore the other without a word.
 */
export function duplicateIds(contentDir: string, dir: string): string[] {
  const problems: string[] = [];
  const walkDir = (full: string) => {
    if (!existsSync(full)) return;
    const seen = new Map<string, string>();
    for (const d of readdirSync(full, { withFileTypes: true })
      .filter((x) => visible(x.name))
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(full, d.name);
      if (d.isDirectory()) {
        walkDir(path);
        continue;
      }
      const id = basename(d.name, extname(d.name));
      const other = seen.get(id);
      if (other)
        problems.push(
          `${fileLabel(contentDir, path)}: dubbele id "${id}" (ook ${other}): twee bestanden met dezelfde naam; verwijder er één`,
        );
      else seen.set(id, fileLabel(contentDir, path));
    }
  };
  walkDir(join(contentDir, dir));
  return problems;
}
