/** Constants shared by the schema (zod) and the evaluator (zod-free). */

/** The ordinal severity scale, lowest first. */
export const ernstIds = ['nvt', 'beheersbaar', 'aanzienlijk', 'blokkerend'] as const;

/** Points per severity: each step weighs three times the one below it (documented in README.md). */
export const PUNTEN = { nvt: 0, beheersbaar: 1, aanzienlijk: 3, blokkerend: 9 } as const;

export const ernstLabel = {
  nvt: 'niet van toepassing',
  beheersbaar: 'beheersbaar',
  aanzienlijk: 'aanzienlijk',
  blokkerend: 'blokkerend',
} as const;

/**
 * How an outcome shows on the site: its severity, or 'onzeker' when no settled rule hit but a rule
 * resting on an unsettled label or an unconfirmed 2015 claim would (it counts no points).
 */
export const weergaveIds = ['nvt', 'onzeker', 'beheersbaar', 'aanzienlijk', 'blokkerend'] as const;
export type Weergave = (typeof weergaveIds)[number];
export const weergaveLabel: Record<Weergave, string> = { ...ernstLabel, onzeker: 'onzeker (telt niet mee)' };

export const operatorIds = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/** The date a rule must hold on to count for the period `king2015` (the KING analysis dates from mid-2015). */
export const PEILDATUM_KING2015 = '2015-07-01';

export const themaIds = ['gegevens', 'infrastructuur', 'harmonisatie'] as const;

/** The KING themes (section 3.1–3.3) as the site names them. */
export const themaTitel: Record<(typeof themaIds)[number], string> = {
  gegevens: '(Her)gebruik van gegevens',
  infrastructuur: '(Her)gebruik van technische infrastructuur',
  harmonisatie: 'Harmonisatie van werkprocessen en applicaties',
};
