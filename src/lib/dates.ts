/**
 * Calendar dates, the one home of everything about dates: {y, m, d} with m and
 * d 1-based, date arithmetic, parsing and checking, and the Dutch month names.
 * Never uses the local-time Date API, so the result is the same on every
 * machine and in every browser. Pure.
 */

export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Short month names as Dutch writes them in tables and axes ("mrt", "okt"). */
const MAANDEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

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

// --- arithmetic and checking ---

const isSchrikkeljaar = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function dagenInMaand(y: number, m: number): number {
  return [31, isSchrikkeljaar(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

const bestaat = (x: Datum): boolean =>
  Number.isInteger(x.y) &&
  Number.isInteger(x.m) &&
  Number.isInteger(x.d) &&
  x.m >= 1 &&
  x.m <= 12 &&
  x.d >= 1 &&
  x.d <= dagenInMaand(x.y, x.m);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const naarIso = (x: Datum): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;

export function vergelijk(a: Datum, b: Datum): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
export const laatste = (a: Datum, b: Datum): Datum => (vergelijk(a, b) >= 0 ? a : b);

/** The day before. */
export function dagErvoor(x: Datum): Datum {
  if (x.d > 1) return { y: x.y, m: x.m, d: x.d - 1 };
  if (x.m > 1) return { y: x.y, m: x.m - 1, d: dagenInMaand(x.y, x.m - 1) };
  return { y: x.y - 1, m: 12, d: 31 };
}

/**
 * The same day n months later. When that day does not exist (29 February in
 * a common year, 31 April, …) the result is the first day of the month after:
 * "at least n months" is then never shorter than n whole months.
 */
export function plusMaanden(x: Datum, n: number): Datum {
  const t = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(t / 12);
  const m = (t % 12) + 1;
  if (x.d <= dagenInMaand(y, m)) return { y, m, d: x.d };
  return m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
}

/** Last day of a period of n months that starts on (and includes) `start`. */
export const eindeVanPeriode = (start: Datum, n: number): Datum => dagErvoor(plusMaanden(start, n));

export const eindeKalenderjaar = (y: number): Datum => ({ y, m: 12, d: 31 });

export type DatumUitslag = { ok: true; datum: Datum } | { ok: false; fout: string };

/**
 * Read a date typed by a user: JJJJ-MM-DD (what a date field sends) or
 * DD-MM-JJJJ / DD/MM/JJJJ / DD.MM.JJJJ. Gives a Dutch message when it is not a real date.
 */
export function parseDatum(invoer: string | undefined, veld = 'de datum'): DatumUitslag {
  const s = (invoer ?? '').trim();
  if (!s) return { ok: false, fout: `Vul ${veld} in.` };
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (r) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s)))
    [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else
    return {
      ok: false,
      fout: `"${s}" is geen datum die wij kunnen lezen. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 15-03-2026.`,
    };
  const datum = { y, m, d };
  if (!bestaat(datum))
    return { ok: false, fout: `"${s}" is geen bestaande datum. Kijk of de dag en de maand kloppen.` };
  if (y < 1900 || y > 2200)
    return { ok: false, fout: `Het jaar ${y} ligt buiten wat deze rekenhulp aankan (1900 tot 2200).` };
  return { ok: true, datum };
}

/** Parse an ISO date from content (already validated by the schema): the one parser of src/lib/dates.ts. */

/** The day after. */
export function dagErna(x: Datum): Datum {
  if (x.d < dagenInMaand(x.y, x.m)) return { y: x.y, m: x.m, d: x.d + 1 };
  if (x.m < 12) return { y: x.y, m: x.m + 1, d: 1 };
  return { y: x.y + 1, m: 1, d: 1 };
}

/** n days later (n ≥ 0), or earlier for negative n. */
export function plusDagen(x: Datum, n: number): Datum {
  let r = x;
  for (let i = 0; i < Math.abs(n); i++) r = n > 0 ? dagErna(r) : dagErvoor(r);
  return r;
}

/** Last day of month m of year y. */
export const eindeMaand = (y: number, m: number): Datum => ({ y, m, d: dagenInMaand(y, m) });
