// Publishing under any address and sub-path (SITE_URL, SITE_BASE; see docs/deploy.md).
//
// Pages, components and content write internal links as root-relative site paths ("/vormen/x/").
// This build step, run on dist/ before Pagefind, is the one place that makes them follow the base
// path: it prefixes every root-relative URL in the URL attributes of every HTML page (href, src,
// action, poster, srcset, content, data-vk-href) and in url() of every stylesheet. Astro's own asset
// URLs already carry the base and are left alone. Client scripts that build URLs at run time use
// src/lib/basis.ts (the same rule).
//
// Then two checks, each failing the build with the file named:
//  - no internal URL in a page is left without the base (with SITE_BASE set);
//  - no file in dist/ names a placeholder host (a host under the reserved .example or .invalid
//    top-level domains, RFC 2606), such as "https://samenwerkingswijzer.example". A real address
//    such as www.example.nl is not a placeholder: its top-level domain is .nl.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join, relative, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Normalise a base path: leading and trailing slash ("/" for the root). Same rule as src/lib/basis.ts. */
export function normaliseBase(b) {
  const parts = String(b ?? '')
    .split('/')
    .filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * Read SITE_URL and SITE_BASE. SITE_URL must be an absolute http(s) URL; a path in it is taken as
 * the base when SITE_BASE is not given. Returns { site, base } for astro.config.mjs.
 */
export function siteAddress(env = process.env) {
  let site;
  let base = env.SITE_BASE;
  if (env.SITE_URL) {
    let u;
    try {
      u = new URL(env.SITE_URL);
    } catch {
      throw new Error(`SITE_URL="${env.SITE_URL}" is geen volledig webadres (bijvoorbeeld https://www.gemeente.nl)`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      throw new Error(`SITE_URL="${env.SITE_URL}" moet met https:// of http:// beginnen`);
    if (u.search || u.hash) throw new Error(`SITE_URL="${env.SITE_URL}" mag geen ? of # bevatten`);
    if (base === undefined && u.pathname !== '/') base = u.pathname;
    site = u.origin;
  }
  return { site, base: normaliseBase(base) };
}

const withBase = (u, base) => {
  if (base === '/' || !u.startsWith('/') || u.startsWith('//')) return u;
  if (u === base.slice(0, -1) || u.startsWith(base)) return u;
  return base.slice(0, -1) + u;
};

const ATTR = /(\s(?:href|src|action|poster|content|data-vk-href)\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi;
const SRCSET = /(\ssrcset\s*=\s*)(["'])([^"']*)\2/gi;
const CSS_URL = /url\(\s*(["']?)(\/(?!\/)[^"')]*)\1\s*\)/gi;

/** Prefix the root-relative URLs of one HTML page. Pure. */
export function rebaseHtml(html, base) {
  if (base === '/') return html;
  return html
    .replace(ATTR, (_, pre, q, u) => `${pre}${q}${withBase(u, base)}${q}`)
    .replace(
      SRCSET,
      (_, pre, q, v) =>
        `${pre}${q}${v
          .split(',')
          .map((part) => part.replace(/^(\s*)(\S+)/, (__, s, u) => s + withBase(u, base)))
          .join(',')}${q}`,
    )
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, a, css, b) => a + rebaseCss(css, base) + b);
}

/** Prefix the root-relative url() values of a stylesheet. Pure. */
export function rebaseCss(css, base) {
  if (base === '/') return css;
  return css.replace(CSS_URL, (_, q, u) => `url(${q}${withBase(u, base)}${q})`);
}

/** Root-relative URLs in URL attributes that do not start with the base. Pure. */
export function unprefixed(html, base) {
  if (base === '/') return [];
  const out = [];
  for (const m of html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').matchAll(ATTR))
    if (withBase(m[3], base) !== m[3]) out.push(m[3]);
  return out;
}

// a host whose top-level domain is a reserved placeholder: "x.example", "example.invalid"; not "www.example.nl"
// (in an address: after "//" or "@", so that code such as `x.invalid` is not taken for a host)
const PLACEHOLDER = /(?<=\/\/|@)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:example|invalid)(?![a-z0-9.-]*[a-z0-9])/gi;
const TEXT_FILES = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.md',
  '.ics',
  '.svg',
  '.webmanifest',
  '.docx',
]);

/** The text of a file; a .docx (a deflated ZIP) is read entry by entry, so its links are seen too. */
export function leesTekst(f) {
  const buf = readFileSync(f);
  if (extname(f).toLowerCase() !== '.docx') return buf.toString('latin1');
  return Object.values(unzipSync(new Uint8Array(buf)))
    .map((d) => strFromU8(d))
    .join('\n');
}

/** Placeholder hosts named in a text. Pure. */
export function placeholderHosts(text) {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** @returns {import('astro').AstroIntegration} */
export default function basePath() {
  let base = '/';
  return {
    name: 'samenwerkingswijzer-base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root).filter((f) => !relative(root, f).split(sep).includes('pagefind'));
        let rewritten = 0;
        const problems = [];
        for (const f of files) {
          const ext = extname(f).toLowerCase();
          if (ext !== '.html' && ext !== '.css') continue;
          const src = readFileSync(f, 'utf8');
          const out = ext === '.html' ? rebaseHtml(src, base) : rebaseCss(src, base);
          if (out !== src) {
            writeFileSync(f, out);
            rewritten++;
          }
          if (ext === '.html')
            for (const u of unprefixed(out, base))
              problems.push(`${relative(root, f)}: interne link ${u} zonder het basispad ${base}`);
        }
        for (const f of files) {
          if (!TEXT_FILES.has(extname(f).toLowerCase())) continue;
          for (const h of placeholderHosts(leesTekst(f)))
            problems.push(
              `${relative(root, f)}: noemt het voorbeeldadres ${h}. Zet het echte adres in SITE_URL, of laat de link relatief.`,
            );
        }
        // the content editor belongs to the dev server only (src/integrations/admin.mjs)
        if (files.some((f) => relative(root, f).split(sep)[0] === 'admin'))
          problems.push('admin/: de inhoudseditor hoort niet in de gepubliceerde site');
        if (problems.length)
          throw new Error(
            `Publiceren: ${problems.length} probleem/problemen in dist/:\n  ${problems.slice(0, 30).join('\n  ')}${problems.length > 30 ? `\n  … en ${problems.length - 30} meer` : ''}`,
          );
        logger.info(`basispad ${base}: ${rewritten} bestanden aangepast; geen voorbeeldadres in dist/`);
      },
    },
  };
}
