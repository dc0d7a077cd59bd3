/**
 * The reference date of the agenda: the build date (UTC), or SW_BUILD_DATE
 * (JJJJ-MM-DD) when set, so a build can be reproduced for a given day.
 */
import { leesDatum, naarIso, type Datum } from '../../calc/datum.ts';

export function bouwdatum(): Datum {
  const env = process.env.SW_BUILD_DATE;
  const s = env ?? new Date().toISOString().slice(0, 10);
  const r = leesDatum(s, 'SW_BUILD_DATE');
  if (!r.ok) throw new Error(`SW_BUILD_DATE: ${r.fout}`);
  return r.datum;
}
export const bouwdatumIso = (): string => naarIso(bouwdatum());
