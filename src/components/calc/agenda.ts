/**
 * Build-time agenda: every item of content/agenda/ computed against the build
 * date with the exit rules of content/uittreding/.
 */
import { rekenregels } from './rekenregels.ts';
import { bouwdatum } from './bouwdatum.ts';
import { berekenAgenda, type AgendaRegelUit } from '../../calc/agenda.ts';
import { naarIso } from '../../calc/datum.ts';

export async function agenda(): Promise<{ items: AgendaRegelUit[]; peildatum: string; laatstGewijzigd?: string }> {
  const regels = await rekenregels();
  const ref = bouwdatum();
  const items = berekenAgenda(regels.agenda, ref, { uittreding: Object.fromEntries(regels.uittreding.map((u) => [u.id, u.data])) });
  return { items, peildatum: naarIso(ref), laatstGewijzigd: regels.agenda.map((a) => a.data.laatstGewijzigd).sort().at(-1) };
}
