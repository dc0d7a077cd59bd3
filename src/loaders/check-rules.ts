/**
 * Validation of the rule files against their schema and against the
 * knowledge base: every obstacle, form, fact, value, placeholder, source and
 * section a rule names must exist. Pure: plain data in, a list of Dutch
 * messages out, each naming the rule file and the field.
 */
import type { Citation } from '../schemas/index.ts';
import { buildIndex } from './references.ts';
import type { KnowledgeBase } from '../schemas/types.ts';
import { regelBestand, type Blad, type RegelBestand, type Voorwaarde } from '../schemas/engine.ts';
import { kenmerkNamen, kingBelemmeringen, situatieVelden, type SituatieVeld } from '../schemas/situation-fields.ts';
import { fieldProblem, zodProblems } from '../lib/errors.ts';

/** A rule file as read from disk: its id (file name), its path for messages and its raw data. */
export interface RuweRegelBestand {
  id: string;
  file?: string;
  data: unknown;
}

type KbDeel = Pick<KnowledgeBase, 'bronnen' | 'externeBronnen' | 'vormen' | 'belemmeringen'> & Partial<KnowledgeBase>;

const formatZod = zodProblems;

const velden = new Map<string, SituatieVeld>(situatieVelden.map((v) => [v.naam, v]));

interface FeitInfo {
  soort: 'janee' | 'geheel' | 'keuze' | 'meerkeuze';
  opties?: string[];
}

function feitInfo(fact: string, vormIds: string[]): FeitInfo | null {
  if (fact === 'vorm.id') return { soort: 'keuze', opties: vormIds };
  if (fact.startsWith('vorm.'))
    return (kenmerkNamen as readonly string[]).includes(fact.slice(5)) ? { soort: 'janee' } : null;
  const v = velden.get(fact);
  if (!v) return null;
  return { soort: v.soort, opties: v.opties?.map((o) => o.waarde) };
}

const operatorsPerSoort: Record<FeitInfo['soort'], string[]> = {
  janee: ['equal', 'notEqual'],
  geheel: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn'],
  keuze: ['equal', 'notEqual', 'in', 'notIn'],
  meerkeuze: ['contains', 'doesNotContain', 'equal', 'notEqual'],
};

function waardeProbleem(b: Blad, f: FeitInfo): string | null {
  const lijst =
    b.operator === 'in' ||
    b.operator === 'notIn' ||
    (f.soort === 'meerkeuze' && (b.operator === 'equal' || b.operator === 'notEqual'));
  const vals = lijst ? (Array.isArray(b.value) ? b.value : null) : Array.isArray(b.value) ? null : [b.value];
  if (!vals)
    return lijst
      ? `operator "${b.operator}" verwacht een lijst als waarde`
      : `operator "${b.operator}" verwacht één waarde, geen lijst`;
  for (const w of vals) {
    if (f.soort === 'janee' && typeof w !== 'boolean')
      return `feit "${b.fact}" is ja/nee: waarde moet true of false zijn, niet ${JSON.stringify(w)}`;
    if (f.soort === 'geheel' && typeof w !== 'number')
      return `feit "${b.fact}" is een getal: waarde ${JSON.stringify(w)} is geen getal`;
    if ((f.soort === 'keuze' || f.soort === 'meerkeuze') && !f.opties?.includes(String(w)))
      return `feit "${b.fact}" kent waarde ${JSON.stringify(w)} niet (bekend: ${f.opties?.join(', ')})`;
  }
  return null;
}

function* bladeren(c: Voorwaarde, pad: string): Generator<[Blad, string]> {
  if ('all' in c) for (let i = 0; i < c.all.length; i++) yield* bladeren(c.all[i], `${pad}.all.${i}`);
  else if ('any' in c) for (let i = 0; i < c.any.length; i++) yield* bladeren(c.any[i], `${pad}.any.${i}`);
  else if ('not' in c) yield* bladeren(c.not, `${pad}.not`);
  else yield [c as Blad, pad];
}

function plaatshouders(t: string): string[] {
  return [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

type EenRegel = RegelBestand['regels'][number];
/** What checking one rule needs: the reporters of its file and the ids known. */
interface RegelCtx {
  err: (veld: string, msg: string) => void;
  cit: (c: Citation, veld: string) => void;
  tekst: (t: string, veld: string) => void;
  vormIds: string[];
  regelIds: Map<string, { file: string; belemmering: string; tot?: string; pad: string }>;
  belemmering: string;
}

/** Each leaf condition names a known fact, an operator that fits it, and a value of its kind. */
function checkVoorwaarden(r: EenRegel, p: string, { err, vormIds }: RegelCtx): void {
  for (const [blad, pad] of bladeren(r.voorwaarden, `${p}.voorwaarden`)) {
    const f = feitInfo(blad.fact, vormIds);
    if (!f) {
      err(
        `${pad}.fact`,
        `onbekend feit "${blad.fact}" (bekend: ${[...velden.keys()].join(', ')}, vorm.id, ${kenmerkNamen.map((k) => `vorm.${k}`).join(', ')})`,
      );
      continue;
    }
    if (!operatorsPerSoort[f.soort].includes(blad.operator))
      err(
        `${pad}.operator`,
        `operator "${blad.operator}" past niet bij feit "${blad.fact}" (mogelijk: ${operatorsPerSoort[f.soort].join(', ')})`,
      );
    else {
      const w = waardeProbleem(blad, f);
      if (w) err(`${pad}.value`, w);
    }
  }
}

/** An estimate multiplies by a whole-number field, and its texts and citations are valid. */
function checkSchatting(s: NonNullable<EenRegel['schatting']>, p: string, { err, cit, tekst }: RegelCtx): void {
  if (s.per !== undefined && velden.get(s.per)?.soort !== 'geheel')
    err(
      `${p}.schatting.per`,
      `"${s.per}" is geen getal-veld van de situatie (mogelijk: ${situatieVelden
        .filter((v) => v.soort === 'geheel')
        .map((v) => v.naam)
        .join(', ')})`,
    );
  tekst(s.formule, `${p}.schatting.formule`);
  if (s.toelichting) tekst(s.toelichting, `${p}.schatting.toelichting`);
  s.bronnen.forEach((c, j) => cit(c, `${p}.schatting.bronnen.${j}`));
}

/** A rule that replaces another belongs to the same obstacle and starts the day the other ends. */
function checkVervangt(r: EenRegel, p: string, { err, regelIds, belemmering }: RegelCtx): void {
  if (!r.vervangt) return;
  const oud = regelIds.get(r.vervangt);
  if (!oud) err(`${p}.vervangt`, `onbekende regel "${r.vervangt}"`);
  else if (oud.belemmering !== belemmering)
    err(`${p}.vervangt`, `regel "${r.vervangt}" hoort bij belemmering "${oud.belemmering}", niet bij "${belemmering}"`);
  else if (!oud.tot || oud.tot !== r.geldig.vanaf)
    err(
      `${p}.geldig.vanaf`,
      `regel "${r.vervangt}" moet eindigen ("tot") op de dag dat deze regel begint ("vanaf": ${r.geldig.vanaf ?? 'ontbreekt'})`,
    );
}

/** One rule at path p: its forms, conditions, texts, citations, estimate, period and replacement. */
function checkRegel(r: EenRegel, p: string, ctx: RegelCtx): void {
  const { err, cit, tekst, vormIds } = ctx;
  if (Array.isArray(r.vormen))
    r.vormen.forEach((v, j) => {
      if (!vormIds.includes(v)) err(`${p}.vormen.${j}`, `onbekende vorm "${v}" (bekend: ${vormIds.join(', ')})`);
    });
  checkVoorwaarden(r, p, ctx);
  tekst(r.reden, `${p}.reden`);
  r.bronnen.forEach((c, j) => cit(c, `${p}.bronnen.${j}`));
  r.verlichting.forEach((m, j) => {
    tekst(m.tekst, `${p}.verlichting.${j}.tekst`);
    m.bronnen.forEach((c, k) => cit(c, `${p}.verlichting.${j}.bronnen.${k}`));
  });
  if (r.schatting) checkSchatting(r.schatting, p, ctx);
  const g = r.geldig;
  if (g.vanaf && g.tot && g.vanaf >= g.tot) err(`${p}.geldig`, `"vanaf" (${g.vanaf}) ligt niet voor "tot" (${g.tot})`);
  checkVervangt(r, p, ctx);
}

/**
 * Check rule files. Returns [] when all is well, else one message per problem:
 * `content/regels/x.yaml: veld "regels.0.vormen.1": onbekende vorm "y"`.
 */
export function checkRules(bestanden: readonly RuweRegelBestand[], kb: KbDeel): string[] {
  const fouten: string[] = [];
  const idx = buildIndex({
    bronnen: kb.bronnen,
    externeBronnen: kb.externeBronnen,
    vormen: kb.vormen,
    belemmeringen: kb.belemmeringen,
    casussen: kb.casussen ?? [],
    organisaties: kb.organisaties ?? [],
    begrippen: kb.begrippen ?? [],
    regelingen: kb.regelingen ?? [],
    tekstRegels: kb.tekstRegels ?? {},
  });
  const vormIds = kb.vormen.map((v) => v.id);
  const belIds = new Set(kb.belemmeringen.map((b) => b.id));
  const geldig: { file: string; data: RegelBestand }[] = [];
  for (const b of bestanden) {
    const file = b.file ?? `content/regels/${b.id}.yaml`;
    const r = regelBestand.safeParse(b.data);
    if (!r.success) fouten.push(...formatZod(file, r.error));
    else geldig.push({ file, data: r.data });
  }

  const regelIds = new Map<string, { file: string; belemmering: string; tot?: string; pad: string }>();
  for (const { file, data } of geldig)
    data.regels.forEach((r, i) => {
      const al = regelIds.get(r.id);
      if (al) fouten.push(`${file}: veld "regels.${i}.id": regel-id "${r.id}" komt al voor in ${al.file}`);
      else regelIds.set(r.id, { file, belemmering: data.belemmering, tot: r.geldig.tot, pad: `regels.${i}` });
    });

  const metRegels = new Set<string>();
  for (const { file, data } of geldig) {
    const err = (veld: string, msg: string) => fouten.push(fieldProblem(file, veld, msg));
    const naam = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (!belIds.has(data.belemmering))
      err('belemmering', `onbekende belemmering "${data.belemmering}" (bekend: ${[...belIds].join(', ')})`);
    else if (naam !== data.belemmering)
      err(
        'belemmering',
        `het bestand heet "${naam}", maar gaat over belemmering "${data.belemmering}"; geef het bestand de naam van de belemmering`,
      );
    metRegels.add(data.belemmering);
    const cit = (c: Citation, veld: string) => {
      const p = idx.citationProblem(c);
      if (p) err(veld, p);
    };
    const tekst = (t: string, veld: string) => {
      for (const k of plaatshouders(t))
        if (k !== 'vorm' && !velden.has(k))
          err(veld, `onbekende invulplek "{${k}}" (bekend: vorm, ${[...velden.keys()].join(', ')})`);
    };
    const ctx: RegelCtx = { err, cit, tekst, vormIds, regelIds, belemmering: data.belemmering };
    data.regels.forEach((r, i) => checkRegel(r, `regels.${i}`, ctx));
  }
  for (const [id] of kingBelemmeringen)
    if (!belIds.has(id))
      fouten.push(
        `content/belemmeringen: belemmering "${id}" (KING) ontbreekt; de motor geeft voor elke vorm alle 15 belemmeringen`,
      );
  for (const b of kb.belemmeringen)
    if (!metRegels.has(b.id))
      fouten.push(`content/regels: belemmering "${b.id}" heeft geen regels (maak content/regels/${b.id}.yaml)`);
  return fouten;
}
