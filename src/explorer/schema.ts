/**
 * Schemas of the option explorer's content (content/verkenner/): the
 * questions, the fit rules, the purposes with their existing cooperations
 * and next steps, and the routes of the Hof van Twente motion.
 */
import { z } from 'astro/zod';
import { citation, cited, slug } from '../schemas/index.ts';

/** A URL token: lower case, digits, hyphens (used as one path segment). */
const token = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet een URL-deel zijn: kleine letters, cijfers, koppeltekens');

export const voorwaarde = z.object({ vraag: slug, in: z.array(token).min(1) }).strict();
export type Voorwaarde = z.infer<typeof voorwaarde>;

export const optie = z
  .object({
    id: token,
    label: z.string().min(1),
    hulp: z.string().min(1).optional(),
    /** situation fields of the rules engine this answer sets */
    zet: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string())])).default({}),
  })
  .strict();

export const vraag = z
  .object({
    id: slug,
    /** short label used in the summary ("Doel", "Aantal gemeenten") */
    kort: z.string().min(1),
    vraag: z.string().min(1),
    hulp: z.string().min(1).optional(),
    /** glossary term that explains the question */
    begrip: slug.optional(),
    /** ask only when an earlier answer is one of these */
    toonAls: voorwaarde.optional(),
    /** situation fields set when the question is skipped */
    alsOvergeslagen: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string())])).default({}),
    opties: z.array(optie).min(2),
  })
  .strict();

export const vragenBestand = z
  .object({
    /** situation fields never asked, with the value used and why */
    aannames: z.array(z.object({ veld: z.string(), waarde: z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]), uitleg: z.string().min(1) }).strict()).default([]),
    vragen: z.array(vraag).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Map<string, Set<string>>();
    f.vragen.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: ['vragen', i, 'id'], message: `dubbele vraag "${v.id}"` });
      const ids = new Set<string>();
      v.opties.forEach((o, j) => {
        if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: ['vragen', i, 'opties', j, 'id'], message: `dubbele optie "${o.id}"` });
        ids.add(o.id);
      });
      if (v.toonAls) {
        const eerder = seen.get(v.toonAls.vraag);
        if (!eerder)
          ctx.addIssue({ code: 'custom', path: ['vragen', i, 'toonAls', 'vraag'], message: `"${v.toonAls.vraag}" is geen eerdere vraag` });
        else
          v.toonAls.in.forEach((o, k) => {
            if (!eerder.has(o))
              ctx.addIssue({ code: 'custom', path: ['vragen', i, 'toonAls', 'in', k], message: `vraag "${v.toonAls!.vraag}" heeft geen optie "${o}"` });
          });
      }
      seen.set(v.id, ids);
    });
  });
export type VragenBestand = z.infer<typeof vragenBestand>;
export type Vraag = z.infer<typeof vraag>;

/** Fit rules: which answers rule a form in or out, and why. */
export const geschiktheidRegel = z
  .object({
    id: slug,
    als: voorwaarde,
    /** the forms this rule judges: by id, or all forms with a kenmerk of this value */
    vormen: z.union([
      z.array(slug).min(1),
      z.object({ kenmerk: z.enum(['rechtspersoon', 'publiekrechtelijk', 'delegatieMogelijk', 'mandaatMogelijk', 'eigenPersoneel', 'opGrondVanWgr']), waarde: z.boolean() }).strict(),
    ]),
    oordeel: z.enum(['past-niet', 'past-minder', 'past-goed']),
    reden: z.string().min(1),
    bronnen: z.array(citation).min(1),
  })
  .strict();
export const geschiktheidBestand = z.object({ regels: z.array(geschiktheidRegel).min(1) }).strict();
export type GeschiktheidRegel = z.infer<typeof geschiktheidRegel>;

/** One purpose (answer to the first question): what exists in Twente and what to do next. */
export const doel = z
  .object({
    titel: z.string().min(1),
    uitleg: z.string().min(1),
    bronnen: z.array(citation).default([]),
    bestaand: z
      .array(
        z
          .object({
            titel: z.string().min(1),
            casus: slug.optional(),
            /** what it offers for this purpose */
            wat: cited,
            /** how to join, by its own documents */
            aansluiten: cited.optional(),
            /** what it does not offer */
            nietGeboden: cited.optional(),
          })
          .strict(),
      )
      .default([]),
    volgendeStappen: z.array(cited).min(1),
    vragenVoorDeRaad: z.array(cited).min(1),
  })
  .strict();
export type Doel = z.infer<typeof doel>;

/** The routes the Hof van Twente motion's working group can weigh. */
export const motie = z
  .object({
    inleiding: z.string().min(1),
    verzoeken: cited,
    /** answers the motion itself gives: question id → option id */
    antwoorden: z.record(slug, token),
    antwoordenUitleg: z.array(cited).min(1),
    routes: z
      .array(
        z
          .object({
            id: slug,
            titel: z.string().min(1),
            /** the form of cooperation this route uses, if one */
            vorm: slug.optional(),
            casus: slug.optional(),
            rechtsgrondslag: cited,
            wat: cited,
            voor: z.array(cited).default([]),
            tegen: z.array(cited).default([]),
            /** purposes of the motion this route serves */
            doelen: z.array(token).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Motie = z.infer<typeof motie>;
