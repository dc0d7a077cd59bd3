/**
 * One home per fact: the exit and notice rules of an arrangement are written
 * once, with their parts named, in content/uittreding/<id>.yaml. Every text
 * that states such a rule renders it from there:
 * - in YAML content and MDX frontmatter, with a placeholder in the text:
 *   `{{uittreding:it-platform-twente}}` (the rule: moment, notice period,
 *   consent, minimum terms) or `{{uittreding:it-platform-twente:kosten}}`
 *   (what remains owed), expanded by the one loader;
 * - in MDX bodies, with the component <Uittredingsregel id="…" deel="…" />.
 * Other facts of the agreements and the law (who decides, mandates, readings
 * of an article) live in content/feiten/<id>.yaml and are stated through
 * `{{feit:<id>}}`, or <Feit id="…" /> in MDX bodies.
 * Pure: rules in, Dutch sentences out.
 */
import type { UittredingRegels } from '../schemas/calc.ts';
import type { Citation, Feit } from '../schemas/index.ts';
import { citeKey } from './cite.ts';
import { datumNl } from './dates.ts';
import { fieldProblem } from './errors.ts';
import { mustGet } from './must.ts';
import { opsomming } from './text.ts';

const uittredingDelen = ['regel', 'kosten', 'volledig', 'kort'] as const;
export type UittredingDeel = (typeof uittredingDelen)[number];

export const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The notice period as a phrase: "ten minste 12 maanden", "24 maanden". */
const opzegtermijnTekst = (r: UittredingRegels): string =>
  `${r.opzegtermijn.tenMinste ? 'ten minste ' : ''}${r.opzegtermijn.maanden} maanden`;

/** The notice period as a sentence: how notice is given, its length and what it runs from. */
export function opzegtermijnZin(r: UittredingRegels): string {
  const vanaf =
    r.opzegtermijn.vanaf === 'instemming'
      ? ` na de instemming van ${r.instemming.map((i) => i.orgaan).join(' en ')}`
      : '';
  return `${r.wijze ? `U zegt op ${r.wijze}. ` : ''}De opzegtermijn is ${opzegtermijnTekst(r)}${vanaf}.`;
}

/** One minimum term as a sentence, with what it counts. */
export const minimumZin = (m: UittredingRegels['minimumDuur'][number]): string =>
  hoofdletter(`op de einddatum moet ${m.onderwerp} ten minste ${m.maanden} aaneengesloten maanden hebben geduurd.`);

/**
 * The rule in full sentences that keep its conditions: the moment, the notice
 * period and what it runs from, whose consent, and every minimum term with what it is counted from.
 */
function uittredingRegelTekst(r: UittredingRegels): string {
  const delen: string[] = [];
  const instemming = r.instemming.map((i) => `met instemming van ${i.orgaan}${i.over ? ` over ${i.over}` : ''}`);
  if (instemming.length) delen.push(opsomming(instemming));
  if (r.einde.alleenEindeKalenderjaar) delen.push('tegen het einde van een kalenderjaar');
  const vanaf =
    r.opzegtermijn.vanaf === 'instemming'
      ? ` na ${r.instemming.length > 1 ? 'de laatste instemming' : 'die instemming'}`
      : '';
  const zinnen = [
    `${r.handeling} kan alleen ${opsomming(delen)}${delen.length ? ', ' : ''}met een opzegtermijn van ${opzegtermijnTekst(r)}${vanaf}.`,
  ];
  if (r.wijze) zinnen.push(`Opzeggen gaat ${r.wijze}.`);
  // minimum terms with the same length read as one sentence
  const perMaanden = new Map<number, string[]>();
  for (const m of r.minimumDuur) perMaanden.set(m.maanden, [...(perMaanden.get(m.maanden) ?? []), m.onderwerp]);
  for (const [maanden, onderwerpen] of perMaanden)
    zinnen.push(
      `Op de einddatum ${onderwerpen.length > 1 ? 'moeten' : 'moet'} ${opsomming(onderwerpen)} ${onderwerpen.length > 1 ? 'elk ' : ''}ten minste ${maanden} aaneengesloten maanden hebben geduurd.`,
    );
  return zinnen.join(' ');
}

const TELWOORD = ['', 'één', 'twee', 'drie', 'vier'];

/**
 * The rule in short, for an answer on the first screen: the moment, whose consent and the notice
 * period in one sentence, and how many minimum terms apply (their parts are one click away, in the
 * full rule). Nothing is left out without being named.
 */
function uittredingKortTekst(r: UittredingRegels): string {
  const delen: string[] = [];
  const instemming = r.instemming.map((i) => `met instemming van ${i.orgaan}`);
  if (instemming.length) delen.push(opsomming(instemming));
  if (r.einde.alleenEindeKalenderjaar) delen.push('tegen het einde van een kalenderjaar');
  const vanaf = r.opzegtermijn.vanaf === 'instemming' ? ' na die instemming' : '';
  const zinnen = [
    `Opzeggen kan alleen ${opsomming(delen)}${delen.length ? ', ' : ''}met een opzegtermijn van ${opzegtermijnTekst(r)}${vanaf}.`,
  ];
  const perMaanden = new Map<number, number>();
  for (const m of r.minimumDuur) perMaanden.set(m.maanden, (perMaanden.get(m.maanden) ?? 0) + 1);
  for (const [maanden, n] of perMaanden)
    zinnen.push(
      n === 1
        ? `Op de einddatum geldt een minimale duur van ${maanden} maanden.`
        : `Op de einddatum gelden ${TELWOORD[n] ?? n} minimale termijnen van ${maanden} maanden.`,
    );
  return zinnen.join(' ');
}

/** What remains owed, as one sentence. */
function uittredingKostenTekst(r: UittredingRegels): string {
  const posten = r.kosten.flatMap((k) => (k.kort ? [k.kort] : []));
  const opsomming =
    posten.length < 2 ? (posten[0] ?? '') : `${posten.slice(0, -1).join('; ')}; en ${posten[posten.length - 1]}`;
  return `${r.kostenAanhef} ${opsomming}.`;
}

export function uittredingTekst(r: UittredingRegels, deel: UittredingDeel = 'regel'): string {
  if (deel === 'kosten') return uittredingKostenTekst(r);
  if (deel === 'volledig') return `${uittredingRegelTekst(r)} ${uittredingKostenTekst(r)}`;
  if (deel === 'kort') return uittredingKortTekst(r);
  return uittredingRegelTekst(r);
}

const PLAATSHOUDER =
  /\{\{\s*(uittreding|feit|gecontroleerd):([a-z0-9-]+)(?::([a-z]+))?\s*\}\}|\{\{\s*(bouwdatum)\s*\}\}/g;

/** The homes a text can state a fact from. */
export interface FeitenBron {
  uittreding: ReadonlyMap<string, UittredingRegels>;
  feiten: ReadonlyMap<string, Feit>;
  /** the build date (JJJJ-MM-DD), for {{bouwdatum}}: the cut-off date of a status text */
  bouwdatum?: string;
  /** the public sources by id with the date they were checked, for {{gecontroleerd:<id>}} */
  gecontroleerd?: ReadonlyMap<string, string | undefined>;
}

/**
 * Expand every placeholder in every string of `data` (deep; a new value, the
 * input is not changed). An unknown id or part is a problem naming file and field.
 */
export function fillFeiten<T>(data: T, bron: FeitenBron, file: string, problems: string[], pad = ''): T {
  const regels = bron.uittreding;
  /** the text with its placeholders filled in, and the citations of the facts it now states */
  const vul = (v: string, p: string): { tekst: string; bronnen: Citation[] } => {
    const bronnen: Citation[] = [];
    const tekst = v.replace(
      PLAATSHOUDER,
      (heel, soort: string | undefined, id: string, deel: string | undefined, bouw?: string) => {
        if (bouw) {
          if (!bron.bouwdatum) problems.push(fieldProblem(file, p, `${heel}: de bouwdatum is hier niet bekend`));
          return bron.bouwdatum ? datumNl(bron.bouwdatum) : heel;
        }
        if (soort === 'gecontroleerd') {
          if (!bron.gecontroleerd?.has(id)) {
            problems.push(
              fieldProblem(file, p, `onbekende externe bron "${id}" in ${heel} (niet in content/externe-bronnen/)`),
            );
            return heel;
          }
          const d = bron.gecontroleerd.get(id);
          return d ? `Gecontroleerd op ${datumNl(d)}.` : 'Wanneer dit is gecontroleerd, is niet vastgelegd.';
        }
        if (soort === 'feit') {
          const f = bron.feiten.get(id);
          if (!f)
            problems.push(
              fieldProblem(
                file,
                p,
                `onbekend feit "${id}" in ${heel} (niet in content/feiten/; bekend: ${[...bron.feiten.keys()].join(', ')})`,
              ),
            );
          else if (deel) problems.push(fieldProblem(file, p, `een feit heeft geen delen: ${heel}`));
          if (!f || deel) return heel;
          bronnen.push(...f.bronnen);
          return f.tekst;
        }
        const r = regels.get(id);
        if (!r) {
          problems.push(
            fieldProblem(
              file,
              p,
              `onbekende uittredingsregels "${id}" in ${heel} (bekend: ${[...regels.keys()].join(', ')})`,
            ),
          );
          return heel;
        }
        if (deel && !(uittredingDelen as readonly string[]).includes(deel)) {
          problems.push(
            fieldProblem(file, p, `onbekend deel "${deel}" in ${heel} (bekend: ${uittredingDelen.join(', ')})`),
          );
          return heel;
        }
        bronnen.push(...uittredingBronnen(r, deel as UittredingDeel | undefined));
        return uittredingTekst(r, deel as UittredingDeel | undefined);
      },
    );
    return { tekst, bronnen };
  };
  const walk = (v: unknown, p: string): unknown => {
    if (typeof v === 'string') return v.includes('{{') ? vul(v, p).tekst : v;
    if (Array.isArray(v)) return v.map((x, i) => walk(x, p ? `${p}.${i}` : String(i)));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const uit: Record<string, unknown> = {};
      const erbij: Citation[] = [];
      for (const [k, x] of Object.entries(v)) {
        const q = p ? `${p}.${k}` : k;
        if (typeof x === 'string' && x.includes('{{')) {
          const r = vul(x, q);
          uit[k] = r.tekst;
          erbij.push(...r.bronnen);
        } else uit[k] = walk(x, q);
      }
      // a statement that states a fact cites the fact's articles too
      if (erbij.length && Array.isArray(uit.bronnen)) {
        const heeft = new Set((uit.bronnen as Citation[]).map(citeKey));
        for (const c of erbij) {
          const zonder = { ...c, citaat: undefined };
          delete zonder.citaat;
          if (heeft.has(citeKey(zonder))) continue;
          (uit.bronnen as Citation[]).push(zonder);
          heeft.add(citeKey(zonder));
        }
      }
      return uit;
    }
    return v;
  };
  return walk(data, pad) as T;
}

/** The citations of the parts a text states: each part cited to its article. */
export function uittredingBronnen(r: UittredingRegels, deel: UittredingDeel = 'regel') {
  const regel = [
    ...r.instemming.flatMap((i) => i.bronnen),
    ...r.einde.bronnen,
    ...r.opzegtermijn.bronnen,
    ...r.minimumDuur.flatMap((m) => m.bronnen),
  ];
  const kosten = r.kosten.filter((k) => k.kort).flatMap((k) => k.bronnen);
  return deel === 'regel' || deel === 'kort' ? regel : deel === 'kosten' ? kosten : [...regel, ...kosten];
}

// ---------------------------------------------------------------- judgements on exit checked against the facts

/** How heavy exit is under a set of rules, part by part (each: more is heavier). */
function uittredingsLast(rs: readonly UittredingRegels[]): number[] {
  const max = (xs: number[]) => Math.max(0, ...xs);
  return [
    max(rs.map((r) => r.opzegtermijn.maanden)),
    max(rs.map((r) => (r.einde.alleenEindeKalenderjaar ? 1 : 0))),
    max(rs.map((r) => max(r.minimumDuur.map((m) => m.maanden)))),
    max(rs.map((r) => r.minimumDuur.length)),
    max(rs.map((r) => r.instemming.length)),
    max(rs.map((r) => r.kosten.filter((k) => k.kort).length)),
  ];
}
/** a is at least as heavy as b in every part */
const minstensZoZwaar = (a: number[], b: number[]): boolean => a.every((x, i) => x >= b[i]);

const RANG: Record<string, number> = { sterk: 3, redelijk: 2, zwak: 1 };

export interface ExitOordeel {
  file: string;
  /** field path, e.g. "oordelen.6" */
  pad: string;
  oordeel: string;
  feiten: string[];
  afwijking?: string;
}

/**
 * Judgements on exit that contradict the facts they rest on: one that rests on
 * rules at least as heavy as another's in every part may not be better than it
 * (the same rules cannot be "redelijk" in one place and "zwak" in another),
 * unless one of them states why (`afwijking`). Also: unknown facts.
 */
export function oordeelProblemen(
  oordelen: readonly ExitOordeel[],
  regels: ReadonlyMap<string, UittredingRegels>,
): string[] {
  const problems: string[] = [];
  const metLast: (ExitOordeel & { last: number[] })[] = [];
  for (const o of oordelen) {
    const onbekend = o.feiten.filter((f) => !regels.has(f));
    onbekend.forEach((f) =>
      problems.push(
        fieldProblem(o.file, `${o.pad}.feiten`, `onbekende uittredingsregels "${f}" (niet in content/uittreding/)`),
      ),
    );
    if (onbekend.length || !o.feiten.length || !(o.oordeel in RANG)) continue;
    metLast.push({ ...o, last: uittredingsLast(o.feiten.map((f) => mustGet(regels, f, 'uittredingsregels'))) });
  }
  for (const a of metLast)
    for (const b of metLast) {
      if (a === b || a.afwijking || b.afwijking) continue;
      if (minstensZoZwaar(a.last, b.last) && RANG[a.oordeel] > RANG[b.oordeel])
        problems.push(
          fieldProblem(
            a.file,
            `${a.pad}.oordeel`,
            `"${a.oordeel}" rust op uittredingsregels (${a.feiten.join(', ')}) die op elk punt minstens zo zwaar zijn als die van ${b.file} (${b.feiten.join(', ')}), dat "${b.oordeel}" geeft; maak de oordelen gelijk of geef in "afwijking" de reden`,
          ),
        );
    }
  return problems;
}
