// Validate HTML files with the Nu Html Checker (npm vnu-jar), all files in one JVM run.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function vnuJar() {
  try {
    return String(require('vnu-jar')); // exports the jar's path
  } catch {
    const p = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    return existsSync(p) ? p : null;
  }
}

/** tests/site/vnu-allow.json: [{ "message": "regex", "file"?: "regex", "reason": "why" }] */
function loadAllowList() {
  const p = fileURLToPath(new URL('../vnu-allow.json', import.meta.url));
  const list = existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : [];
  if (!Array.isArray(list)) throw new Error('vnu-allow.json must be an array');
  return list.map((e, i) => {
    if (!e.message || !e.reason || !String(e.reason).trim())
      throw new Error(`vnu-allow.json entry ${i}: needs "message" (regex) and a non-empty "reason"`);
    return { ...e, messageRe: new RegExp(e.message), fileRe: e.file ? new RegExp(e.file) : null, used: 0 };
  });
}

/**
 * Returns Promise<{ ok: boolean, error?: string, byFile: Map(file -> messages[]), allowed: number, allow }>.
 */
export async function runVnu(files) {
  const jar = vnuJar();
  const allow = loadAllowList();
  if (!jar || !existsSync(jar))
    return {
      ok: false,
      error: 'vnu-jar not installed (npm install --save-dev vnu-jar)',
      byFile: new Map(),
      allowed: 0,
      allow,
    };
  const byFile = new Map(files.map((f) => [resolve(f), []]));
  if (!files.length) return { ok: true, byFile, allowed: 0, allow };
  // pass the list through a file? vnu takes paths on the command line; keep argv short by chunking if needed
  const args = ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', ...files];
  const { code, stdout, stderr, spawnError } = await new Promise((ok) => {
    const p = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', (e) => ok({ code: -1, stdout: out, stderr: err, spawnError: e }));
    p.on('close', (c) => ok({ code: c, stdout: out, stderr: err }));
  });
  if (spawnError) return { ok: false, error: `cannot run java: ${spawnError.message}`, byFile, allowed: 0, allow };
  const text = (stderr.trim().startsWith('{') ? stderr : stdout).trim();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: `vnu exited ${code} without JSON output: ${(stderr || stdout).slice(0, 2000)}`,
      byFile,
      allowed: 0,
      allow,
    };
  }
  let allowed = 0;
  for (const m of json.messages ?? []) {
    if (m.type !== 'error' && !(m.type === 'non-document-error')) continue;
    const file = m.url ? resolve(fileURLToPath(m.url)) : '(unknown)';
    const a = allow.find((e) => e.messageRe.test(m.message ?? '') && (!e.fileRe || e.fileRe.test(file)));
    if (a) {
      a.used++;
      allowed++;
      continue;
    }
    if (!byFile.has(file)) byFile.set(file, []);
    byFile
      .get(file)
      .push(
        `line ${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}${m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}»` : ''}`,
      );
  }
  return { ok: true, byFile, allowed, allow };
}
