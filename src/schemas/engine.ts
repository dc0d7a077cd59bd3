/**
 * Schema of the rule files in content/regels/*.yaml.
 *
 * One file per KING obstacle: `{ belemmering, regels: [...] }`. Each rule has
 * an id, the forms it applies to, a condition in json-rules-engine's shape
 * (all / any / not over { fact, operator, value }), the severity it sets, a
 * B1 reason, citations, an optional estimate and optional mitigations, and
 * the period in which it holds. Cross-references (obstacle, forms, facts,
 * sources, sections) are checked by checkRules() in check.ts.
 *
 * `regel` is the schema of one rule FILE (one entry of the Astro collection
 * `regels`, see src/content.config.ts); `enkeleRegel` is one rule.
 */
import { z } from 'astro/zod';
import { citation, cited, isoDate, slug, zekerheid } from './index.ts';
import { kenmerkNamen } from './situation-fields.ts';
import { ernstIds, operatorIds } from './engine-constants.ts';

export { ernstIds, operatorIds };
const ernst = z.enum(ernstIds);
export type Ernst = z.infer<typeof ernst>;

const operator = z.enum(operatorIds);
export type Operator = z.infer<typeof operator>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof scalar>;

const blad = z
  .object({
    /** a situation field, `vorm.<kenmerk>` or `vorm.id` */
    fact: z.string().min(1),
    operator,
    value: z.union([scalar, z.array(scalar)]),
  })
  .strict();
export type Blad = z.infer<typeof blad>;

export type Voorwaarde = Blad | { all: Voorwaarde[] } | { any: Voorwaarde[] } | { not: Voorwaarde };

const voorwaarde: z.ZodType<Voorwaarde> = z.lazy(() =>
  z.union([
    blad,
    z.object({ all: z.array(voorwaarde) }).strict(),
    z.object({ any: z.array(voorwaarde).min(1) }).strict(),
    z.object({ not: voorwaarde }).strict(),
  ]),
);

const kenmerkFilter = z
  .object({
    kenmerken: z.partialRecord(z.enum(kenmerkNamen), z.boolean()),
  })
  .strict();

const schatting = z
  .object({
    eenheid: z.literal('euro'),
    /** amount per unit, from the source */
    min: z.number().nonnegative(),
    max: z.number().nonnegative(),
    /** numeric situation field to multiply by (e.g. aantalGemeenten); none = a fixed amount */
    per: z.string().min(1).optional(),
    /** the formula as text; may use {veld} placeholders */
    formule: z.string().min(1),
    toelichting: z.string().min(1).optional(),
    bronnen: z.array(citation).min(1, 'een schatting heeft minstens één bron nodig'),
  })
  .strict()
  .refine((s) => s.min <= s.max, { error: 'min is groter dan max', path: ['min'] });
export type SchattingData = z.infer<typeof schatting>;

export const enkeleRegel = z
  .object({
    id: slug,
    /** 'alle', a list of form ids, or a filter on the forms' kenmerken */
    vormen: z.union([z.literal('alle'), z.array(slug).min(1), kenmerkFilter]).default('alle'),
    geldig: z
      .object({
        vanaf: isoDate.optional(),
        tot: isoDate.optional(),
        /** why these dates (e.g. "oudste gevonden bewijs") */
        toelichting: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    /** id of the older version of this rule that this one replaces */
    vervangt: slug.optional(),
    voorwaarden: voorwaarde,
    ernst,
    /** one or two B1 sentences; may use {veld} placeholders and {vorm} */
    reden: z.string().min(1),
    bronnen: z.array(citation).min(1, 'een regel heeft minstens één bron nodig'),
    schatting: schatting.optional(),
    verlichting: z.array(cited).default([]),
    zekerheid: zekerheid.default('volgens-bron'),
  })
  .strict();
export type Regel = z.infer<typeof enkeleRegel> & { belemmering: string };

export const regelBestand = z
  .object({
    belemmering: slug,
    regels: z.array(enkeleRegel).min(1, 'een regelbestand heeft minstens één regel nodig'),
  })
  .strict();
export type RegelBestand = z.infer<typeof regelBestand>;
