// Before the site checks: dist/ must be built; serve it (under SITE_BASE) on 127.0.0.1 for the whole
// run and give the workers its address (SITE_SERVER_URL) and a folder for results computed once
// (SITE_RUN_DIR, see once() in site.mjs). Returns the teardown.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startServer } from './server.mjs';
import { BASE, DIST } from './site.mjs';

export default async function globalSetup() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`No ${relative(process.cwd(), DIST) || DIST}/index.html: run \`npm run build\` first.`);
  const server = await startServer(DIST, { base: BASE });
  const runDir = mkdtempSync(join(tmpdir(), 'site-checks-'));
  process.env.SITE_SERVER_URL = server.url;
  process.env.SITE_RUN_DIR = runDir;
  return async () => {
    await server.close();
    rmSync(runDir, { recursive: true, force: true });
  };
}
