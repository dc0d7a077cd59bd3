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
import {
  agendaItem,
  kostenRoute,
  kostensleutel,
  procedureRoute,
  uittredingRegels,
  type AgendaItem,
  type KostenRoute,
  type Kostensleutel,
  type ProcedureRoute,
  type UittredingRegels,
} from './schema.ts';

export interface Rekenregels {
  uittreding: Entry<UittredingRegels>[];
  kostenverdeling: Entry<Kostensleutel>[];
  kosten: Entry<KostenRoute>[];
  procedures: Entry<ProcedureRoute>[];
  agenda: Entry<AgendaItem>[];
}

type Ordening = { regeling?: string; volgorde?: number };

function laadMap<T extends object>(
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
    const { regeling } = e.data as Ordening;
    if (regeling !== undefined && !index.has('bronnen', regeling))
      problems.push(`${e.file}: veld "regeling": onbekende bron "${regeling}" (niet in content/bronnen/)`);
    for (const [c, path] of citationsIn(e.data)) {
      const p = index.citationProblem(c);
      if (p) problems.push(`${e.file}: veld "${path}": ${p}`);
    }
    if (problems.length === before) out.push(e);
  }
  const v = (e: Entry<T>) => (e.data as Ordening).volgorde ?? 0;
  return out.sort((a, b) => v(a) - v(b) || a.id.localeCompare(b.id));
}

/** Read content/uittreding/, kostenverdeling/, kosten/, procedures/ and agenda/ under `root`. Throws ContentError. */
export function laadRekenregels(root: string, index: ReferenceIndex): Rekenregels {
  const problems: string[] = [];
  const uittreding = laadMap(root, 'uittreding', uittredingRegels, index, problems);
  const kostenverdeling = laadMap(root, 'kostenverdeling', kostensleutel, index, problems);
  const kosten = laadMap(root, 'kosten', kostenRoute, index, problems);
  const procedures = laadMap(root, 'procedures', procedureRoute, index, problems);
  const agenda = laadMap(root, 'agenda', agendaItem, index, problems);
  const uittredingIds = new Set(uittreding.map((u) => u.id));
  for (const a of agenda) {
    a.data.casussen.forEach((c, i) => {
      if (!index.has('casussen', c)) problems.push(`${a.file}: veld "casussen.${i}": onbekende casus "${c}" (niet in content/casussen/)`);
    });
    const r = a.data.regel;
    if ((r.soort === 'opzegging' || r.soort === 'opzegging-voor-einde-looptijd') && !uittredingIds.has(r.uittreding))
      problems.push(`${a.file}: veld "regel.uittreding": onbekende uittredingsregels "${r.uittreding}" (niet in content/uittreding/)`);
    if (r.soort === 'opzegging-voor-einde-looptijd' && uittredingIds.has(r.uittreding) && !uittreding.find((u) => u.id === r.uittreding)?.data.looptijd)
      problems.push(`${a.file}: veld "regel.uittreding": de uittredingsregels "${r.uittreding}" hebben geen looptijd`);
  }
  if (problems.length) throw new ContentError(problems);
  return { uittreding, kostenverdeling, kosten, procedures, agenda };
}
