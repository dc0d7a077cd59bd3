// Make a synthetic content folder: the project's content/ with the entries of some collections
// multiplied. Copy k of an entry gets the id `<id>-x<k>` and a suffixed title, and its references
// to multiplied collections point at copy k of the target, so every reference stays valid and the
// copies form k parallel "worlds" around the same forms (vormen) and source documents (bronnen).
import { cpSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { parse, stringify } from 'yaml';

export const MULTIPLIED = ['begrippen', 'belemmeringen', 'casussen', 'organisaties'];
export const COLLECTION_DIRS = [
  'bronnen',
  'externe-bronnen',
  'vormen',
  'belemmeringen',
  'casussen',
  'organisaties',
  'begrippen',
];

const entryFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|mdx?)$/.test(f)) : []);

/** Number of entries (content files) per collection and in total. */
export function countEntries(contentDir) {
  const per = {};
  const dirs = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
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
      const ruleIds = new Set(
        (Array.isArray(d.regels) ? d.regels : []).map((r) => r?.id).filter((x) => typeof x === 'string'),
      );
      const walkStrings = (v) => {
        if (Array.isArray(v)) return v.map(walkStrings);
        if (v && typeof v === 'object')
          return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, walkStrings(x)]));
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

// ------------------------------------------------------------------ synthetic register
/**
 * A synthetic GR register of `regelingen` regelingen over `gemeenten` municipalities, written as
 * an export in content/import/register/ (read by the importer, src/import/) plus one
 * content/organisaties/ file per municipality. Deterministic (a fixed seed): regeling k has 2 to
 * 12 participants, drawn so that every municipality takes part in some; about one in twenty has
 * ended (eindDatum in the past) and is skipped by the importer, as a real export would have them.
 * Returns { regelingen, gemeenten, maxPerGemeente }.
 */
export function addSyntheticRegister(dest, { regelingen = 1000, gemeenten = 342 } = {}) {
  let seed = 20_342;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const ids = Array.from({ length: gemeenten }, (_, i) => `synthetische-gemeente-${String(i + 1).padStart(3, '0')}`);
  const orgDir = join(dest, 'organisaties');
  mkdirSync(orgDir, { recursive: true });
  for (const [i, id] of ids.entries())
    writeFileSync(
      join(orgDir, `${id}.yaml`),
      stringify({
        naam: `Gemeente Synthetische gemeente ${i + 1}`,
        soort: 'gemeente',
        twente: false,
        toelichting: 'Synthetische gemeente voor de benchmark.',
        laatstGewijzigd: '2026-12-01',
      }),
    );
  const vormen = [
    'Openbaar lichaam',
    'Gemeenschappelijk orgaan',
    'Bedrijfsvoeringsorganisatie',
    "'Regeling zonder meer' (regeling zonder eigen orgaan; art. 8, vierde lid, WGR)",
  ];
  const per = new Map(ids.map((id) => [id, 0]));
  const records = [];
  for (let k = 0; k < regelingen; k++) {
    const n = 2 + Math.floor(rnd() * 11);
    const start = Math.floor(rnd() * gemeenten);
    const deel = new Set();
    // neighbours in a ring, with a random stride: regional clusters, every municipality reached
    const stride = 1 + Math.floor(rnd() * 3);
    for (let j = 0; deel.size < n; j++) deel.add(ids[(start + j * stride) % gemeenten]);
    const ended = k % 20 === 19;
    if (!ended) for (const d of deel) per.set(d, per.get(d) + 1);
    records.push(
      `    <p:gemeenschappelijkeRegeling>\n      <p:systemId>${800000 + k}</p:systemId>\n      <p:titel>Gemeenschappelijke regeling synthetisch ${k + 1}</p:titel>\n` +
        `      <p:samenwerkingsvorm>${vormen[k % 4]}</p:samenwerkingsvorm>\n      <p:deelnemers>${[...deel].map((d) => `<p:deelnemer><p:naam>${d.replace(/-/g, ' ')}</p:naam></p:deelnemer>`).join('')}</p:deelnemers>\n` +
        (ended ? '      <p:eindDatum>2020-01-01</p:eindDatum>\n' : '') +
        '    </p:gemeenschappelijkeRegeling>',
    );
  }
  const regDir = join(dest, 'import', 'register');
  mkdirSync(regDir, { recursive: true });
  writeFileSync(
    join(regDir, 'synthetisch-register.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<p:overheidsorganisaties xmlns:p="https://almanak.overheid.nl/static/schema/oo/export/2.4.11">\n  <p:gemeenschappelijkeRegelingen>\n${records.join('\n')}\n  </p:gemeenschappelijkeRegelingen>\n</p:overheidsorganisaties>\n`,
  );
  return {
    regelingen,
    gemeenten,
    maxPerGemeente: Math.max(...per.values()),
    minPerGemeente: Math.min(...per.values()),
  };
}
