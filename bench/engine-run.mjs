// The rules engine's figures: runs bench/engine.ts (Node 24 strips its types) and keeps its JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, results, log, run } from './common.mjs';

// ------------------------------------------------------------------ engine
export async function engineBench() {
  const f = join(ROOT, 'bench', 'engine.ts');
  if (!existsSync(f)) {
    results.engine = null;
    return;
  }
  log('\n== rules engine (bench/engine.ts --json) ==');
  const node = existsSync(join(ROOT, 'node_modules/.bin/node'))
    ? join(ROOT, 'node_modules/.bin/node')
    : process.execPath;
  const r = await run(node, [f, '--json'], { timeoutS: 600 });
  try {
    const start =
      r.out.indexOf('{') >= 0 && (r.out.indexOf('[') < 0 || r.out.indexOf('{') < r.out.indexOf('['))
        ? r.out.indexOf('{')
        : r.out.indexOf('[');
    results.engine = JSON.parse(r.out.slice(start, r.out.lastIndexOf(r.out[start] === '{' ? '}' : ']') + 1));
  } catch {
    results.engine = { error: `bench/engine.ts exited ${r.code}; output not JSON: ${r.out.slice(0, 500)}` };
  }
}
