/**
 * Dutch dates, the one home of the month names. Calendar dates only (no time
 * zones, no local-time Date API), so the result is the same everywhere. Pure.
 */

export const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** Short month names as Dutch writes them in tables and axes ("mrt", "okt"). */
export const MAANDEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** A calendar date, month and day 1-based. */
export interface Datum {
  y: number;
  m: number;
  d: number;
}

/** Split an ISO date (YYYY-MM-DD, or a longer ISO string starting with one). Throws on anything else. */
export function isoDelen(iso: string): Datum {
  const r = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!r) throw new Error(`"${iso}" is geen datum als JJJJ-MM-DD`);
  return { y: Number(r[1]), m: Number(r[2]), d: Number(r[3]) };
}

/** Dutch long date: "2026-11-23" or {y: 2026, m: 11, d: 23} → "23 november 2026". */
export function datumNl(x: string | Datum): string {
  const { y, m, d } = typeof x === 'string' ? isoDelen(x) : x;
  const maand = MAANDEN[m - 1];
  if (!maand) throw new Error(`maand ${m} bestaat niet`);
  return `${d} ${maand} ${y}`;
}

/** Short Dutch month and year: "2015-06-01" → "jun 2015". */
export function maandKortNl(iso: string): string {
  const { y, m } = isoDelen(iso);
  const maand = MAANDEN_KORT[m - 1];
  if (!maand) throw new Error(`maand ${m} bestaat niet`);
  return `${maand} ${y}`;
}

/** Dutch month and year: "2015-06" or "2015-06-01" → "juni 2015". */
export function maandJaarNl(iso: string): string {
  const r = /^(\d{4})-(\d{2})/.exec(iso);
  const maand = r && MAANDEN[Number(r[2]) - 1];
  if (!r || !maand) throw new Error(`"${iso}" is geen maand als JJJJ-MM`);
  return `${maand} ${r[1]}`;
}
