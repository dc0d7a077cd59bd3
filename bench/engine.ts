/**
 * Bench of the rules engine: time of one full evaluation (all forms × all
 * obstacles, default situation, period 'nu'), evaluations per second, and the
 * size of the engine's browser bundle (src/engine/index.ts, esbuild, minified
 * ESM, gzip). Run: `npm exec -- node bench/engine.ts [--json]`.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, standaardSituatie, type Situatie } from '../src/engine/index.ts';
import { loadEngineInput } from '../src/loaders/engine-input.ts';

const root = join(import.meta.dirname, '..');
const json = process.argv.includes('--json');

const { kb, regels } = loadEngineInput(root);
// plain JSON, as the browser gets it
const invoer = JSON.parse(JSON.stringify({ vormen: kb.vormen, regels, belemmeringen: kb.belemmeringen }));

function tijd(s: Situatie, periode: 'nu' | 'king2015', n: number): number[] {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    evaluate(s, invoer.vormen, invoer.regels, invoer.belemmeringen, { periode });
    t.push(performance.now() - a);
  }
  return t;
}
const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

tijd(standaardSituatie, 'nu', 2000); // warm-up
const runs = 5000;
const ms = mediaan(tijd(standaardSituatie, 'nu', runs));
const volSituatie: Situatie = {
  ...standaardSituatie,
  basisregistraties: ['brp', 'nhr', 'bag'],
  digid: true,
  eherkenning: true,
  besluitenNamensDeelnemers: true,
  privatePartijen: true,
};
const msVol = mediaan(tijd(volSituatie, 'king2015', runs));
const start = performance.now();
let n = 0;
while (performance.now() - start < 1000) {
  evaluate(standaardSituatie, invoer.vormen, invoer.regels, invoer.belemmeringen);
  n++;
}
const perSeconde = Math.round(n / ((performance.now() - start) / 1000));

async function bundel(entry: string) {
  const r = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const motor = await bundel('src/engine/index.ts');
const metZod = await bundel('src/schemas/situation.ts');

const regelAantal = regels.reduce((s: number, f: { data: { regels: unknown[] } }) => s + f.data.regels.length, 0);
const uit = {
  vormen: kb.vormen.length,
  belemmeringen: kb.belemmeringen.length,
  regels: regelAantal,
  runs,
  medianMsPerEvaluatie: Number(ms.toFixed(4)),
  medianMsPerEvaluatieAllesAan: Number(msVol.toFixed(4)),
  evaluatiesPerSeconde: perSeconde,
  bundel: { entry: 'src/engine/index.ts', minifiedBytes: motor.bytes, gzipBytes: motor.gzip },
  bundelSituatieSchemaMetZod: {
    entry: 'src/schemas/situation.ts',
    minifiedBytes: metZod.bytes,
    gzipBytes: metZod.gzip,
  },
  doelen: { msPerEvaluatie: 1, gzipBytes: 10 * 1024 },
  gehaald: ms < 1 && motor.gzip < 10 * 1024,
};

if (json) console.log(JSON.stringify(uit, null, 2));
else {
  const rij = (a: string, b: string) => console.log(`${a.padEnd(46)} ${b}`);
  console.log(`Regelmotor: ${uit.vormen} vormen × ${uit.belemmeringen} belemmeringen, ${uit.regels} regels\n`);
  rij('meting', 'waarde');
  rij('-'.repeat(46), '-'.repeat(24));
  rij(`mediaan per volledige evaluatie (${runs}×)`, `${ms.toFixed(4)} ms  (doel < 1 ms)`);
  rij('mediaan, alles aan, king2015', `${msVol.toFixed(4)} ms`);
  rij('evaluaties per seconde', String(perSeconde));
  rij(
    'bundel src/engine/index.ts (min / gzip)',
    `${(motor.bytes / 1024).toFixed(1)} KB / ${(motor.gzip / 1024).toFixed(2)} KB  (doel < 10 KB gzip)`,
  );
  rij(
    'ter info: situation.ts met zod (min / gzip)',
    `${(metZod.bytes / 1024).toFixed(1)} KB / ${(metZod.gzip / 1024).toFixed(2)} KB`,
  );
  rij('doelen gehaald', uit.gehaald ? 'ja' : 'NEE');
}
