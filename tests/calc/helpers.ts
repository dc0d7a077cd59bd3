import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { EDITOR_YAML } from '../../scripts/format-content.ts';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/loaders/load-content.ts';
import { buildIndex } from '../../src/loaders/references.ts';
import { loadCalcRules, type CalcRules } from '../../src/loaders/calc.ts';

let cached: CalcRules | undefined;
export const index = () => buildIndex(loadKnowledgeBase());
export function regels(): CalcRules {
  cached ??= loadCalcRules(join(process.cwd(), 'content'), index());
  return cached;
}
export const uittreding = (id: string) => {
  const e = regels().uittreding.find((u) => u.id === id);
  if (!e) throw new Error(`geen uittredingsregels ${id}`);
  return e.data;
};
export const sleutel = (id: string) => {
  const e = regels().kostenverdeling.find((u) => u.id === id);
  if (!e) throw new Error(`geen kostensleutel ${id}`);
  return e.data;
};

/**
 * Edit a YAML content file as data, the way the content editor saves it: parse, change, write in the
 * editor's YAML form. The edit must change something, so a test cannot silently stop breaking the file.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editYaml(path: string, edit: (data: any) => void): void {
  const data = parse(readFileSync(path, 'utf8'));
  const before = JSON.stringify(data);
  edit(data);
  if (JSON.stringify(data) === before) throw new Error(`de test veranderde ${path} niet`);
  writeFileSync(path, stringify(data, EDITOR_YAML));
}
