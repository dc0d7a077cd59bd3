// Shared state and helpers of the benchmarks: arguments, the results object every benchmark fills,
// logging, sizes and a child-process runner. Each benchmark lives in its own file in bench/.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { walk } from '../tests/site/lib/files.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
export const SCALES = (args.scales ?? '1,10,100').split(',').map(Number);
export const MAX_BUILD_S = Number(args['max-build-seconds'] ?? 1200);
export const DIST = join(ROOT, 'dist');

export const PAGE_TYPES = [
  ['home', '/'],
  ['vorm', '/vormen/openbaar-lichaam/'],
  ['belemmering', '/belemmeringen/digid-audits/'],
  ['casus', '/casussen/it-platform-twente/'],
  ['bron', '/bronnen/king-2015/'],
  ['vergelijk', '/vergelijk/'],
  ['verkenner', '/verkenner/'],
];

/** Everything measured; written to bench/results.json and rendered into bench/results.md. */
export const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  builds: [],
  pages: [],
  search: null,
  lighthouse: null,
  engine: null,
  verkenner: null,
  notes: [],
};
export const log = (...a) => console.log(...a);
export const kb = (n) => (n == null ? 'n/a' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);
export const dirBytes = (d) => (existsSync(d) ? walk(d).reduce((a, f) => a + statSync(f).size, 0) : 0);

export function run(cmd, argv, { cwd = ROOT, env = {}, timeoutS = 0, quiet = true } = {}) {
  return new Promise((ok) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    const onData = (d) => {
      out += d;
      if (out.length > 2e6) out = out.slice(-1e6);
      if (!quiet) process.stdout.write(d);
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    let timedOut = false;
    const timer = timeoutS
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-p.pid, 'SIGKILL');
          } catch {}
        }, timeoutS * 1000)
      : null;
    p.on('close', (code) => {
      if (timer) clearTimeout(timer);
      ok({ code, out, seconds: (performance.now() - t0) / 1000, timedOut });
    });
  });
}

/** Size after gzip at level 9. */
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
