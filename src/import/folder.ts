/**
 * The import folder, content/import/: official files placed by an editor,
 * read at build time (nothing is fetched).
 *   content/import/register/*.xml|*.csv  exports of the GR register
 *   content/import/cvdr/*.xml            CVDR XML of regelingen (one per file)
 * Each current register record becomes one regeling; the CVDR text whose id
 * the record names (`publicatie`) is joined to it. Every problem names the
 * file and the element; the loader validates the results with the schema of
 * content/regelingen/ and reports them as its own problems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCvdr, type CvdrRegeling } from './cvdr.ts';
import { naarRegeling, slugVan } from './naar-regeling.ts';
import { parseRegisterCsv, parseRegisterXml, type RegisterRecord } from './register.ts';
import { ImportError } from './xml.ts';

const IMPORT_DIR = 'import';
const IMPORT_SUBFOLDERS = ['register', 'cvdr'] as const;

export interface Geimporteerd {
  id: string;
  /** the file and record it comes from, for messages: content/import/register/x.xml#123 */
  file: string;
  data: Record<string, unknown>;
}

const files = (dir: string, re: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => re.test(f) && !f.startsWith('.'))
        .sort()
    : [];

/**
 * Read content/import/ under `contentDir`. `label` turns a path into the
 * name used in messages; `bekend` are the organisation ids participants may
 * match; `datum` is the build date (YYYY-MM-DD), written as geraadpleegd.
 */
export function readImportMap(
  contentDir: string,
  bekend: ReadonlySet<string>,
  datum: string,
  label: (p: string) => string,
): { entries: Geimporteerd[]; problems: string[] } {
  const root = join(contentDir, IMPORT_DIR);
  const problems: string[] = [];
  if (!existsSync(root)) return { entries: [], problems };
  const fout = (e: unknown, file: string) =>
    problems.push(e instanceof ImportError ? e.message : `${file}: ${(e as Error).message}`);

  for (const d of readdirSync(root, { withFileTypes: true }))
    if (d.isDirectory() && !(IMPORT_SUBFOLDERS as readonly string[]).includes(d.name))
      problems.push(`${label(join(root, d.name))}/: onbekende map (bekend: ${IMPORT_SUBFOLDERS.join(', ')})`);

  const teksten = new Map<string, { t: CvdrRegeling; file: string }>();
  const cvdrDir = join(root, 'cvdr');
  for (const f of files(cvdrDir, /./)) {
    const p = join(cvdrDir, f);
    const file = label(p);
    if (!f.endsWith('.xml')) {
      problems.push(`${file}: onbekend bestand; in import/cvdr/ horen alleen .xml-bestanden`);
      continue;
    }
    try {
      const t = parseCvdr(readFileSync(p, 'utf8'), file);
      const al = teksten.get(t.cvdrId);
      if (al) problems.push(`${file}: element <identifier>: ${t.cvdrId} staat ook in ${al.file}`);
      else teksten.set(t.cvdrId, { t, file });
    } catch (e) {
      fout(e, file);
    }
  }

  const records: { r: RegisterRecord; file: string }[] = [];
  const regDir = join(root, 'register');
  for (const f of files(regDir, /./)) {
    const p = join(regDir, f);
    const file = label(p);
    try {
      const text = readFileSync(p, 'utf8');
      if (f.endsWith('.xml')) records.push(...parseRegisterXml(text, file).map((r) => ({ r, file })));
      else if (f.endsWith('.csv')) records.push(...parseRegisterCsv(text, file).map((r) => ({ r, file })));
      else problems.push(`${file}: onbekend bestand; in import/register/ horen .xml- of .csv-bestanden`);
    } catch (e) {
      fout(e, file);
    }
  }

  const entries: Geimporteerd[] = [];
  const ids = new Set<string>();
  const gebruikt = new Set<string>();
  for (const { r, file } of records) {
    if (r.eindDatum && r.eindDatum <= datum) continue; // ended: not a current cooperation
    let id = slugVan(r.titel).slice(0, 70).replace(/-+$/, '');
    if (ids.has(id)) id = `${id}-${slugVan(r.systemId || String(ids.size))}`;
    if (ids.has(id)) {
      problems.push(`${file}: element <systemId>: record "${r.titel}" (${r.systemId}) komt twee keer voor`);
      continue;
    }
    ids.add(id);
    const tekst = r.publicatie ? teksten.get(r.publicatie) : undefined;
    if (tekst && r.publicatie) gebruikt.add(r.publicatie);
    entries.push({ id, file: `${file}#${r.systemId || r.titel}`, data: naarRegeling(id, r, tekst?.t, bekend, datum) });
  }
  for (const [cvdrId, { file }] of teksten)
    if (!gebruikt.has(cvdrId))
      problems.push(
        `${file}: element <identifier>: geen record in import/register/ noemt ${cvdrId} als publicatie; zonder registerrecord zijn de deelnemers onbekend`,
      );
  return { entries, problems };
}
