/**
 * Content schemas of the knowledge base.
 *
 * Pure zod schemas over plain data: used by Astro's content layer
 * (src/content.config.ts) and by the unit tests, which load content/
 * without a build. Cross-references between collections (a citation to an
 * unknown source or article, an unknown form, …) are checked in
 * src/loaders/references.ts, because one entry's schema cannot see the others.
 */
import { z } from 'astro/zod';
import { kenmerkNamen } from './situation-fields.ts';
import { kortProblemen } from '../lib/leesbaarheid.ts';

/** A slug: lower case letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet een slug zijn: kleine letters, cijfers en koppeltekens');

/** A calendar date as written in content: YYYY-MM-DD, and a real date. */
export const isoDate = z.preprocess(
  // YAML parsers may turn an unquoted 2026-11-23 into a Date; keep the written date.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'moet een datum zijn als JJJJ-MM-DD')
    .refine((s) => {
      const [y, m, d] = s.split('-').map(Number);
      const dt = new Date(Date.UTC(y, m - 1, d));
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
    }, 'is geen bestaande datum'),
);

/**
 * A citation: a place in a source.
 * - For a source document (collection `bronnen`), `plaats` is the id of one
 *   of its sections (e.g. `art-8`), checked at build time.
 * - For a public source (collection `externe-bronnen`), `plaats` is the
 *   article or section as free text (e.g. `art. 8`), optional.
 */
export const citation = z
  .object({
    bron: slug,
    plaats: z.string().min(1).optional(),
    /** finer place within the section, e.g. "lid 1 sub b" */
    detail: z.string().min(1).optional(),
    /** a short literal quote from the source */
    citaat: z.string().min(1).optional(),
  })
  .strict();
export type Citation = z.infer<typeof citation>;

/** A statement with the citations it rests on. */
export const cited = z
  .object({
    tekst: z.string().min(1),
    bronnen: z.array(citation).min(1, 'heeft minstens één bron nodig'),
  })
  .strict();
export type Cited = z.infer<typeof cited>;

/** Confidence of a fact about the situation after 2015. */
export const zekerheid = z.enum(['vastgesteld', 'volgens-bron', 'onzeker']);

// ---------------------------------------------------------------- bronnen
export const bronSoort = z.enum(['samenwerkingsovereenkomst', 'raadsinformatiebrief', 'motie', 'impactanalyse']);

export const tabel = z
  .object({
    bijschrift: z.string().min(1),
    kolommen: z.array(z.string()).min(1),
    rijen: z.array(z.array(z.string())).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rijen.forEach((r, i) => {
      if (r.length !== t.kolommen.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rijen', i],
          message: `rij heeft ${r.length} cellen, verwacht ${t.kolommen.length}`,
        });
    });
  });

/**
 * Answer first: a few plain sentences per question a council member brings, each cited, each within the
 * plain-language budget (see src/lib/leesbaarheid.ts). The page links each answer to its detail section.
 */
export const kortAntwoord = cited.superRefine((a, ctx) => {
  for (const p of kortProblemen(a.tekst))
    ctx.addIssue({ code: 'custom', path: ['tekst'], message: `te lang voor een kort antwoord: ${p}` });
});

/**
 * The questions a source document's front page answers first, in that order: what it is, the rules that
 * bind you (exit, cost key, who decides: stated through the {{uittreding:…}} and {{feit:…}} placeholders,
 * never restated; the council's question, so second, as on the form pages), who takes part or signed,
 * and the dates. Each answer's "Meer" opens the first section of the document it cites.
 */
export const bronVragen = ['watIsHet', 'regels', 'wieDoetMee', 'data'] as const;
const bronKortweg = z
  .object(
    Object.fromEntries(bronVragen.map((k) => [k, kortAntwoord])) as Record<
      (typeof bronVragen)[number],
      typeof kortAntwoord
    >,
  )
  .strict();

export const sectie = z
  .object({
    id: slug,
    titel: z.string().min(1),
    /** 1 = chapter, 2 = article/section, 3 = sub-section */
    niveau: z.number().int().min(1).max(3),
    /** first line (1-based) of this section in the text file */
    regel: z.number().int().min(1),
    /** a table that replaces the extracted text of this section, where the layout allows */
    tabel: tabel.optional(),
  })
  .strict();

export const bron = z
  .object({
    titel: z.string().min(1),
    korteTitel: z.string().min(1),
    soort: bronSoort,
    organisaties: z.array(slug).min(1),
    datum: isoDate,
    datumToelichting: z.string().min(1),
    /** file name of the extracted text, in content/bronnen/tekst/ */
    tekstbestand: z.string().regex(/^[\w.-]+\.txt$/),
    /** how paragraphs are separated in the extracted text */
    alineas: z.enum(['lege-regel', 'spatie-regel']),
    samenvatting: z.string().min(1),
    /** the answers on the front page's first screen */
    kortweg: bronKortweg,
    trefwoorden: z.array(z.string()).default([]),
    secties: z.array(sectie).min(1),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    let prev = 0;
    b.secties.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['secties', i, 'id'], message: `dubbele sectie-id "${s.id}"` });
      seen.add(s.id);
      if (s.regel <= prev)
        ctx.addIssue({
          code: 'custom',
          path: ['secties', i, 'regel'],
          message: `regel ${s.regel} komt niet na de vorige sectie (regel ${prev})`,
        });
      prev = s.regel;
    });
  });
export type Bron = z.infer<typeof bron>;

/**
 * One fact of an agreement or the law that the site restates (who decides, a mandate, a reading of an
 * article), written once: content/feiten/<id>.yaml. Texts state it through {{feit:<id>}}.
 */
export const feit = z
  .object({
    titel: z.string().min(1),
    /** what the fact is about */
    onderwerp: z.enum(['mandaat', 'besluit', 'lezing', 'uittreding']),
    /** the fact in full sentences that keep its conditions (B1); it is inserted as it stands */
    tekst: z.string().min(1),
    bronnen: z.array(citation).min(1, 'heeft minstens één bron nodig'),
    notitie: z.string().min(1).optional(),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type Feit = z.infer<typeof feit>;

export const externeBron = z
  .object({
    titel: z.string().min(1),
    organisatie: z.string().min(1),
    url: z.url(),
    /** date of the text the site relies on (publication or version) */
    datum: isoDate.optional(),
    geraadpleegd: isoDate.optional(),
    toelichting: z.string().min(1).optional(),
    /**
     * a law or other long text with article anchors: the link of one article, with {artikel} for its
     * number ("https://wetten.overheid.nl/jci1.3:c:BWBR0003740&artikel={artikel}"). A citation of such a
     * source names its article in `plaats` ("art. 9 lid 1") and opens that article.
     */
    artikelUrl: z.string().includes('{artikel}', { message: 'moet {artikel} bevatten' }).optional(),
    /** a note for writers (what to check, how to cite): never shown on the site */
    notitie: z.string().min(1).optional(),
    /** organisations the source names that no longer exist (for the claims report and past-tense wording) */
    opgeheven: z.array(z.object({ organisatie: z.string().min(1), datum: isoDate, bron: slug }).strict()).default([]),
  })
  .strict();
export type ExterneBron = z.infer<typeof externeBron>;

// ---------------------------------------------------------------- vormen
export const criteriumIds = [
  'democratische-legitimiteit',
  'flexibiliteit',
  'zeggenschap',
  'slagvaardigheid',
  'bestuurlijke-drukte',
  'informatiepositie',
  'uittreding',
  'stemverhouding-kosten',
  'aanbesteding',
  'werkgeverschap',
  'transparantie',
] as const;
export const criterium = z.enum(criteriumIds);

export const oordeel = z.enum(['sterk', 'redelijk', 'zwak', 'hangt-af']);

export const vormVeldIds = [
  'rechtspersoonlijkheid',
  'delegatieMandaat',
  'bestuur',
  'rolRaad',
  'personeel',
  'financien',
  'toetredingUittreding',
  'aansprakelijkheid',
  'aanbesteding',
  'opzetten',
] as const;

/** The short labels of a form (see `vorm.kenmerken`); the engine reads them as `vorm.<id>`. */
export const kenmerkIds = kenmerkNamen;

/** The value of a label: settled (ja/nee) or not (hangt-af, niet-vastgesteld). */
export const kenmerkWaarde = z.enum(['ja', 'nee', 'hangt-af', 'niet-vastgesteld']);
export type KenmerkWaarde = z.infer<typeof kenmerkWaarde>;

/** A label as a cited claim. A Ja/Nee without a citation is an error. */
export const kenmerkClaim = z
  .object({
    waarde: kenmerkWaarde,
    /** one or two B1 sentences: why this value (for hangt-af: on what it depends) */
    toelichting: z.string().min(1),
    bronnen: z.array(citation).default([]),
  })
  .strict()
  .superRefine((k, ctx) => {
    if ((k.waarde === 'ja' || k.waarde === 'nee') && k.bronnen.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['bronnen'],
        message: `"${k.waarde}" zonder bron: een Ja of Nee heeft minstens één bron nodig; is het niet vastgesteld, schrijf dan waarde: niet-vastgesteld (of hangt-af) met de reden`,
      });
  });
export type KenmerkClaim = z.infer<typeof kenmerkClaim>;

/** in the order the page shows them: the council's questions (its role, the way out) first */
export const vormVragen = ['watIsHet', 'raad', 'uittreden', 'wieBeslist', 'kosten'] as const;
export const vormKortweg = z
  .object(
    Object.fromEntries(vormVragen.map((k) => [k, kortAntwoord])) as Record<
      (typeof vormVragen)[number],
      typeof kortAntwoord
    >,
  )
  .strict();

export const vorm = z
  .object({
    titel: z.string().min(1),
    korteTitel: z.string().min(1),
    volgorde: z.number().int(),
    /** the KING 2015 kind this form belongs to (section 2): 1, 2, 3a or 3b; or none */
    kingSoort: z.enum(['1', '2', '3a', '3b', 'geen']),
    samenvatting: z.string().min(1),
    trefwoorden: z.array(z.string()).default([]),
    /** the answers on the first screen: what it is, who decides, what the raad can do, how to get out, what it costs */
    kortweg: vormKortweg,
    /**
     * Short labels the rules engine reads. Each is a claim with its own
     * sources: `ja`/`nee` need at least one citation; where no source settles
     * the label, `hangt-af` or `niet-vastgesteld` says so, with the reason in
     * `toelichting`, and the engine scores no points on it.
     */
    kenmerken: z
      .object(
        Object.fromEntries(kenmerkIds.map((k) => [k, kenmerkClaim])) as Record<
          (typeof kenmerkIds)[number],
          typeof kenmerkClaim
        >,
      )
      .strict(),
    rechtsgrondslag: z
      .object({
        nu: cited,
        king2015: cited.optional(),
      })
      .strict(),
    velden: z
      .object(
        Object.fromEntries(vormVeldIds.map((k) => [k, cited])) as Record<(typeof vormVeldIds)[number], typeof cited>,
      )
      .strict(),
    oordelen: z
      .array(
        z
          .object({
            criterium,
            oordeel,
            toelichting: z.string().min(1),
            bronnen: z.array(citation).min(1),
            /**
             * the exit rules (content/uittreding/) the judgement rests on; the loader checks that
             * judgements on the same or stricter rules do not contradict each other
             */
            feiten: z.array(slug).default([]),
            /** why this judgement may differ from one on the same or lighter rules elsewhere (shown with the reason) */
            afwijking: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
    voorbeelden: z.array(slug).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type Vorm = z.infer<typeof vorm>;

// ---------------------------------------------------------------- belemmeringen
export const thema = z.enum(['gegevens', 'infrastructuur', 'harmonisatie']);

export const belemmering = z
  .object({
    titel: z.string().min(1),
    /** the heading in the KING text, literally */
    kingTitel: z.string().min(1),
    /** the short words of the debate (e.g. "OIN", "DigiD-audits"), shown beside the plain title */
    kingNaam: z.string().min(1).max(40),
    thema,
    volgorde: z.number().int(),
    bron: citation,
    samenvatting: z.string().min(1),
    uitleg: z.string().min(1),
    situatie2015: cited,
    situatieNu: cited.extend({ zekerheid }).strict().optional(),
    oplossingsrichtingen: z.array(cited).default([]),
    begrippen: z.array(slug).default([]),
    trefwoorden: z.array(z.string()).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type Belemmering = z.infer<typeof belemmering>;

// ---------------------------------------------------------------- casussen
export const casus = z
  .object({
    titel: z.string().min(1),
    soort: z.enum(['twente', 'king-interview']),
    /** the form of cooperation this case is an example of */
    vorm: slug,
    /**
     * when the source does not settle the form: how the site labels it instead of the form's name
     * ("Openbaar lichaam of privaatrechtelijk: niet vastgesteld")
     */
    vormNietVastgesteld: z.string().min(1).optional(),
    samenvatting: z.string().min(1),
    bronnen: z.array(citation).min(1),
    deelnemers: z
      .array(
        z.object({ organisatie: slug, rol: z.string().min(1).optional(), bronnen: z.array(citation).min(1) }).strict(),
      )
      .default([]),
    gastheer: slug.optional(),
    kenmerken: z
      .array(
        z.object({ label: z.string().min(1), tekst: z.string().min(1), bronnen: z.array(citation).min(1) }).strict(),
      )
      .default([]),
    tijdlijn: z
      .array(z.object({ datum: isoDate, gebeurtenis: z.string().min(1), bronnen: z.array(citation).min(1) }).strict())
      .default([]),
    /** bodies of the cooperation's governance, for the governance diagram */
    organen: z
      .array(
        z
          .object({
            id: slug,
            naam: z.string().min(1),
            /** what this body is or does, one sentence */
            rol: z.string().min(1),
            bronnen: z.array(citation).min(1),
          })
          .strict(),
      )
      .default([]),
    /** relations between bodies: who mandates, decides, supervises, accounts to whom */
    relaties: z
      .array(
        z
          .object({
            van: slug,
            naar: slug,
            soort: z.enum([
              'mandateert',
              'besluit-over',
              'houdt-toezicht-op',
              'legt-verantwoording-af-aan',
              'adviseert',
              'wijst-aan',
              'is-werkgever-van',
              'faciliteert',
            ]),
            toelichting: z.string().min(1).optional(),
            bronnen: z.array(citation).min(1),
          })
          .strict(),
      )
      .default([]),
    trefwoorden: z.array(z.string()).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set(c.organen.map((o) => o.id));
    c.relaties.forEach((r, i) => {
      for (const k of ['van', 'naar'] as const)
        if (!ids.has(r[k]))
          ctx.addIssue({
            code: 'custom',
            path: ['relaties', i, k],
            message: `onbekend orgaan "${r[k]}" (niet in organen)`,
          });
    });
  });
export type Casus = z.infer<typeof casus>;

// ---------------------------------------------------------------- organisaties
export const organisatie = z
  .object({
    naam: z.string().min(1),
    soort: z.enum(['gemeente', 'openbaar-lichaam', 'provincie', 'samenwerkingsverband', 'landelijk']),
    twente: z.boolean(),
    toelichting: z.string().min(1).optional(),
    deelnames: z
      .array(
        z
          .object({
            casus: slug,
            rol: z.string().min(1),
            /** for IT Platform Twente: the IT-voorzieningen of Bijlage 1 it takes part in */
            voorzieningen: z.array(z.string().min(1)).default([]),
            bronnen: z.array(citation).min(1),
          })
          .strict(),
      )
      .default([]),
    bronnen: z.array(citation).default([]),
    trefwoorden: z.array(z.string()).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type Organisatie = z.infer<typeof organisatie>;

// ---------------------------------------------------------------- begrippen
export const begrip = z
  .object({
    term: z.string().min(1),
    voluit: z.string().min(1).optional(),
    uitleg: z.string().min(1),
    /** other words a reader may search for or meet in the texts */
    synoniemen: z.array(z.string()).default([]),
    bronnen: z.array(citation).min(1),
    zieOok: z.array(slug).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type Begrip = z.infer<typeof begrip>;

// ---------------------------------------------------------------- types inferred from the schemas
export type Thema = z.infer<typeof thema>;
export type Oordeel = z.infer<typeof oordeel>;
export type Criterium = z.infer<typeof criterium>;
export type Sectie = z.infer<typeof sectie>;
/** The kind of a relation between two bodies of a cooperation (governance diagram). */
export type RelatieSoort = Casus['relaties'][number]['soort'];
