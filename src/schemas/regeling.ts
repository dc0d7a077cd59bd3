/**
 * A regeling as a source of the knowledge base: a gemeenschappelijke
 * regeling (or a cooperation agreement) with its official publication, the
 * version the site read, its text per article as far as read, and the
 * points a council needs (form, participants, seat, exit, exit costs, cost
 * key, votes, the raad's instruments, last change). Each point either rests
 * on citations (an article of this regeling, another regeling, a source
 * document or a public source) or says why it is not settled.
 *
 * Articles are cited like a source document's sections:
 * `{ bron: <regeling id>, plaats: <article id> }`, checked at build time.
 * Cross-references (participants, hosts, citations of points) are checked
 * by the loader (src/lib/regelingen.ts).
 */
import { z } from 'astro/zod';
import { citation, isoDate, slug } from './index.ts';

/** Where the regeling is officially published. */
const publicatieBlad = z.enum(['cvdr', 'gemeenteblad', 'provinciaal-blad', 'staatscourant']);

const publicatie = z
  .object({
    /** the publication id as the official site writes it: CVDR600142, gmb-2021-223934, prb-2024-14435, stcrt-2017-48763 */
    id: z
      .string()
      .regex(
        /^(CVDR\d+|(gmb|prb|stcrt|wsb|bgr)-\d{4}-\d+)$/,
        'moet een publicatie-id zijn zoals CVDR600142 of gmb-2021-223934',
      ),
    /** the version id within CVDR (CVDR600142_1 → "1"), where known */
    versie: z.string().min(1).optional(),
    blad: publicatieBlad,
    url: z.url(),
  })
  .strict();

/** A point a council needs: settled by citations, or explicitly not settled with the reason. */
export const regelingPunt = z
  .object({
    tekst: z.string().min(1).optional(),
    bronnen: z.array(citation).optional(),
    /** why not settled, naming what was not read, e.g. "artikel over uittreding niet gelezen (alleen het begin van de tekst is opgeslagen)" */
    nietVastgesteld: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.nietVastgesteld !== undefined) {
      if (p.tekst !== undefined || p.bronnen !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['nietVastgesteld'],
          message: 'schrijf óf tekst met bronnen, óf nietVastgesteld met de reden, niet beide',
        });
      return;
    }
    if (p.tekst === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['tekst'],
        message: 'ontbreekt: schrijf tekst met bronnen, of nietVastgesteld met de reden',
      });
    if (!p.bronnen?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['bronnen'],
        message: 'heeft minstens één bron nodig; is het niet gelezen, schrijf dan nietVastgesteld met de reden',
      });
  });
export type RegelingPunt = z.infer<typeof regelingPunt>;

/** The legal form. `soort` is the site's classification; `tekst` is the form as the regeling itself states it. */
const regelingVorm = z
  .object({
    soort: z.enum([
      'openbaar-lichaam',
      'bedrijfsvoeringsorganisatie',
      'gemeenschappelijk-orgaan',
      'centrumgemeente',
      'regeling-zonder-meer',
      'samenwerkingsovereenkomst',
      'niet-vastgesteld',
    ]),
    /** the words of the regeling, literally where possible */
    tekst: z.string().min(1),
    bronnen: z.array(citation).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.soort !== 'niet-vastgesteld' && v.bronnen.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['bronnen'],
        message: `vorm "${v.soort}" zonder bron: noem het artikel, of schrijf soort: niet-vastgesteld`,
      });
  });

const deelnemer = z
  .object({
    /** a known organisation (content/organisaties/), or … */
    organisatie: slug.optional(),
    /** … the name of one the site does not describe (e.g. a municipality outside Twente) */
    naam: z.string().min(1).optional(),
    /** the body that takes part, when it is not the municipality's college (e.g. "dagelijks bestuur") */
    orgaan: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => Boolean(d.organisatie) !== Boolean(d.naam), { message: 'noem precies één van organisatie of naam' });

const regelingArtikel = z
  .object({
    /** anchor and citation id: art-1, art-4-1, intitule, considerans */
    id: slug,
    /** the number as printed ("1", "4.1"); empty for the intitulé or considerans */
    nr: z.string().default(''),
    titel: z.string().min(1),
    /** the text as read, paragraph by paragraph (leden, alinea's, list items) */
    tekst: z.array(z.string().min(1)).min(1),
    /** false when only the beginning of the article could be read */
    volledig: z.boolean(),
    /** where this part is published, when not in the regeling's own publication (e.g. an amendment) */
    url: z.url().optional(),
  })
  .strict();
export type RegelingArtikel = z.infer<typeof regelingArtikel>;

export const regeling = z
  .object({
    citeertitel: z.string().min(1),
    korteTitel: z.string().min(1),
    soort: z.enum(['gemeenschappelijke-regeling', 'samenwerkingsovereenkomst']),
    /** the official publication; absent when none was found (then versieToelichting says so) or for an agreement (then tekstBron) */
    publicatie: publicatie.optional(),
    /** the date from which this version applies, where the publication shows it */
    versieDatum: isoDate.optional(),
    /** how the date reads in the publication, or why it is unknown */
    versieToelichting: z.string().min(1),
    /** the stored copy that was read, when it is not the publication's own URL */
    gelezenIn: z.url().optional(),
    geraadpleegd: isoDate,
    /** the organisation the regeling institutes or that carries it (openbaar lichaam, BVO; for an agreement: its name) */
    lichaam: slug.optional(),
    /** a later version of this regeling (content/regelingen/), which the portfolio shows instead */
    vervangenDoor: slug.optional(),
    /** centrumgemeente or host organisation */
    gastheer: slug.optional(),
    doel: z.string().min(1),
    vorm: regelingVorm,
    deelnemers: z
      .object({
        lijst: z.array(deelnemer).min(1),
        bronnen: z.array(citation).min(1),
      })
      .strict(),
    zetel: regelingPunt,
    uittreding: regelingPunt,
    uittredingskosten: regelingPunt,
    kostenverdeling: regelingPunt,
    stemmen: regelingPunt,
    raad: regelingPunt,
    laatsteWijziging: regelingPunt,
    /** for an agreement whose text is a source document (content/bronnen/): that document */
    tekstBron: slug.optional(),
    artikelen: z.array(regelingArtikel).default([]),
    /** which articles or parts were not read, in one or two sentences */
    nietGelezen: z.string().min(1),
    trefwoorden: z.array(z.string()).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.artikelen.forEach((a, i) => {
      if (seen.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['artikelen', i, 'id'], message: `dubbele artikel-id "${a.id}"` });
      seen.add(a.id);
    });
    if (r.soort === 'samenwerkingsovereenkomst' && !r.tekstBron && !r.publicatie)
      ctx.addIssue({
        code: 'custom',
        path: ['tekstBron'],
        message: 'een overeenkomst zonder publicatie heeft een tekstBron nodig (de tekst in content/bronnen/)',
      });
  });
export type Regeling = z.infer<typeof regeling>;

/** The points of a regeling a council needs, in the order the portfolio shows them. */
export const RAADSPUNTEN = [
  'uittreding',
  'uittredingskosten',
  'kostenverdeling',
  'stemmen',
  'raad',
  'laatsteWijziging',
] as const;
export type PuntNaam = (typeof RAADSPUNTEN)[number];
