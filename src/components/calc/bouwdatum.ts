/**
 * The reference date of the agenda and the planner: the build date of the site
 * (src/lib/build-date.ts; SITE_BUILD_DATE sets it), as the calculators' Datum.
 */
import { leesDatum, naarIso, type Datum } from '../../calc/datum.ts';
import { BUILD_DATE } from '../../lib/build-date.ts';

export function bouwdatum(): Datum {
  const r = leesDatum(BUILD_DATE, 'SITE_BUILD_DATE');
  if (!r.ok) throw new Error(`SITE_BUILD_DATE: ${r.fout}`);
  return r.datum;
}
export const bouwdatumIso = (): string => naarIso(bouwdatum());
