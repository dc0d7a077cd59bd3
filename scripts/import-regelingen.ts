/**
 * Turn the official files of an import folder into editable YAML files of
 * content/regelingen/: `npm run import:regelingen -- <map-met-import> <doelmap>`.
 * The folder holds register/ (GR register export, .xml or .csv) and cvdr/
 * (CVDR XML), as content/import/ does. Each file is validated by the schema of
 * content/regelingen/ before it is written; any problem (file and element
 * named) stops the script with exit code 1 and writes nothing.
 * Use it when an editor wants to complete an imported regeling by hand (then
 * remove its files from content/import/, or the ids clash); otherwise simply
 * leave the files in content/import/ and build.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readImportMap } from '../src/import/folder.ts';
import { regeling } from '../src/schemas/regeling.ts';
import { zodProblems } from '../src/lib/errors.ts';
import { buildDate } from '../src/loaders/env.ts';

const [bron, doel] = process.argv.slice(2);
if (!bron || !doel) {
  console.error('Gebruik: npm run import:regelingen -- <map met register/ en cvdr/> <doelmap voor de .yaml-bestanden>');
  process.exit(2);
}
// readImportMap reads <dir>/import/: accept the import folder itself
const map = resolve(bron);
const organisaties = new Set(readdirSync(resolve('content/organisaties')).map((f) => f.replace(/\.ya?ml$/, '')));
const { entries, problems } = readImportMap(resolve(map, '..'), organisaties, buildDate(), (p) =>
  relative(process.cwd(), p),
);
const fouten = [...problems];
if (map.split('/').at(-1) !== 'import')
  fouten.unshift(`${bron}: de map moet "import" heten (met register/ en cvdr/ erin)`);
for (const e of entries) {
  const r = regeling.safeParse(e.data);
  if (!r.success) fouten.push(...zodProblems(e.file, r.error));
}
if (fouten.length) {
  console.error(`Niet ingelezen (${fouten.length} fout${fouten.length === 1 ? '' : 'en'}):\n- ${fouten.join('\n- ')}`);
  process.exit(1);
}
mkdirSync(doel, { recursive: true });
for (const e of entries)
  writeFileSync(
    join(doel, `${e.id}.yaml`),
    `# ingelezen uit ${e.file}\n${stringify(e.data, { lineWidth: 0, aliasDuplicateObjects: false })}`,
  );
console.log(`${entries.length} regeling${entries.length === 1 ? '' : 'en'} geschreven naar ${doel}`);
