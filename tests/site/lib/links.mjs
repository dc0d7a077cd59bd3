// Internal link check over the built HTML, with regexes (Astro's output is well-formed).
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { urlPathOf } from './files.mjs';

const ORIGIN = 'http://site.invalid';

export function stripNonMarkup(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, (m) => m.replace(/>[\s\S]*<\/script/i, '></script'))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '<style></style>');
}

function decodeEntities(s) {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/gi, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)));
}

/** Iterate tags: yields { name, attrs } for every start tag. */
export function* tags(html) {
  const re = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*?)?\/?>/g;
  let m;
  while ((m = re.exec(html))) {
    const attrs = {};
    const ar = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    let a;
    const src = m[2] ?? '';
    while ((a = ar.exec(src))) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    yield { name: m[1].toLowerCase(), attrs };
  }
}

/** The anchors a page offers: every id, and name on <a>. */
function anchorsOf(html) {
  const ids = new Set();
  for (const t of tags(stripNonMarkup(html))) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

const LINK_ATTRS = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

function linksOf(html) {
  const out = [];
  for (const t of tags(stripNonMarkup(html))) {
    for (const attr of LINK_ATTRS[t.name] ?? []) {
      const v = t.attrs[attr];
      if (v !== undefined) out.push({ tag: t.name, attr, value: v.trim() });
    }
    if ((t.name === 'img' || t.name === 'source') && t.attrs.srcset)
      for (const part of t.attrs.srcset.split(','))
        if (part.trim()) out.push({ tag: t.name, attr: 'srcset', value: part.trim().split(/\s+/)[0] });
  }
  return out;
}

/** Map a site path to a file in dist, following directory -> index.html. */
export function fileFor(dist, pathname) {
  let p;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const abs = join(dist, p);
  if (!existsSync(abs)) return null;
  if (statSync(abs).isDirectory()) {
    const idx = join(abs, 'index.html');
    return existsSync(idx) ? idx : null;
  }
  return abs;
}

/**
 * Check all pages. Returns Map(file -> problems[]), plus counts.
 * With `base` (the site built for a sub-path, e.g. "/samenwerkingswijzer/"), pages live under that
 * path: an internal URL outside it is broken, and the base is taken off before looking in dist/.
 * With `site` (the SITE_URL origin), absolute links to that origin are internal links too.
 */
export function checkLinks(dist, files, { base = '/', site } = {}) {
  const prefix = base.replace(/\/$/, '');
  const siteOrigin = site ? new URL(site).origin : null;
  const anchorCache = new Map();
  const anchors = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(file, 'utf8')));
    return anchorCache.get(file);
  };
  const problems = new Map();
  const external = new Map(); // url -> count
  let internal = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pageUrl = ORIGIN + prefix + urlPathOf(dist, file);
    const baseTag = [...tags(stripNonMarkup(html))].find((t) => t.name === 'base' && t.attrs.href);
    const pageBase = baseTag ? new URL(baseTag.attrs.href, pageUrl).href : pageUrl;
    const list = [];
    for (const l of linksOf(html)) {
      const v = l.value;
      const where = `<${l.tag} ${l.attr}="${v}">`;
      if (v === '') {
        if (l.tag === 'form') continue; // empty action = this page
        list.push(`${where}: empty URL`);
        continue;
      }
      if (/^(mailto|tel|data|blob):/i.test(v)) continue;
      if (/^javascript:/i.test(v)) {
        list.push(`${where}: javascript: URL`);
        continue;
      }
      let u;
      try {
        u = new URL(v, pageBase);
      } catch {
        list.push(`${where}: not a valid URL`);
        continue;
      }
      if (siteOrigin && u.origin === siteOrigin) u = new URL(u.pathname + u.search + u.hash, ORIGIN);
      if (u.origin !== ORIGIN) {
        if (u.protocol === 'http:' || u.protocol === 'https:') external.set(u.href, (external.get(u.href) ?? 0) + 1);
        else list.push(`${where}: unexpected scheme ${u.protocol}`);
        continue;
      }
      internal++;
      if (prefix && u.pathname !== prefix && !u.pathname.startsWith(prefix + '/')) {
        list.push(`${where}: ${u.pathname} is outside the base path ${base}`);
        continue;
      }
      const target = fileFor(dist, u.pathname.slice(prefix.length) || '/');
      if (!target) {
        list.push(`${where}: ${u.pathname} does not exist in dist/`);
        continue;
      }
      if (u.hash && u.hash !== '#' && target.endsWith('.html')) {
        let frag;
        try {
          frag = decodeURIComponent(u.hash.slice(1));
        } catch {
          frag = u.hash.slice(1);
        }
        if (frag.toLowerCase() === 'top' && !anchors(target).has(frag)) continue; // HTML: #top scrolls to the top
        if (!anchors(target).has(frag)) list.push(`${where}: no id="${frag}" in ${urlPathOf(dist, target)}`);
      }
    }
    problems.set(file, list);
  }
  return { problems, external, internal };
}
