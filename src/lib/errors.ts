/**
 * The one format of a content problem: `<file>: veld "<field>": <message>`,
 * and the error that carries a list of them. Pure (no Node, no Astro), so the
 * loaders, the engine's rule check and the explorer's check can all use it.
 */
import type { z } from 'astro/zod';

/** `content/begrippen/oin.yaml: veld "zieOok.0": onbekend begrip "x"`. An empty field means the whole file. */
export function fieldProblem(file: string, field: string | (string | number | symbol)[], message: string): string {
  const path = Array.isArray(field) ? field.map(String).join('.') : field;
  return `${file}: veld "${path || '(geheel)'}": ${message}`;
}

/** Every issue of a zod error as a field problem of `file`. */
export function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => fieldProblem(file, i.path as (string | number | symbol)[], i.message));
}

/** One or more content problems, each naming file and field. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[], title = 'Ongeldige inhoud') {
    super(`${title} (${problems.length} fout${problems.length === 1 ? '' : 'en'}):\n- ${problems.join('\n- ')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}
