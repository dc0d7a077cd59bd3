import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** All files under dir (recursive), as absolute paths, sorted. */
export function walk(dir, filter = () => true) {
  const out = [];
  const rec = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) rec(p);
      else if (filter(p)) out.push(p);
    }
  };
  rec(dir);
  return out.sort();
}

/** HTML pages in dist, skipping Pagefind's folder. */
export function htmlPages(dist) {
  return walk(dist, (p) => p.endsWith('.html') && !relative(dist, p).split(sep).includes('pagefind'));
}

/** dist/a/b/index.html -> /a/b/ ; dist/404.html -> /404.html */
export function urlPathOf(dist, file) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return '/' + rel.slice(0, -'index.html'.length);
  return '/' + rel;
}

/** Sections whose pages (and index pages) must not load JavaScript on load. */
const CONTENT_SECTIONS = ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen', 'bronnen'];
export function isContentPage(urlPath) {
  return CONTENT_SECTIONS.some((s) => urlPath === `/${s}/` || urlPath.startsWith(`/${s}/`));
}
