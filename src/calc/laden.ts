/**
 * Load and validate the calculators' rules with plain Node: the zod schemas
 * of ./schema.ts plus a check of every citation against the knowledge base.
 * Every problem names the file and the field; all problems are collected and
 * thrown together as one ContentError.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, parseEntry } from '../lib/load-content.ts';
import { citationsIn, type ReferenceIndex } from '../lib/references.ts';
import type { Entry } from '../lib/types.ts';
import { kostensleutel, uittredingRegels, type Kostensleutel, type UittredingRegels } from './schema.ts';

export interface Rekenregels {
  uittreding: Entry<UittredingRegels>[];
  kostenverdeling: Entry<Kostensleutel>[];
}

function laadMap<T extends { regeling: string; volgorde: number }>(
  root: string,
  dir: string,
  schema: z.ZodType<T>,
  index: ReferenceIndex,
  problems: string[],
): Entry<T>[] {
  const full = join(root, 'content', dir);
  if (!existsSync(full)) return [];
  const out: Entry<T>[] = [];
  for (const f of readdirSync(full).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const e = parseEntry(root, join(full, f), schema, problems);
    if (!e) continue;
    const before = problems.length;
    if (!index.has('bronnen', e.data.regeling))
      problems.push(`${e.file}: veld "regeling": onbekende bron "${e.data.regeling}" (niet in content/bronnen/)`);
    for (const [c, path] of citationsIn(e.data)) {
      const p = index.citationProblem(c);
      if (p) problems.push(`${e.file}: veld "${path}": ${p}`);
    }
    if (problems.length === before) out.push(e);
  }
  return out.sort((a, b) => a.data.volgorde - b.data.volgorde || a.id.localeCompare(b.id));
}

/** Read content/uittreding/ and content/kostenverdeling/ under `root`. Throws ContentError. */
export function laadRekenregels(root: string, index: ReferenceIndex): Rekenregels {
  const problems: string[] = [];
  const uittreding = laadMap(root, 'uittreding', uittredingRegels, index, problems);
  const kostenverdeling = laadMap(root, 'kostenverdeling', kostensleutel, index, problems);
  if (problems.length) throw new ContentError(problems);
  return { uittreding, kostenverdeling };
}
