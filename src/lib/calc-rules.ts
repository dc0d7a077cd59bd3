/**
 * The calculators' rules (content/uittreding/, content/kostenverdeling/):
 * read through the one loader's registry (schemas of src/calc/schema.ts), then
 * every `regeling` and citation checked against the knowledge base. Every
 * problem names the file and the field. The whole of content/ is loaded by
 * src/lib/load-content.ts, which calls checkCalcRules() too.
 */
import { fieldProblem, ContentError } from './errors.ts';
import { citationsIn, type ReferenceIndex } from './references.ts';
import { readFolder } from './read-content.ts';
import { entryFolders } from './registry.ts';
import type { Entry } from './types.ts';
import type { Kostensleutel, UittredingRegels } from '../calc/schema.ts';

export interface CalcRules {
  uittreding: Entry<UittredingRegels>[];
  kostenverdeling: Entry<Kostensleutel>[];
}

/** Problems of the calculators' rules against the knowledge base: unknown `regeling`, citations to unknown sources or sections. */
export function checkCalcRules(entries: readonly Entry<{ regeling: string }>[], index: ReferenceIndex): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (!index.has('bronnen', e.data.regeling))
      problems.push(fieldProblem(e.file, 'regeling', `onbekende bron "${e.data.regeling}" (niet in content/bronnen/)`));
    for (const [c, path] of citationsIn(e.data)) {
      const p = index.citationProblem(c);
      if (p) problems.push(fieldProblem(e.file, path, p));
    }
  }
  return problems;
}

/** Read and check content/uittreding/ and content/kostenverdeling/ under `contentDir`. Throws a ContentError naming every problem. */
export function loadCalcRules(contentDir: string, index: ReferenceIndex): CalcRules {
  const problems: string[] = [];
  const uittreding = readFolder(contentDir, entryFolders.uittreding, problems);
  const kostenverdeling = readFolder(contentDir, entryFolders.kostenverdeling, problems);
  problems.push(...checkCalcRules([...uittreding, ...kostenverdeling], index));
  if (problems.length) throw new ContentError(problems);
  return { uittreding, kostenverdeling };
}
