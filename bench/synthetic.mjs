// Make a synthetic content folder: the project's content/ with the entries of some collections
// multiplied. Copy k of an entry gets the id `<id>-x<k>` and a suffixed title, and its references
// to multiplied collections point at copy k of the target, so every reference stays valid and the
// copies form k parallel "worlds" around the same forms (vormen) and source documents (bronnen).
import { cpSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { parse, stringify } from 'yaml';

export const MULTIPLIED = ['begrippen', 'belemmeringen', 'casussen', 'organisaties'];
export const COLLECTION_DIRS = ['bronnen', 'externe-bronnen', 'vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen'];

const entryFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|mdx?)$/.test(f)) : []);

/** Number of entries (content files) per collection and in total. */
export function countEntries(contentDir) {
  const per = {};
  const dirs = existsSync(contentDir) ? readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const c of dirs) per[c] = entryFiles(join(contentDir, c)).length;
  return { total: Object.values(per).reduce((a, b) => a + b, 0), per };
}

function rewrite(collection, data, k, ids) {
  const s = (coll, id) => (typeof id === 'string' && ids[coll]?.has(id) ? `${id}-x${k}` : id);
  const tag = ` (synthetisch ${k})`;
  const d = structuredClone(data);
  switch (collection) {
    case 'casussen':
      if (d.titel) d.titel += tag;
      if (d.gastheer) d.gastheer = s('organisaties', d.gastheer);
      for (const x of d.deelnemers ?? []) x.organisatie = s('organisaties', x.organisatie);
      break;
    case 'organisaties':
      if (d.naam) d.naam += tag;
      for (const x of d.deelnames ?? []) x.casus = s('casussen', x.casus);
      break;
    case 'belemmeringen':
      if (d.titel) d.titel += tag;
      if (Array.isArray(d.begrippen)) d.begrippen = d.begrippen.map((b) => s('begrippen', b));
      break;
    case 'begrippen':
      if (d.term) d.term += tag;
      if (Array.isArray(d.zieOok)) d.zieOok = d.zieOok.map((b) => s('begrippen', b));
      break;
  }
  return d;
}

/** Write content/ × factor into dest (which is replaced). Returns countEntries(dest). */
export function makeSynthetic(srcContent, dest, factor) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(srcContent, dest, { recursive: true });
  const ids = Object.fromEntries(
    MULTIPLIED.map((c) => [c, new Set(entryFiles(join(srcContent, c)).map((f) => basename(f, extname(f))))]),
  );
  for (const c of MULTIPLIED) {
    const dir = join(srcContent, c);
    for (const f of entryFiles(dir)) {
      const ext = extname(f);
      const id = basename(f, ext);
      const text = readFileSync(join(dir, f), 'utf8');
      for (let k = 1; k < factor; k++) {
        let out;
        if (ext === '.yaml' || ext === '.yml') out = stringify(rewrite(c, parse(text), k, ids), { lineWidth: 0 });
        else {
          const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
          out = m ? `---\n${stringify(rewrite(c, parse(m[1]), k, ids), { lineWidth: 0 })}---\n${m[2]}` : text;
        }
        writeFileSync(join(dest, c, `${id}-x${k}${ext}`), out);
      }
    }
  }
  // companions: content/regels/<belemmering>.yaml holds the rules of one obstacle; copy k gets its own
  const regels = join(srcContent, 'regels');
  for (const f of entryFiles(regels)) {
    const ext = extname(f);
    const id = basename(f, ext);
    const data = parse(readFileSync(join(regels, f), 'utf8'));
    if (!data || !ids.belemmeringen.has(data.belemmering ?? id)) continue;
    for (let k = 1; k < factor; k++) {
      const d = structuredClone(data);
      if (d.belemmering) d.belemmering = `${d.belemmering}-x${k}`;
      // rule ids get the suffix, and so does every reference to them within the file (e.g. `vervangt`)
      const ruleIds = new Set((Array.isArray(d.regels) ? d.regels : []).map((r) => r?.id).filter((x) => typeof x === 'string'));
      const walkStrings = (v) => {
        if (Array.isArray(v)) return v.map(walkStrings);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, walkStrings(x)]));
        return typeof v === 'string' && ruleIds.has(v) ? `${v}-x${k}` : v;
      };
      d.regels = walkStrings(d.regels);
      writeFileSync(join(dest, 'regels', `${id}-x${k}${ext}`), stringify(d, { lineWidth: 0 }));
    }
  }
  return countEntries(dest);
}

// CLI: node bench/synthetic.mjs <factor> <dest>
if (import.meta.url === `file://${process.argv[1]}`) {
  const [factor, dest] = process.argv.slice(2);
  console.log(makeSynthetic('content', dest, Number(factor)));
}
