// Screenshot the content editor for docs/redacteuren.md, with the dev server running (`npm run dev -- --port 4340`):
//   node scripts/screenshot-editor.mjs <out.png> <width> <height> [editor route, e.g. /collections/uittreding/entries/<id>]
// The editor asks for a folder (showDirectoryPicker), which a headless browser cannot answer; the
// script gives it a copy of content/ in the browser's private file system instead, so nothing on
// disk is edited. Uses Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const files = (d) =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const content = files('content')
  .filter((p) => /\.(ya?ml|mdx?)$/.test(p))
  .map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const [out, w, h, entry] = process.argv.slice(2);
const ORIGIN = process.env.EDITOR_ORIGIN ?? 'http://localhost:4340';
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, locale: 'nl-NL' });
const p = await ctx.newPage();
const fails = [];
p.on('requestfailed', (r) => fails.push('failed ' + r.url()));
p.on('response', (r) => r.status() >= 400 && fails.push(r.status() + ' ' + r.url()));
await p.goto(ORIGIN + '/admin/nergens', { waitUntil: 'load' });
await p.evaluate(async (content) => {
  const root = await navigator.storage.getDirectory();
  for await (const [n] of root.entries()) await root.removeEntry(n, { recursive: true });
  await root.getDirectoryHandle('.git', { create: true });
  for (const f of content) {
    const parts = f.path.split('/');
    let d = root;
    for (const x of parts.slice(0, -1)) d = await d.getDirectoryHandle(x, { create: true });
    const fh = await d.getFileHandle(parts.at(-1), { create: true });
    const wr = await fh.createWritable();
    await wr.write(f.text);
    await wr.close();
  }
}, content);
await p.addInitScript(() => {
  window.showDirectoryPicker = async () => navigator.storage.getDirectory();
  const proto = Object.getPrototypeOf(FileSystemHandle.prototype) ? FileSystemHandle.prototype : null;
  if (proto && !proto.requestPermission) proto.requestPermission = async () => 'granted';
  if (proto && !proto.queryPermission) proto.queryPermission = async () => 'granted';
});
await p.goto(ORIGIN + '/admin/', { waitUntil: 'networkidle' });
await p.waitForTimeout(2000);
await p.getByRole('button', { name: /Local Repository|lokale/i }).click();
await p.waitForTimeout(5000);
if (entry) {
  await p.goto(ORIGIN + '/admin/#' + entry, { waitUntil: 'networkidle' });
  await p.waitForTimeout(4000);
}
await p.screenshot({ path: out });
console.log(fails.filter((f) => !/unpkg|githubstatus/.test(f)).join('\n'));
await b.close();
