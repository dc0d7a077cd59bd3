// The build is complete: every content entry has its page, the search index exists and covers the
// content pages, and every open-data file is there and parses.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/keyboard.mjs';

const DIST = process.env.SITE_DIST || 'dist';
const COLLECTIONS = {
  vormen: 'vormen',
  belemmeringen: 'belemmeringen',
  casussen: 'casussen',
  organisaties: 'organisaties',
  begrippen: 'begrippen',
  bronnen: 'bronnen',
};

export default {
  name: 'build: every content entry has a page, the search index and the open data exist',
  async run() {
    const missing = [];
    let n = 0;
    for (const [dir, url] of Object.entries(COLLECTIONS)) {
      for (const f of readdirSync(join('content', dir)).filter((x) => /\.(ya?ml|mdx?)$/.test(x))) {
        const id = f.replace(/\.(ya?ml|mdx?)$/, '');
        n++;
        if (!existsSync(join(DIST, url, id, 'index.html'))) missing.push(`/${url}/${id}/`);
      }
      if (!existsSync(join(DIST, url, 'index.html'))) missing.push(`/${url}/ (index)`);
    }
    if (missing.length) fail(`no page for: ${missing.join(', ')}`);
    const entry = join(DIST, 'pagefind', 'pagefind-entry.json');
    if (!existsSync(entry)) fail('dist/pagefind/pagefind-entry.json is missing: the search index was not built');
    const pages = Object.values(JSON.parse(readFileSync(entry, 'utf8')).languages).reduce(
      (s, l) => s + l.page_count,
      0,
    );
    if (pages < n) fail(`the search index has ${pages} pages, fewer than the ${n} content entries`);
    const lang = Object.keys(JSON.parse(readFileSync(entry, 'utf8')).languages);
    if (!lang.includes('nl')) fail(`the search index is not Dutch: languages ${lang.join(', ')}`);
    for (const d of ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen', 'bronnen', 'regels']) {
      const p = join(DIST, 'data', `${d}.json`);
      if (!existsSync(p)) fail(`open data /data/${d}.json is missing`);
      const j = JSON.parse(readFileSync(p, 'utf8'));
      if (!j.data) fail(`/data/${d}.json has no data`);
    }
    return `${n} entries, ${pages} pages in the search index`;
  },
};
