// Check a page's <meta http-equiv="Content-Security-Policy">.
import { tags, stripNonMarkup } from './links.mjs';

const FETCH_DIRECTIVES = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'form-action',
  'base-uri',
];
const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src'];
const STYLE_DIRECTIVES = ['style-src', 'style-src-elem', 'style-src-attr'];

function parsePolicy(text) {
  const dirs = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const n = name.toLowerCase();
    if (!dirs.has(n)) dirs.set(n, values);
  }
  return dirs;
}

/**
 * Returns { problems: string[], notes: string[], policy }.
 * Rule: a meta CSP in <head>, before any script/style/stylesheet; a default-src; every fetch
 * directive allows only 'self' / 'none' / hashes / nonces ('wasm-unsafe-eval' in script-src is
 * fine, for Pagefind; data: in img-src and font-src is fine); never 'unsafe-inline' or
 * 'unsafe-eval' for scripts, never '*', http:, https: or another host.
 * 'unsafe-inline' in style-src is tolerated but noted (Astro inlines small stylesheets).
 */
export function checkCsp(html) {
  const problems = [];
  const notes = [];
  const clean = stripNonMarkup(html);
  const headEnd = clean.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? clean.slice(0, headEnd) : clean;
  let policyText = null;
  let beforeOthers = true;
  let seenLoader = null;
  for (const t of tags(head)) {
    if (t.name === 'meta' && (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') {
      if (policyText !== null) notes.push('more than one CSP meta element (both apply)');
      policyText ??= t.attrs.content ?? '';
      if (seenLoader) beforeOthers = false;
    }
    if (
      !seenLoader &&
      (t.name === 'script' ||
        t.name === 'style' ||
        (t.name === 'link' && /stylesheet|preload|modulepreload/i.test(t.attrs.rel ?? '')))
    )
      seenLoader = `<${t.name}>`;
  }
  if (policyText === null) {
    problems.push('no <meta http-equiv="Content-Security-Policy"> in <head>');
    return { problems, notes, policy: null };
  }
  if (!beforeOthers) problems.push(`CSP meta comes after ${seenLoader}: it must come first in <head> to cover it`);
  const dirs = parsePolicy(policyText);
  if (!dirs.has('default-src')) problems.push(`no default-src in "${policyText}"`);
  for (const d of FETCH_DIRECTIVES) {
    const values = dirs.get(d);
    if (!values) continue;
    for (const raw of values) {
      const v = raw.toLowerCase();
      if (v === "'self'" || v === "'none'") continue;
      if (/^'(sha256|sha384|sha512)-[a-z0-9+/=_-]+'$/i.test(raw) || /^'nonce-[^']+'$/i.test(raw)) continue;
      if (v === "'wasm-unsafe-eval'" && (d === 'script-src' || d === 'default-src')) continue;
      if (v === "'strict-dynamic'" && SCRIPT_DIRECTIVES.includes(d)) continue;
      if (v === 'data:' && (d === 'img-src' || d === 'font-src')) continue;
      if (v === "'unsafe-inline'" && STYLE_DIRECTIVES.includes(d)) {
        notes.push(`${d} allows 'unsafe-inline' (tolerated for styles)`);
        continue;
      }
      problems.push(`${d} allows ${raw}: only 'self' (plus hashes, nonces, 'wasm-unsafe-eval') is allowed`);
    }
  }
  const scriptSrc = dirs.get('script-src') ?? dirs.get('default-src') ?? [];
  if (
    scriptSrc.map((s) => s.toLowerCase()).includes("'unsafe-inline'") &&
    !problems.some((p) => p.includes("'unsafe-inline'"))
  )
    problems.push("script-src allows 'unsafe-inline'");
  for (const d of dirs.keys())
    if (['frame-ancestors', 'report-uri', 'sandbox'].includes(d)) notes.push(`${d} is ignored in a <meta> CSP`);
  return { problems, notes, policy: policyText };
}
