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
