/**
 * Schemas of the option explorer's content (content/verkenner/): the
 * questions, the routes per goal, the goals with their relevant obstacles,
 * what several goals can share, and the Hof van Twente motion preset.
 * Types are derived with z.infer; the pure modules (flow, outcome, render,
 * memo) use these types only, never zod at run time.
 */
import { z } from 'astro/zod';
import { citation, cited, isoDate, slug } from '../schemas/index.ts';

/** A URL token: lower case, digits, hyphens (used inside one path segment). */
const token = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet een URL-deel zijn: kleine letters, cijfers, koppeltekens');

import { ONBEKEND } from './explorer-constants.ts';

const antwoordVoorwaarde = z.object({ vraag: slug, in: z.array(token).min(1) }).strict();

const zetWaarde = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);

const optie = z
  .object({
    id: token.refine((s) => s !== ONBEKEND, `"${ONBEKEND}" is gereserveerd voor "Weet ik nog niet"`),
    label: z.string().min(1),
    hulp: z.string().min(1).optional(),
    /** situation fields of the rules engine this answer sets */
    zet: z.record(z.string(), zetWaarde).default({}),
  })
  .strict();

/**
 * A question of the option explorer (content/verkenner/vragen.yaml). Answers are keyed by question id
 * in the URL, e.g. /verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/: each part is
 * <question id>-<option id>, several options of one question are joined with a dot (doel-fg.ciso.soc),
 * and the order of the parts does not matter, so adding or reordering a question keeps old URLs
 * working. Every question can be left open ("Weet ik nog niet", option id `onbekend`): the outcome
 * then shows it as unknown; nothing is filled in from a default. An option's `zet` sets situation
 * fields of the rules engine (src/schemas/situation-fields.ts); fields no answer sets stay unknown,
 * and obstacles that depend on them are shown as "onbekend" and count no points.
 */
const vraag = z
  .object({
    id: token,
    /** short label used in the summary ("Doel", "Aantal gemeenten") */
    kort: z.string().min(1),
    vraag: z.string().min(1),
    hulp: z.string().min(1).optional(),
    /** glossary term that explains the question */
    begrip: slug.optional(),
    /** ask only when an earlier answer is one of these */
    toonAls: antwoordVoorwaarde.optional(),
    /** more than one option may be chosen (joined with "." in the URL) */
    meerdere: z.boolean().default(false),
    opties: z.array(optie).min(2),
  })
  .strict();

export const vragenBestand = z
  .object({ vragen: z.array(vraag).min(1) })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Map<string, Set<string>>();
    f.vragen.forEach((v, i) => {
      if (seen.has(v.id))
        ctx.addIssue({ code: 'custom', path: ['vragen', i, 'id'], message: `dubbele vraag "${v.id}"` });
      // a URL part is "<vraag>-<optie>": no question id may start another's id followed by "-"
      for (const w of f.vragen)
        if (w.id !== v.id && w.id.startsWith(`${v.id}-`))
          ctx.addIssue({
            code: 'custom',
            path: ['vragen', i, 'id'],
            message: `vraag "${w.id}" begint met "${v.id}-": dan is het webadres niet eenduidig`,
          });
      const ids = new Set<string>();
      v.opties.forEach((o, j) => {
        if (ids.has(o.id))
          ctx.addIssue({ code: 'custom', path: ['vragen', i, 'opties', j, 'id'], message: `dubbele optie "${o.id}"` });
        ids.add(o.id);
      });
      if (v.toonAls) {
        const als = v.toonAls;
        const eerder = seen.get(v.toonAls.vraag);
        if (!eerder)
          ctx.addIssue({
            code: 'custom',
            path: ['vragen', i, 'toonAls', 'vraag'],
            message: `"${v.toonAls.vraag}" is geen eerdere vraag`,
          });
        else
          v.toonAls.in.forEach((o, k) => {
            if (!eerder.has(o))
              ctx.addIssue({
                code: 'custom',
                path: ['vragen', i, 'toonAls', 'in', k],
                message: `vraag "${als.vraag}" heeft geen optie "${o}"`,
              });
          });
      }
      seen.set(v.id, ids);
    });
  });
export type VragenBestand = z.infer<typeof vragenBestand>;
export type Vraag = z.infer<typeof vraag>;
export type Optie = z.infer<typeof optie>;

/** Which answers make a route fit better or worse, and why. */
const fitRegel = z
  .object({
    als: antwoordVoorwaarde,
    /** `past`: the route fits, and this answer adds a reason or a step (no change of rank against a route without one) */
    oordeel: z.enum(['past-goed', 'past', 'past-minder', 'past-niet']),
    reden: z.string().min(1),
    bronnen: z.array(citation).min(1),
  })
  .strict();
export type FitRegel = z.infer<typeof fitRegel>;

/**
 * One way to arrange a goal, with everything a college and raad need to weigh it
 * (content/verkenner/routes.yaml, grouped by goal). Every statement is cited; where no source settles
 * a point, the text says "niet vastgesteld" and why. Routes of one goal that fit equally well are
 * listed in the file's order.
 */
const route = z
  .object({
    id: slug,
    titel: z.string().min(1),
    /** the advice in one or two B1 sentences: what to do */
    kort: z.string().min(1),
    /** the goals (options of the question "doel") this route serves */
    doelen: z.array(token).min(1),
    /** the form or instrument pages this route uses (content/vormen/) */
    vormen: z.array(slug).default([]),
    /** the calculators for this route: its cost lines (content/kosten/) and procedures (content/procedures/) */
    rekenhulp: z
      .object({ kosten: slug.optional(), procedures: z.array(slug).default([]) })
      .strict()
      .default({ procedures: [] }),
    casus: slug.optional(),
    rechtsgrondslag: cited,
    wat: cited,
    /** who decides (college, raad, or for IT Platform Twente the officials of art. 5.3) */
    beslisser: cited,
    /** the raad's role */
    raad: cited,
    procedure: cited,
    /** the lead time, only as a source states it; else "niet vastgesteld" */
    doorlooptijd: cited,
    werkgever: cited,
    kosten: cited,
    lostNietOp: z.array(cited).min(1),
    past: z.array(fitRegel).default([]),
  })
  .strict();
export type Route = z.infer<typeof route>;
export const routesBestand = z.object({ routes: z.array(route).min(1) }).strict();

/** One goal (an option of the question "doel"): context, relevant obstacles, next steps. */
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
            wat: cited,
            aansluiten: cited.optional(),
            nietGeboden: cited.optional(),
          })
          .strict(),
      )
      .default([]),
    volgendeStappen: z.array(cited).min(1),
    vragenVoorDeRaad: z.array(cited).min(1),
    /** KING's obstacles that apply to this goal, with the reason; only these count in the scores */
    belemmeringen: z.array(z.object({ id: slug, reden: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type Doel = z.infer<typeof doel>;

/** What several goals chosen together can share; an item shows when at least two of its goals are chosen. */
export const delenBestand = z
  .object({
    delen: z.array(
      z.object({ doelen: z.array(token).min(2), tekst: z.string().min(1), bronnen: z.array(citation).min(1) }).strict(),
    ),
  })
  .strict();
export type Delen = z.infer<typeof delenBestand>['delen'][number];

/** The Hof van Twente motion as a preset: its goals, the answers it gives, its moments. */
export const motie = z
  .object({
    inleiding: z.string().min(1),
    verzoeken: cited,
    /** the goals the motion asks for, in this order */
    doelen: z.array(token).min(1),
    /** answers the motion itself gives: question id → option id; every other question stays open (unknown) */
    antwoorden: z.record(token, token),
    antwoordenUitleg: z.array(cited).min(1),
    /** whether the text shows the motion was adopted (its line "Aldus vastgesteld … d.d." is blank) */
    vastgesteld: cited,
    /** the moments the motion names; it gives a year, no date, so the site places them against the build date */
    momenten: z
      .array(
        z
          .object({
            naam: z.string().min(1),
            jaar: z.number().int(),
            /** the latest day of the moment where a source dates it (e.g. the law's term); its ground is `grond` */
            datum: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
            wat: cited,
            /** why the moment lies where it lies (the law's term, the municipality's own date), cited */
            grond: cited.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Motie = z.infer<typeof motie>;

/**
 * The rules on security and privacy that frame every route, with their status as the sources give it
 * and the date the sources were checked (a law that is a bill, a baseline that is a draft).
 */
export const kaderBestand = z
  .object({
    kader: z
      .array(
        z
          .object({
            onderwerp: z.string().min(1),
            /** the goals it concerns */
            doelen: z.array(token).min(1),
            tekst: z.string().min(1),
            bronnen: z.array(citation).min(1),
            /** the date the sources of this text were checked */
            gecontroleerd: isoDate,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Kader = z.infer<typeof kaderBestand>['kader'][number];
