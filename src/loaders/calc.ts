/**
 * The calculators' rules (content/uittreding/, kostenverdeling/, kosten/,
 * procedures/, agenda/):
 * read through the one loader's registry (schemas of src/schemas/calc.ts), then
 * every `regeling` and citation checked against the knowledge base. Every
 * problem names the file and the field. The whole of content/ is loaded by
 * src/loaders/load-content.ts, which calls checkCalcRules() too.
 */
import { fieldProblem, ContentError } from '../lib/errors.ts';
import { checkCitations, type ReferenceIndex } from './references.ts';
import { readFolder } from './read-content.ts';
import { entryFolders } from './registry.ts';
import type { Entry } from '../schemas/types.ts';
import type { AgendaItem, KostenRoute, Kostensleutel, ProcedureRoute, UittredingRegels } from '../schemas/calc.ts';

export interface CalcRules {
  uittreding: Entry<UittredingRegels>[];
  kostenverdeling: Entry<Kostensleutel>[];
  kosten: Entry<KostenRoute>[];
  procedures: Entry<ProcedureRoute>[];
  agenda: Entry<AgendaItem>[];
}

/** Problems of the calculators' rules against the knowledge base: an unknown `regeling` (citations are checked for every folder by the loader). */
function checkCalcRules(entries: readonly Entry<object>[], index: ReferenceIndex): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const regeling = 'regeling' in e.data ? e.data.regeling : undefined;
    if (typeof regeling === 'string' && !index.has('bronnen', regeling))
      problems.push(fieldProblem(e.file, 'regeling', `onbekende bron "${regeling}" (niet in content/bronnen/)`));
  }
  return problems;
}

/** The agenda's references: known cases, known exit rules, and a fixed term where the item counts back from its end. */
function checkAgenda(
  agenda: readonly Entry<AgendaItem>[],
  uittreding: readonly Entry<UittredingRegels>[],
  index: ReferenceIndex,
): string[] {
  const problems: string[] = [];
  const regels = new Map(uittreding.map((u) => [u.id, u.data]));
  for (const a of agenda) {
    a.data.casussen.forEach((c, i) => {
      if (!index.has('casussen', c))
        problems.push(fieldProblem(a.file, `casussen.${i}`, `onbekende casus "${c}" (niet in content/casussen/)`));
    });
    const r = a.data.regel;
    if (r.soort !== 'opzegging' && r.soort !== 'opzegging-voor-einde-looptijd') continue;
    if (!regels.has(r.uittreding))
      problems.push(
        fieldProblem(
          a.file,
          'regel.uittreding',
          `onbekende uittredingsregels "${r.uittreding}" (niet in content/uittreding/)`,
        ),
      );
    else if (r.soort === 'opzegging-voor-einde-looptijd' && !regels.get(r.uittreding)?.looptijd)
      problems.push(
        fieldProblem(a.file, 'regel.uittreding', `de uittredingsregels "${r.uittreding}" hebben geen looptijd`),
      );
  }
  return problems;
}

/** Every check of the calculators' content against the knowledge base. */
export function checkAllCalcRules(r: CalcRules, index: ReferenceIndex): string[] {
  return [
    ...checkCalcRules([...r.uittreding, ...r.kostenverdeling, ...r.kosten, ...r.procedures, ...r.agenda], index),
    ...checkAgenda(r.agenda, r.uittreding, index),
  ];
}

/** Read and check the calculators' folders under `contentDir`. Throws a ContentError naming every problem. */
export function loadCalcRules(contentDir: string, index: ReferenceIndex): CalcRules {
  const problems: string[] = [];
  const r: CalcRules = {
    uittreding: readFolder(contentDir, entryFolders.uittreding, problems),
    kostenverdeling: readFolder(contentDir, entryFolders.kostenverdeling, problems),
    kosten: readFolder(contentDir, entryFolders.kosten, problems),
    procedures: readFolder(contentDir, entryFolders.procedures, problems),
    agenda: readFolder(contentDir, entryFolders.agenda, problems),
  };
  problems.push(
    ...checkCitations([...r.uittreding, ...r.kostenverdeling, ...r.kosten, ...r.procedures, ...r.agenda], index),
  );
  problems.push(...checkAllCalcRules(r, index));
  if (problems.length) throw new ContentError(problems);
  return r;
}
