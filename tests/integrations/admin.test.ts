import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFile, localFonts } from '../../src/integrations/admin.mjs';

const require = createRequire(import.meta.url);
const bundle = readFileSync(join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js'), 'utf8');

describe('the editor loads its fonts from the site itself', () => {
  const served = localFonts(bundle);
  const paths = [...served.matchAll(/\/admin\/fonts\/[a-z0-9/-]+\.woff2/g)].map((m) => m[0]);

  it('leaves no font URL of another origin in the served bundle', () => {
    expect(bundle).toMatch(/cdn\.jsdelivr\.net\/fontsource/);
    expect(served).not.toMatch(/https?:\/\/[^'")\s]+\.woff2?/);
  });

  it('serves every font the bundle asks for, the icon font among them, from node_modules', () => {
    expect(paths.some((p) => p.includes('material-symbols-outlined'))).toBe(true);
    for (const p of paths) expect(existsSync(fontFile(p) ?? ''), p).toBe(true);
  });

  it('answers nothing outside the font folders', () => {
    expect(fontFile('/admin/fonts/variable/../../package.json')).toBeUndefined();
    expect(fontFile('/admin/fonts/static/bestaat-niet/latin-400-normal.woff2')).toBeUndefined();
    expect(fontFile('/admin/sveltia-cms.js')).toBeUndefined();
  });
});
