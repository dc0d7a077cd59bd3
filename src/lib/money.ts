/**
 * Money, the one home of the euro format. euro() takes CENTS (a whole
 * number or a bigint), so amounts stay exact; give whole euros as
 * `euro(bedrag * 100)` (the engine's estimates) or use euroVanEuros(). Pure.
 */

const duizendtallen = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Cents → Dutch euros: 123456 → "€ 1.234,56". With `{ centen: 'alsNodig' }`
 * whole euros are written without ",00" (400000 → "€ 4.000"). A negative
 * amount gets a real minus sign (−).
 */
export function euro(centen: number | bigint, opties: { centen?: 'altijd' | 'alsNodig' } = {}): string {
  if (typeof centen === 'number' && !Number.isInteger(centen))
    throw new Error(`euro() verwacht hele centen, kreeg ${centen}`);
  const c = BigInt(centen);
  const neg = c < 0n;
  const a = neg ? -c : c;
  const heel = duizendtallen((a / 100n).toString());
  const rest = a % 100n;
  const staart = opties.centen === 'alsNodig' && rest === 0n ? '' : `,${rest.toString().padStart(2, '0')}`;
  return `${neg ? '−' : ''}€ ${heel}${staart}`;
}

/** Whole or fractional euros (as in content, e.g. an estimate of 40000) → "€ 40.000"; cents only when there are any. */
export const euroVanEuros = (euros: number): string => euro(Math.round(euros * 100), { centen: 'alsNodig' });
