/**
 * Build-time agenda: every item of content/agenda/ computed against the build
 * date with the exit rules of content/uittreding/.
 */
import { isoDelen, naarIso } from '../lib/dates.ts';
import { buildDate } from './env.ts';
import { rekenregels } from './calc-view.ts';
import { computeAgenda, type AgendaRegelUit } from '../calc/agenda.ts';

export async function agenda(): Promise<{ items: AgendaRegelUit[]; peildatum: string; laatstGewijzigd?: string }> {
  const regels = await rekenregels();
  const ref = isoDelen(buildDate());
  const items = computeAgenda(regels.agenda, ref, {
    uittreding: Object.fromEntries(regels.uittreding.map((u) => [u.id, u.data])),
  });
  return {
    items,
    peildatum: naarIso(ref),
    laatstGewijzigd: regels.agenda
      .map((a) => a.data.laatstGewijzigd)
      .sort()
      .at(-1),
  };
}
