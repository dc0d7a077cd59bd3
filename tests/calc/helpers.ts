import { loadKnowledgeBase } from '../../src/lib/load-content.ts';
import { buildIndex } from '../../src/lib/references.ts';
import { laadRekenregels, type Rekenregels } from '../../src/calc/laden.ts';

let cached: Rekenregels | undefined;
export const index = () => buildIndex(loadKnowledgeBase());
export function regels(): Rekenregels {
  cached ??= laadRekenregels(process.cwd(), index());
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
