/**
 * The situation as a strict zod schema, built from the field list in
 * velden.ts. Invalid situations (wrong type, out-of-range number, unknown
 * field) are rejected with a Dutch message that names the field.
 * Not imported by index.ts, so the browser bundle of the engine stays free
 * of zod; the explorer builds valid situations from `situatieVelden`.
 */
import { z } from 'astro/zod';
import { situatieVelden, standaardSituatie, type Situatie, type SituatieVeld } from './situation-fields.ts';

export { situatieVelden, standaardSituatie };
export type { Situatie };

function veldSchema(v: SituatieVeld): z.ZodType {
  const naam = `"${v.naam}"`;
  switch (v.soort) {
    case 'janee':
      return z.boolean({ error: `${naam} moet ja of nee zijn (true of false)` });
    case 'geheel': {
      const bereik = `een geheel getal van ${v.min} tot en met ${v.max}`;
      return z
        .number({ error: `${naam} moet ${bereik} zijn` })
        .int({ error: `${naam} moet ${bereik} zijn` })
        .min(v.min ?? 0, { error: `${naam} moet ${bereik} zijn` })
        .max(v.max ?? Number.MAX_SAFE_INTEGER, { error: `${naam} moet ${bereik} zijn` });
    }
    case 'keuze': {
      const w = (v.opties ?? []).map((o) => o.waarde);
      return z.enum(w as [string, ...string[]], {
        error: `${naam} moet een van deze waarden zijn: ${w.join(', ')}`,
      });
    }
    case 'meerkeuze': {
      const w = (v.opties ?? []).map((o) => o.waarde);
      return z
        .array(
          z.enum(w as [string, ...string[]], { error: `${naam} mag alleen deze waarden bevatten: ${w.join(', ')}` }),
          {
            error: `${naam} moet een lijst zijn met waarden uit: ${w.join(', ')}`,
          },
        )
        .refine((a) => new Set(a).size === a.length, { error: `${naam} noemt een waarde twee keer` });
    }
  }
}

const bekend = situatieVelden.map((v) => v.naam);

const situatieObject = z.strictObject(
  Object.fromEntries(situatieVelden.map((v) => [v.naam, veldSchema(v)])) as Record<string, z.ZodType>,
  {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys')
        return `onbekend veld ${iss.keys.map((k) => `"${k}"`).join(', ')} (bekende velden: ${bekend.join(', ')})`;
      if (iss.code === 'invalid_type') return 'een situatie moet een object met velden zijn';
      return undefined;
    },
  },
);
/** The situation schema; its output is the engine's Situatie (the fields are built from velden.ts, checked field by field above). */
// every field was checked above against velden.ts, from which the Situatie type is written
const isSituatie = (v: Record<string, unknown>): v is Record<string, unknown> & Situatie =>
  situatieVelden.every((f) => f.naam in v);
const situatie: z.ZodType<Situatie> = situatieObject.transform((v, ctx) => {
  if (isSituatie(v)) return v;
  ctx.addIssue({ code: 'custom', message: 'een situatie mist velden' });
  return z.NEVER;
});

export class SituatieFout extends Error {
  readonly problemen: string[];
  constructor(problemen: string[]) {
    super(`Ongeldige situatie: ${problemen.join('; ')}`);
    this.problemen = problemen;
    this.name = 'SituatieFout';
  }
}

/** Dutch problem messages, each naming the field, or [] when the situation is valid. */
export function checkSituatie(invoer: unknown): string[] {
  const r = situatie.safeParse(invoer);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const veld = i.path.length ? `veld "${i.path.join('.')}"` : 'situatie';
    // a missing field gives an invalid_type issue with input undefined
    if (i.path.length === 1 && invoer !== null && typeof invoer === 'object' && !(String(i.path[0]) in invoer))
      return `${veld}: ontbreekt (${i.message})`;
    return `${veld}: ${i.message}`;
  });
}

/** Parse a situation; throws SituatieFout with Dutch messages naming each field. */
export function parseSituatie(invoer: unknown): Situatie {
  const p = checkSituatie(invoer);
  if (p.length) throw new SituatieFout(p);
  return invoer as Situatie;
}

/** Fill missing fields from the default situation, then parse. */
export function situatieMetStandaard(deel: Record<string, unknown>): Situatie {
  return parseSituatie({ ...standaardSituatie, ...deel });
}
