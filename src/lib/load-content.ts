/**
 * Loads and validates content/ with plain Node (fs + yaml + zod), without
 * Astro. Used by the unit tests and scripts; the site itself loads the same
 * files through Astro's content layer with the same schemas.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import * as S from '../schemas/index.ts';
import type { Entry, KnowledgeBase } from './types.ts';
import { checkReferences } from './references.ts';

export const collections = {
  bronnen: { dir: 'bronnen', schema: S.bron },
  externeBronnen: { dir: 'externe-bronnen', schema: S.externeBron },
  vormen: { dir: 'vormen', schema: S.vorm },
  belemmeringen: { dir: 'belemmeringen', schema: S.belemmering },
  casussen: { dir: 'casussen', schema: S.casus },
  organisaties: { dir: 'organisaties', schema: S.organisatie },
  begrippen: { dir: 'begrippen', schema: S.begrip },
} as const;

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Ongeldige inhoud (${problems.length} fout${problems.length === 1 ? '' : 'en'}):\n- ${problems.join('\n- ')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** Format zod issues as "file: veld "a.b.0": message". */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: veld "${i.path.join('.') || '(geheel)'}": ${i.message}`);
}

/** Read the data of a content file: a YAML file, or the frontmatter of an MD/MDX file. */
export function readData(path: string): { data: unknown; body: string } {
  const text = readFileSync(path, 'utf8');
  if (extname(path) === '.yaml' || extname(path) === '.yml') return { data: parseYaml(text), body: '' };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: undefined, body: text };
  return { data: parseYaml(m[1]), body: m[2] };
}

export function parseEntry<T>(root: string, path: string, schema: z.ZodType<T>, problems: string[]): Entry<T> | null {
  const file = relative(root, path);
  let raw: unknown;
  try {
    raw = readData(path).data;
  } catch (e) {
    problems.push(`${file}: kan niet gelezen worden: ${(e as Error).message}`);
    return null;
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    problems.push(...formatIssues(file, r.error));
    return null;
  }
  return { id: basename(path, extname(path)), file, data: r.data };
}

export function loadKnowledgeBase(root = process.cwd()): KnowledgeBase {
  const problems: string[] = [];
  const out: Record<string, Entry<unknown>[]> = {};
  for (const [key, { dir, schema }] of Object.entries(collections)) {
    const full = join(root, 'content', dir);
    const files = existsSync(full)
      ? readdirSync(full)
          .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
          .sort()
      : [];
    out[key] = [];
    for (const f of files) {
      const e = parseEntry(root, join(full, f), schema as z.ZodType<unknown>, problems);
      if (e) out[key].push(e);
    }
  }
  const tekstRegels: Record<string, number> = {};
  for (const b of out.bronnen as Entry<S.Bron>[]) {
    const p = join(root, 'content', 'bronnen', 'tekst', b.data.tekstbestand);
    if (existsSync(p)) tekstRegels[b.id] = readFileSync(p, 'utf8').split('\n').length;
  }
  const kb = { ...(out as unknown as Omit<KnowledgeBase, 'tekstRegels'>), tekstRegels };
  problems.push(...checkReferences(kb));
  if (problems.length) throw new ContentError(problems);
  return kb;
}
