/**
 * The registry of content/: every folder, the kind of files it holds and the
 * zod schema of one file. The one loader (./load-content.ts) reads exactly
 * these folders; a folder under content/ that is not listed here is an error
 * (a typo such as `begrip/` would otherwise be ignored without a word).
 *
 * Adding a folder of one-file-per-entry content is one line in `entryFolders`:
 *   kosten: { dir: 'kosten', files: 'yaml', schema: kostenPost },
 * Its files are then read, validated against the schema, checked for
 * duplicate ids and for citations to unknown sources or sections, by
 * `npm run check:content`, the build and the tests alike. Cross-references
 * beyond citations go in the loader's cross-checks.
 */
import type { z } from 'astro/zod';
import * as S from '../schemas/index.ts';
import { regelBestand } from '../schemas/engine.ts';
import { agendaItem, kostenRoute, kostensleutel, procedureRoute, uittredingRegels } from '../schemas/calc.ts';
import { regeling } from '../schemas/regeling.ts';

export interface FolderSpec {
  /** folder name under content/ */
  dir: string;
  /** 'yaml': .yaml/.yml files; 'markdown': .md/.mdx files with YAML frontmatter */
  files: 'yaml' | 'markdown';
  schema: z.ZodType;
  /** sub-folders that belong to the folder (read by another part of the loader) */
  subfolders?: readonly string[];
  /** order of the entries: by file name (default) or by the field `volgorde`, then file name */
  order?: 'volgorde';
}

/** Folders with one file per entry: the id of an entry is its file name without extension. */
export const entryFolders = {
  bronnen: { dir: 'bronnen', files: 'yaml', schema: S.bron, subfolders: ['tekst'] },
  externeBronnen: { dir: 'externe-bronnen', files: 'yaml', schema: S.externeBron },
  vormen: { dir: 'vormen', files: 'markdown', schema: S.vorm, order: 'volgorde' },
  belemmeringen: { dir: 'belemmeringen', files: 'yaml', schema: S.belemmering, order: 'volgorde' },
  casussen: { dir: 'casussen', files: 'yaml', schema: S.casus },
  organisaties: { dir: 'organisaties', files: 'yaml', schema: S.organisatie },
  begrippen: { dir: 'begrippen', files: 'yaml', schema: S.begrip },
  /** gemeenschappelijke regelingen and agreements as sources, text per article (written by hand or by scripts/import-regelingen.ts) */
  regelingen: { dir: 'regelingen', files: 'yaml', schema: regeling },
  /** rules of the rules engine, one file per KING obstacle (cross-checked by src/loaders/check-rules.ts) */
  regels: { dir: 'regels', files: 'yaml', schema: regelBestand },
  /** facts of the agreements and the law that texts restate through {{feit:<id>}} (src/lib/feiten.ts) */
  feiten: { dir: 'feiten', files: 'yaml', schema: S.feit },
  /** exit rules of an arrangement (calculator) */
  uittreding: { dir: 'uittreding', files: 'yaml', schema: uittredingRegels, order: 'volgorde' },
  /** cost keys (calculator) */
  kostenverdeling: { dir: 'kostenverdeling', files: 'yaml', schema: kostensleutel, order: 'volgorde' },
  /** cost lines per route of the explorer (cost calculator) */
  kosten: { dir: 'kosten', files: 'yaml', schema: kostenRoute, order: 'volgorde' },
  /** procedure steps per route (procedure planner) */
  procedures: { dir: 'procedures', files: 'yaml', schema: procedureRoute, order: 'volgorde' },
  /** dated obligations of the cases and the motion (agenda, .ics) */
  agenda: { dir: 'agenda', files: 'yaml', schema: agendaItem },
} as const satisfies Record<string, FolderSpec>;

/**
 * Folders with a structure of their own, read by a dedicated loader that the
 * one loader calls (with the same error format).
 */
export const structuredFolders = {
  /** the explorer: vragen.yaml, geschiktheid.yaml, motie.yaml, doelen/<doel>.yaml (src/loaders/explorer.ts) */
  verkenner: { dir: 'verkenner', subfolders: ['doelen'] },
  /** official files read at build time into regelingen: register/ (GR register export, XML or CSV), cvdr/ (CVDR XML) — src/import/folder.ts */
  import: { dir: 'import', subfolders: ['register', 'cvdr'] },
} as const satisfies Record<string, { dir: string; subfolders?: readonly string[] }>;

export type EntryKey = keyof typeof entryFolders;
/** The data of one entry of a folder, as its schema outputs it. */
export type EntryData<K extends EntryKey> = z.output<(typeof entryFolders)[K]['schema']>;

/** The collections of the knowledge base proper (what pages, references and open data share). */
export const kbKeys = [
  'bronnen',
  'externeBronnen',
  'vormen',
  'belemmeringen',
  'casussen',
  'organisaties',
  'begrippen',
  'regelingen',
] as const satisfies readonly EntryKey[];

export const EXTENSIONS: Record<FolderSpec['files'], RegExp> = { yaml: /\.ya?ml$/, markdown: /\.mdx?$/ };

/** Every folder name the registry knows. */
export const knownFolders = (): string[] =>
  [...Object.values(entryFolders), ...Object.values(structuredFolders)].map((f) => f.dir);
