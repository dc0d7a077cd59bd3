/**
 * Schemas of the calculators' rules: content/uittreding/<id>.yaml (exit
 * rules of an arrangement) and content/kostenverdeling/<id>.yaml (cost keys).
 * Citations are checked against the knowledge base in src/loaders/calc.ts.
 */
import { z } from 'astro/zod';
import { citation, cited, isoDate, slug } from './index.ts';

const bronnen = z.array(citation).min(1, 'heeft minstens één bron nodig');
const tekst = z.string().min(1);

// ---------------------------------------------------------------- uittreding
const startVeld = z.enum(['startDeelname', 'startVoorziening']);

export const uittredingRegels = z
  .object({
    titel: tekst,
    korteTitel: tekst,
    /** id of the source document (content/bronnen/) that holds these rules */
    regeling: slug,
    volgorde: z.number().int(),
    /** what the rule is about, as the subject of a sentence ("Uittreden uit IT Platform Twente"): the one home's sentences start with it */
    handeling: tekst,
    /** how notice is given, if the rules say ("per aangetekende brief aan de IT-stuurgroep") */
    wijze: tekst.optional(),
    opzegtermijn: z
      .object({
        maanden: z.number().int().positive(),
        /** true: "ten minste" this many months (the rules allow a longer period) */
        tenMinste: z.boolean().default(false),
        /** the notice period runs from the notice itself, or from the consent to it */
        vanaf: z.enum(['opzegging', 'instemming']),
        bronnen,
      })
      .strict(),
    einde: z.object({ alleenEindeKalenderjaar: z.boolean(), tekst, bronnen }).strict(),
    minimumDuur: z
      .array(
        z
          .object({
            maanden: z.number().int().positive(),
            /** which start date the minimum counts from */
            vanaf: startVeld,
            /** label of the date field in the form */
            label: tekst,
            /** what must have lasted the minimum, as a noun phrase ("de deelname aan IT Platform Twente") */
            onderwerp: tekst,
            /** true: the calculator needs this date; false: leave empty when it does not apply */
            verplicht: z.boolean(),
            bronnen,
          })
          .strict(),
      )
      .default([]),
    /** whose consent the exit needs; `over`: what the consent is about, as it reads after "over" */
    instemming: z.array(z.object({ orgaan: tekst, over: tekst.optional(), tekst, bronnen }).strict()).default([]),
    /** fixed term of the agreement, if it has one */
    looptijd: z.object({ start: isoDate, maanden: z.number().int().positive(), tekst, bronnen }).strict().optional(),
    /** whose consent a change of the agreement needs, if the rules say */
    wijziging: z.object({ tekst, bronnen }).strict().optional(),
    /**
     * what remains owed; `kort`: the post as a noun phrase in the one home's sentence ("de financiële
     * verplichtingen die na de einddatum doorlopen"); a post without `kort` (how it is paid) is left out of that sentence
     */
    kosten: z
      .array(z.object({ label: tekst, kort: tekst.optional(), tekst, bronnen }).strict())
      .min(1, 'noem minstens één kostenpost'),
    /** how the sentence of what remains owed begins, as the rules put it ("Wie uittreedt, vergoedt eventuele schade, berekend naar:") */
    kostenAanhef: tekst.default('Wie opzegt, betaalt:'),
    procedure: z.array(cited).default([]),
    voorbehouden: z.array(cited).default([]),
    /** a worked example on /rekenhulp/uittreden/: a made-up case (`tekst`) and the form input it stands for */
    voorbeeld: z
      .object({
        tekst,
        invoer: z
          .object({
            opzegdatum: isoDate,
            startDeelname: isoDate.optional(),
            startVoorziening: isoDate.optional(),
            instemmingsdatum: isoDate.optional(),
          })
          .strict(),
      })
      .strict()
      .optional(),
    laatstGewijzigd: isoDate,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.opzegtermijn.vanaf === 'instemming' && r.instemming.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['instemming'],
        message: 'de opzegtermijn loopt vanaf de instemming, maar er staat geen instemming in de regels',
      });
    const seen = new Set<string>();
    r.minimumDuur.forEach((m, i) => {
      if (seen.has(m.vanaf))
        ctx.addIssue({
          code: 'custom',
          path: ['minimumDuur', i, 'vanaf'],
          message: `"${m.vanaf}" staat er twee keer in`,
        });
      seen.add(m.vanaf);
    });
  });
export type UittredingRegels = z.infer<typeof uittredingRegels>;

// ---------------------------------------------------------------- kostenverdeling
const gewicht = z.discriminatedUnion('soort', [
  /** the inhabitants of the participant's own municipality, entered by the user */
  z.object({ soort: z.literal('inwoners') }).strict(),
  /** a factor times the average number of inhabitants of the Twente municipalities */
  z.object({ soort: z.literal('gemiddelde'), factor: z.number().positive().max(10) }).strict(),
]);

export const kostensleutel = z
  .object({
    titel: tekst,
    /** id of the source document that holds this key */
    regeling: slug,
    volgorde: z.number().int(),
    /**
     * naar-rato: the amount split by weight; gelijk: equal parts;
     * fte-per-deelnemer: every participant pays `fte` times the cost of one fte;
     * vast-per-deelnemer: every participant pays `bedrag`;
     * niet-berekenbaar: the source gives no rule we can compute
     */
    methode: z.enum(['naar-rato', 'gelijk', 'fte-per-deelnemer', 'vast-per-deelnemer', 'niet-berekenbaar']),
    /** label of the amount field */
    bedragLabel: tekst.optional(),
    uitleg: cited,
    soorten: z.array(z.object({ id: slug, label: tekst, gewicht, tekst, bronnen }).strict()).default([]),
    fte: z.number().positive().optional(),
    /** fixed amount per participant in euros */
    bedrag: z.number().nonnegative().optional(),
    voorbehouden: z.array(cited).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict()
  .superRefine((k, ctx) => {
    const need = (cond: boolean, path: string, message: string) => {
      if (!cond) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (k.methode === 'naar-rato')
      need(k.soorten.length > 0, 'soorten', 'een verdeling naar rato heeft minstens één soort deelnemer nodig');
    if (k.methode === 'fte-per-deelnemer')
      need(k.fte !== undefined, 'fte', 'methode fte-per-deelnemer heeft "fte" nodig');
    if (k.methode === 'vast-per-deelnemer')
      need(k.bedrag !== undefined, 'bedrag', 'methode vast-per-deelnemer heeft "bedrag" nodig');
    if (['naar-rato', 'gelijk', 'fte-per-deelnemer'].includes(k.methode))
      need(
        k.bedragLabel !== undefined,
        'bedragLabel',
        `methode ${k.methode} heeft een "bedragLabel" nodig voor het invoerveld`,
      );
    const seen = new Set<string>();
    k.soorten.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['soorten', i, 'id'], message: `dubbele soort "${s.id}"` });
      seen.add(s.id);
    });
  });
export type Kostensleutel = z.infer<typeof kostensleutel>;

// ---------------------------------------------------------------- kosten per route
/** content/kosten/<id>.yaml: the cost lines the sources state for one route of the explorer. */
export const kostenRoute = z
  .object({
    titel: tekst,
    /** id of a source document the route is mainly about (for the loader's regeling check) */
    regeling: slug,
    volgorde: z.number().int(),
    samenvatting: tekst,
    posten: z
      .array(
        z
          .object({
            label: tekst,
            tekst,
            /** a figure the source states, in euros; `tot` for a range */
            bedrag: z
              .object({
                van: z.number().nonnegative(),
                tot: z.number().nonnegative().optional(),
                per: tekst,
                jaar: z.number().int().optional(),
              })
              .strict()
              .refine((b) => b.tot === undefined || b.tot >= b.van, {
                message: '"tot" is kleiner dan "van"',
                path: ['tot'],
              })
              .optional(),
            bronnen,
          })
          .strict(),
      )
      .min(1, 'noem minstens één kostenpost'),
    /** what the sources do not settle for this route: said as "niet vastgesteld" with why */
    nietVastgesteld: z.array(cited).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict();
export type KostenRoute = z.infer<typeof kostenRoute>;

// ---------------------------------------------------------------- procedures
/**
 * How long a step takes. wet/afspraak: a fixed term from the law or the
 * agreement (cited); schatting: the user enters it, `voorbeeld` is only the
 * example value shown in the form and the worked example.
 */
const duur = z.discriminatedUnion('soort', [
  z
    .object({
      soort: z.enum(['wet', 'afspraak']),
      eenheid: z.enum(['dagen', 'weken', 'maanden']),
      aantal: z.number().int().positive(),
      uiterlijk: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      soort: z.literal('schatting'),
      eenheid: z.enum(['weken']),
      voorbeeld: z.number().int().nonnegative().max(104),
    })
    .strict(),
]);
export type Duur = z.infer<typeof duur>;

export const procedureRoute = z
  .object({
    titel: tekst,
    korteTitel: tekst,
    regeling: slug,
    volgorde: z.number().int(),
    samenvatting: tekst,
    stappen: z
      .array(
        z
          .object({
            id: slug,
            label: tekst,
            /** who decides or acts */
            wie: tekst,
            tekst,
            duur,
            /** the step's end is the decision date the planner reports */
            besluit: z.boolean().default(false),
            bronnen,
          })
          .strict(),
      )
      .min(1),
    /** structural costs must be in the municipal budget before the start */
    begrotingNodig: z.boolean(),
    voorbehouden: z.array(cited).default([]),
    laatstGewijzigd: isoDate,
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.stappen.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['stappen', i, 'id'], message: `dubbele stap "${s.id}"` });
      seen.add(s.id);
    });
    if (!p.stappen.some((s) => s.besluit))
      ctx.addIssue({ code: 'custom', path: ['stappen'], message: 'markeer de stap met het besluit (besluit: true)' });
  });
export type ProcedureRoute = z.infer<typeof procedureRoute>;

// ---------------------------------------------------------------- agenda
/** How an agenda item's date follows from its source, relative to the build date. */
const agendaRegel = z.discriminatedUnion('soort', [
  /** a fixed date the source names; `waarom` when it follows from a rule (a statutory term) rather than being named */
  z.object({ soort: z.literal('vast'), datum: isoDate, waarom: tekst.optional() }).strict(),
  /** the last day of a period of `maanden` months from `start` (e.g. "binnen twee jaar na start") */
  z.object({ soort: z.literal('periode'), start: isoDate, maanden: z.number().int().positive() }).strict(),
  /** a deadline every year: the last day of `maand` */
  z.object({ soort: z.literal('jaarlijks'), maand: z.number().int().min(1).max(12) }).strict(),
  /** every `elke` years from `eersteJaar`; the source names no date within the year */
  z.object({ soort: z.literal('jaren'), eersteJaar: z.number().int(), elke: z.number().int().positive() }).strict(),
  /** the last day to give notice for the earliest end, by the exit rules of content/uittreding/<uittreding>.yaml */
  z.object({ soort: z.literal('opzegging'), uittreding: slug, startDeelname: isoDate.optional() }).strict(),
  /** the consent date needed to leave exactly at the end of the fixed term of content/uittreding/<uittreding>.yaml */
  z.object({ soort: z.literal('opzegging-voor-einde-looptijd'), uittreding: slug }).strict(),
  /** no date: the source gives none; `jaar` when it names a year */
  z.object({ soort: z.literal('niet-vastgesteld'), jaar: z.number().int().optional(), waarom: tekst }).strict(),
]);
export type AgendaRegel = z.infer<typeof agendaRegel>;

export const agendaItem = z
  .object({
    titel: tekst,
    /** cases (content/casussen/) this item belongs to; shown on their pages */
    casussen: z.array(slug).default([]),
    regel: agendaRegel,
    wat: tekst,
    /** what has to happen before the date */
    vooraf: z.array(cited).default([]),
    bronnen,
    laatstGewijzigd: isoDate,
  })
  .strict();
export type AgendaItem = z.infer<typeof agendaItem>;
