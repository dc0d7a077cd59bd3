/**
 * The one loader of content/: every folder of the registry (./registry.ts)
 * read with plain Node, validated against its schema, and cross-checked as
 * a whole (references between collections, citations, the engine's rules,
 * the explorer, the calculators). Used by the site (src/loaders/kb.ts, and the
 * content layer in src/content.config.ts, so a problem fails `astro build`),
 * by `npm run check:content`, by the tests and by the bench.
 *
 * Every problem is one line "file: veld "a.b": message"; all of them are
 * collected and thrown together as one ContentError.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, fieldProblem } from '../lib/errors.ts';
import { buildIndex, checkCitations, checkReferences } from './references.ts';
import { duplicateIds, fileLabel, readFolder, readRaw } from './read-content.ts';
import {
  entryFolders,
  kbKeys,
  knownFolders,
  structuredFolders,
  type EntryData,
  type EntryKey,
  type FolderSpec,
} from './registry.ts';
import type { Entry, KbKey, KnowledgeBase } from '../schemas/types.ts';
import { checkRules } from './check-rules.ts';
import { checkAllCalcRules } from './calc.ts';
import { loadVerkenner, type VerkennerInhoud } from './explorer.ts';
import { contentRoot } from './env.ts';
import { oordeelProblemen, fillFeiten, type FeitenBron } from '../lib/feiten.ts';
import { buildDate } from './env.ts';
import { readImportMap } from '../import/folder.ts';
import { zodProblems } from '../lib/errors.ts';

/** Every entry folder, typed by its schema. */
export type Entries = { [K in EntryKey]: Entry<EntryData<K>>[] };

/** Everything under content/, validated. */
export interface Content extends Entries {
  /** the knowledge base proper (the seven collections plus the length of each source text) */
  kb: KnowledgeBase;
  /** the explorer's questions, fit rules, purposes and motion */
  verkenner: VerkennerInhoud;
}

/** Folders under content/ that the registry does not know. */
function unknownFolders(contentDir: string): string[] {
  const known = new Set(knownFolders());
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !known.has(d.name))
    .map(
      (d) =>
        `${fileLabel(contentDir, join(contentDir, d.name))}/: onbekende map; voeg haar toe aan src/loaders/registry.ts (map, soort bestanden, schema) of verplaats de bestanden (bekend: ${[...known].join(', ')})`,
    );
}

/** Split the message of a loader that throws one Error with "- problem" lines into its problems. */
function problemsOf(e: unknown): string[] {
  if (e instanceof ContentError) return e.problems;
  const lines = String((e as Error)?.message ?? e).split('\n');
  const items = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  return items.length ? items : [lines.join(' ')];
}

type Gelezen = Omit<Entries, 'regels'>;

/** One home per fact: texts that state an exit rule do so through {{uittreding:<id>}}, filled in here from content/uittreding/. */
function vulFeiten(gelezen: Gelezen, problems: string[]): { entries: Gelezen; feiten: FeitenBron } {
  const feiten: FeitenBron = {
    uittreding: new Map(gelezen.uittreding.map((u) => [u.id, u.data])),
    feiten: new Map(gelezen.feiten.map((f) => [f.id, f.data])),
    bouwdatum: buildDate(),
    gecontroleerd: new Map(gelezen.externeBronnen.map((e) => [e.id, e.data.geraadpleegd])),
  };
  const entries = Object.fromEntries(
    Object.entries(gelezen).map(([k, list]) => [
      k,
      k === 'uittreding' || k === 'feiten'
        ? list
        : (list as Entry<unknown>[]).map((e) => ({ ...e, data: fillFeiten(e.data, feiten, e.file, problems) })),
    ]),
  ) as Gelezen;
  return { entries, feiten };
}

/** Official files in content/import/ become regelingen, validated by the same schema as a hand-written file. */
function voegImportToe(dir: string, entries: Gelezen, problems: string[]): void {
  const imp = readImportMap(dir, new Set(entries.organisaties.map((o) => o.id)), buildDate(), (p) => fileLabel(dir, p));
  problems.push(...imp.problems);
  const handIds = new Map(entries.regelingen.map((r) => [r.id, r.file]));
  for (const g of imp.entries) {
    if (handIds.has(g.id)) {
      problems.push(fieldProblem(g.file, '', `geeft de regeling de id "${g.id}", die ook ${handIds.get(g.id)} heeft`));
      continue;
    }
    const r = entryFolders.regelingen.schema.safeParse(g.data);
    if (r.success) entries.regelingen.push({ id: g.id, file: g.file, data: r.data });
    else problems.push(...zodProblems(g.file, r.error));
  }
}

/** The knowledge base proper, with the length of each source text for the section checks. */
function kennisbank(dir: string, entries: Gelezen): KnowledgeBase {
  const tekstRegels: Record<string, number> = {};
  for (const b of entries.bronnen) {
    const p = join(dir, 'bronnen', 'tekst', b.data.tekstbestand);
    if (existsSync(p)) tekstRegels[b.id] = readFileSync(p, 'utf8').split('\n').length;
  }
  return { ...(Object.fromEntries(kbKeys.map((k) => [k, entries[k]])) as Pick<Entries, KbKey>), tekstRegels };
}

/** The engine's rules, which validate themselves (schema and references) in checkRules. */
function regelsVan(dir: string, kb: KnowledgeBase, problems: string[]): Entries['regels'] {
  const ruweRegels = readRaw(dir, entryFolders.regels, problems);
  problems.push(...checkRules(ruweRegels, kb));
  return ruweRegels.flatMap((r) => {
    const p = entryFolders.regels.schema.safeParse(r.data);
    return p.success ? [{ id: r.id, file: r.file, data: p.data }] : [];
  });
}

/** Judgements on exit against the facts they rest on. */
const uittredingOordelen = (entries: Gelezen, feiten: FeitenBron): string[] =>
  oordeelProblemen(
    entries.vormen.flatMap((v) =>
      v.data.oordelen.flatMap((o, i) =>
        o.criterium === 'uittreding'
          ? [{ file: v.file, pad: `oordelen.${i}`, oordeel: o.oordeel, feiten: o.feiten, afwijking: o.afwijking }]
          : [],
      ),
    ),
    feiten.uittreding,
  );

/** The explorer's content, and each of its routes' calculators found (content/kosten/, content/procedures/). */
function verkennerVan(
  dir: string,
  kb: KnowledgeBase,
  feiten: FeitenBron,
  entries: Gelezen,
  problems: string[],
): VerkennerInhoud | undefined {
  if (!existsSync(join(dir, structuredFolders.verkenner.dir))) {
    problems.push(`${fileLabel(dir, join(dir, structuredFolders.verkenner.dir))}/: map ontbreekt`);
    return undefined;
  }
  let verkenner: VerkennerInhoud;
  try {
    verkenner = loadVerkenner(dir, kb, feiten);
  } catch (e) {
    problems.push(...problemsOf(e));
    return undefined;
  }
  verkenner.routes.forEach((r, i) => {
    const naam = 'content/verkenner/routes.yaml';
    if (r.rekenhulp.kosten && !entries.kosten.some((k) => k.id === r.rekenhulp.kosten))
      problems.push(
        fieldProblem(
          naam,
          `routes.${i}.rekenhulp.kosten`,
          `onbekende kostenroute "${r.rekenhulp.kosten}" (niet in content/kosten/)`,
        ),
      );
    r.rekenhulp.procedures.forEach((p, k) => {
      if (!entries.procedures.some((x) => x.id === p))
        problems.push(
          fieldProblem(
            naam,
            `routes.${i}.rekenhulp.procedures.${k}`,
            `onbekende procedure "${p}" (niet in content/procedures/)`,
          ),
        );
    });
  });
  return verkenner;
}

/**
 * Load and check everything under `contentDir` (default: $SITE_CONTENT_DIR or
 * ./content). Returns the problems instead of throwing; `content` is only
 * set when there are none.
 */
export function checkContent(contentDir = contentRoot()): { problems: string[]; content?: Content } {
  const dir = resolve(contentDir);
  if (!existsSync(dir)) return { problems: [`${dir}: map met inhoud niet gevonden`] };
  const problems: string[] = unknownFolders(dir);

  // every registered folder, each file validated against the folder's schema (the rules are validated by checkRules)
  const folders = Object.entries(entryFolders).filter(([k]) => k !== 'regels') as [EntryKey, FolderSpec][];
  const gelezen = Object.fromEntries(folders.map(([k, spec]) => [k, readFolder(dir, spec, problems)])) as Gelezen;
  const { entries, feiten } = vulFeiten(gelezen, problems);
  voegImportToe(dir, entries, problems);

  const kb = kennisbank(dir, entries);
  problems.push(...checkReferences(kb));
  const index = buildIndex(kb);
  const regels = regelsVan(dir, kb, problems);
  problems.push(...checkAllCalcRules(entries, index));
  problems.push(...uittredingOordelen(entries, feiten));

  // every other registered folder: citations checked alike (the knowledge base and the rules check their own above)
  const selfChecked = new Set<string>(kbKeys);
  for (const [key, list] of Object.entries(entries) as [string, Entry<unknown>[]][])
    if (!selfChecked.has(key)) problems.push(...checkCitations(list, index));
  for (const f of Object.values(structuredFolders)) if (f.dir !== 'import') problems.push(...duplicateIds(dir, f.dir));

  const verkenner = verkennerVan(dir, kb, feiten, entries, problems);
  if (problems.length || !verkenner) return { problems };
  return { problems, content: { ...entries, regels, kb, verkenner } };
}

/** Load everything under `contentDir`; throws one ContentError naming every problem (file and field). */
export function loadContent(contentDir = contentRoot()): Content {
  const { problems, content } = checkContent(contentDir);
  if (!content) throw new ContentError(problems);
  return content;
}

/** The knowledge base of the project at `root` (whose content is in root/content), after checking ALL of content/. */
export function loadKnowledgeBase(root = process.cwd()): KnowledgeBase {
  return loadContent(join(root, 'content')).kb;
}
