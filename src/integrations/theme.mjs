// A municipality's NL Design System theme (SITE_THEME; see README and docs/design.md).
//
// The site's styles read the shared basis tokens (--basis-*) with the site's own values as fallback
// (src/styles/global.css). This step takes a theme (an npm package name, a package's CSS file, or a
// CSS file path), and keeps only the basis tokens the site reads (TOKENS below). For an older theme
// that has no basis tokens, the --utrecht-* names listed per token form a fallback layer. Values are
// resolved to literals (a theme's tokens point at its own brand tokens, which we do not ship), url()
// values are dropped (the CSP allows no other origin, and a token that needs a file is no colour),
// and the result is a few hundred bytes of CSS, bundled and self-hosted with the site's stylesheet.
// Then the colour pairs the site draws are checked against WCAG 2.2 AA contrast; a failing pair
// fails the build and names both tokens.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, isAbsolute } from 'node:path';
import { createRequire } from 'node:module';

/** The basis tokens the site reads, each with the older --utrecht-* names that may stand in for it. */
export const TOKENS = {
  '--basis-color-default-color-document': ['--utrecht-document-color'],
  '--basis-color-default-color-default': ['--utrecht-document-color'],
  '--basis-color-default-bg-document': ['--utrecht-document-background-color'],
  '--basis-color-default-bg-subtle': [],
  '--basis-color-default-border-default': ['--utrecht-separator-color', '--utrecht-form-control-border-color'],
  // the header carries white text, so an older theme's darker (hover) button colour stands in for it
  '--basis-color-accent-1-color-default': [
    '--utrecht-page-header-background-color',
    '--utrecht-button-primary-action-hover-background-color',
    '--utrecht-button-primary-action-background-color',
  ],
  '--basis-color-accent-1-color-document': [
    '--utrecht-button-primary-action-active-background-color',
    '--utrecht-button-primary-action-hover-background-color',
  ],
  '--basis-color-accent-1-bg-subtle': ['--utrecht-alert-background-color'],
  '--basis-color-action-1-color-default': ['--utrecht-link-color'],
  '--basis-color-positive-color-default': ['--utrecht-alert-ok-color'],
  '--basis-color-negative-color-default': ['--utrecht-alert-error-color'],
  '--basis-color-warning-bg-default': ['--utrecht-alert-warning-background-color'],
  '--basis-heading-color': ['--utrecht-heading-color'],
  '--basis-heading-font-family': ['--utrecht-heading-font-family'],
  '--basis-text-font-family-default': ['--utrecht-document-font-family'],
  '--basis-focus-background-color': ['--utrecht-focus-background-color'],
  '--basis-focus-outline-color': ['--utrecht-focus-outline-color'],
  '--basis-form-control-border-color': ['--utrecht-form-control-border-color'],
  '--basis-form-control-background-color': ['--utrecht-form-control-background-color'],
  '--basis-form-control-color': ['--utrecht-form-control-color'],
  '--basis-border-radius-sm': ['--utrecht-form-control-border-radius'],
  '--basis-space-inline-lg': [],
};

/** The site's own values (the fallbacks in global.css), used where a theme gives no value. */
export const DEFAULTS = {
  '--basis-color-default-color-document': '#1a1a1a',
  '--basis-color-default-color-default': '#4d4d4d',
  '--basis-color-default-bg-document': '#ffffff',
  '--basis-color-default-bg-subtle': '#f3f6f9',
  '--basis-color-accent-1-color-default': '#154273',
  '--basis-color-accent-1-color-document': '#0e2f52',
  '--basis-color-accent-1-bg-subtle': '#e5eef5',
  '--basis-color-action-1-color-default': '#01689b',
  '--basis-color-negative-color-default': '#a8071a',
  '--basis-color-positive-color-default': '#2e7d32',
  '--basis-color-warning-bg-default': '#fff4d6',
  '--basis-focus-background-color': '#ffbf47',
};

/**
 * The colour pairs the site draws (foreground, background, where), checked at 4.5:1. "#fff" and
 * "#000" are the site's fixed text colours on the header and on focus.
 */
export const PAIRS = [
  ['--basis-color-default-color-document', '--basis-color-default-bg-document', 'tekst op de pagina'],
  ['--basis-color-default-color-default', '--basis-color-default-bg-document', 'grijze tekst (datum, toelichting)'],
  ['--basis-color-action-1-color-default', '--basis-color-default-bg-document', 'links op de pagina'],
  ['--basis-heading-color', '--basis-color-default-bg-document', 'koppen'],
  ['--basis-color-negative-color-default', '--basis-color-default-bg-document', 'foutmeldingen'],
  ['--basis-color-accent-1-color-document', '--basis-color-default-bg-document', 'knoppen met witte achtergrond'],
  ['#fff', '--basis-color-accent-1-color-default', 'witte tekst in de kop van de site'],
  ['#fff/0.95', '--basis-color-accent-1-color-default', 'de ondertitel in de kop (wit, 95 % dekkend)'],
  ['#fff', '--basis-color-accent-1-color-document', 'witte tekst in het menu en op knoppen'],
  ['--basis-color-default-color-document', '--basis-color-default-bg-subtle', 'tekst in de voettekst'],
  ['--basis-color-action-1-color-default', '--basis-color-default-bg-subtle', 'links in de voettekst'],
  ['--basis-color-default-color-document', '--basis-color-accent-1-bg-subtle', 'tekst op een gekleurd vlak'],
  ['--basis-color-default-color-document', '--basis-color-warning-bg-default', 'tekst in een waarschuwing'],
  ['#000', '--basis-focus-background-color', 'tekst van een link met focus'],
];

/** Remove comments and at-rule blocks (@media, @supports, @font-face …): only a theme's base rules count. */
function baseRules(css) {
  const s = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '@') {
      const semi = s.indexOf(';', i);
      const brace = s.indexOf('{', i);
      if (brace === -1 || (semi !== -1 && semi < brace)) {
        i = semi === -1 ? s.length : semi;
        continue;
      }
      let depth = 0;
      for (let j = brace; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) {
          i = j;
          break;
        }
      }
      continue;
    }
    out += s[i];
  }
  return out;
}

/** Every custom property declared in a theme's base rules (the last declaration wins). Pure. */
export function declarations(css) {
  const map = new Map();
  for (const block of baseRules(css).matchAll(/\{([^{}]*)\}/g))
    for (const d of block[1].matchAll(/(--[\w-]+)\s*:\s*((?:[^;"']|"[^"]*"|'[^']*')*)/g)) map.set(d[1], d[2].trim());
  return map;
}

/** Resolve var() references inside the theme to a literal value; null when it cannot be resolved. Pure. */
export function resolveValue(value, decls, seen = new Set()) {
  let v = value;
  for (let n = 0; n < 20 && /var\(/.test(v); n++) {
    v = v.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g, (_, name, fb) => {
      if (seen.has(name)) return fb ?? '';
      if (decls.has(name)) return resolveValue(decls.get(name), decls, new Set([...seen, name])) ?? fb ?? '\u0000';
      return fb ?? '\u0000';
    });
  }
  if (v.includes('\u0000') || /var\(/.test(v) || !v.trim()) return null;
  return v.trim();
}

/**
 * Build the site's theme layer from a theme's CSS. Returns { css, tokens, dropped, fromUtrecht }.
 * `css` is `:root{…}` with only the tokens the site reads. Pure.
 */
export function themeLayer(themeCss) {
  const decls = declarations(themeCss);
  /** @type {Record<string, string>} */
  const tokens = {};
  const dropped = [];
  const fromUtrecht = [];
  for (const [basis, legacy] of Object.entries(TOKENS)) {
    const name = decls.has(basis) ? basis : legacy.find((l) => decls.has(l));
    if (!name) continue;
    const v = resolveValue(decls.get(name), decls);
    if (v === null) continue;
    if (/url\(/i.test(v)) {
      dropped.push(`${basis} (${name}): url()`);
      continue;
    }
    if (/[{}<>;]|\\/.test(v)) {
      dropped.push(`${basis} (${name}): ongeldige waarde`);
      continue;
    }
    tokens[basis] = v;
    if (name !== basis) fromUtrecht.push(`${basis} ← ${name}`);
  }
  const body = Object.entries(tokens)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return { css: body ? `:root{${body}}\n` : '', tokens, dropped, fromUtrecht };
}

// ---- contrast (WCAG 2.2, 1.4.3)
const NAMED = { white: [255, 255, 255], black: [0, 0, 0] };
function hslToRgb(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((x) => Math.round(x * 255));
}
/** Parse a CSS colour (hex, rgb(), hsl(), white, black) to [r, g, b]; null for anything else (or not opaque). Pure. */
export function parseColour(c) {
  const s = String(c).trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((x) => x + x).join('');
    if (h.length === 8 && h.slice(6) !== 'ff') return null;
    if (h.length !== 6 && h.length !== 8) return null;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  m = /^(rgb|hsl)a?\(([^)]*)\)$/.exec(s);
  if (!m) return null;
  const parts = m[2].split(/[\s,/]+/).filter(Boolean);
  if (parts.length === 4 && parseFloat(parts[3]) < 1) return null;
  const num = (p, scale) => (p.endsWith('%') ? (parseFloat(p) / 100) * scale : parseFloat(p));
  if (m[1] === 'rgb') return parts.slice(0, 3).map((p) => Math.round(num(p, 255)));
  return hslToRgb(
    parseFloat(parts[0]),
    num(parts[1], 1) / (parts[1].endsWith('%') ? 1 : 100),
    num(parts[2], 1) / (parts[2].endsWith('%') ? 1 : 100),
  );
}
const lum = ([r, g, b]) => {
  const f = (x) => ((x /= 255) <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
export const contrast = (a, b) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** Contrast problems of a theme layer's tokens, in plain Dutch, naming both tokens. Pure. */
export function contrastProblems(tokens) {
  const value = (t) =>
    t.startsWith('#')
      ? t
      : (tokens[t] ??
        (t === '--basis-heading-color'
          ? (tokens['--basis-color-accent-1-color-document'] ?? DEFAULTS['--basis-color-accent-1-color-document'])
          : DEFAULTS[t]));
  const out = [];
  for (const [fg, bg, waar] of PAIRS) {
    if (
      !tokens[fg] &&
      !tokens[bg] &&
      !(fg === '--basis-heading-color' && tokens['--basis-color-accent-1-color-document'])
    )
      continue; // both the site's own
    const [fgKleur, alpha] = value(fg).split('/');
    const b = parseColour(value(bg));
    let a = parseColour(fgKleur);
    if (a && b && alpha) a = a.map((x, i) => Math.round(x * Number(alpha) + b[i] * (1 - Number(alpha))));
    if (!a || !b) continue; // a colour we cannot read: the axe check in the browser still judges it
    const r = contrast(a, b);
    if (r < 4.5)
      out.push(
        `${waar}: ${fg.startsWith('#') ? fg : `${fg} (${value(fg)})`} op ${bg} (${value(bg)}) heeft contrast ${r.toFixed(2)}:1, nodig is 4.5:1`,
      );
  }
  return out;
}

/** Find the theme CSS for SITE_THEME: a CSS file, a package's CSS file, or a package name. */
export function findTheme(spec, root = process.cwd()) {
  const asPath = isAbsolute(spec) ? spec : resolve(root, spec);
  if (existsSync(asPath) && statSync(asPath).isFile()) return asPath;
  const req = createRequire(join(root, 'package.json'));
  const m = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(spec);
  if (!m) throw new Error(`SITE_THEME="${spec}": geen bestand en geen pakketnaam`);
  let dir;
  try {
    dir = dirname(req.resolve(`${m[1]}/package.json`));
  } catch {
    const guess = join(root, 'node_modules', m[1]);
    if (!existsSync(join(guess, 'package.json')))
      throw new Error(`SITE_THEME="${spec}": pakket ${m[1]} is niet geïnstalleerd (npm install -D ${m[1]})`);
    dir = guess;
  }
  if (m[2]) {
    const f = join(dir, m[2]);
    if (!existsSync(f)) throw new Error(`SITE_THEME="${spec}": ${m[2]} bestaat niet in ${m[1]}`);
    return f;
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const c of [pkg.style, 'dist/theme.css', 'dist/theme/index.css', 'dist/index.css', 'dist/root.css'].filter(
    Boolean,
  ))
    if (existsSync(join(dir, c))) return join(dir, c);
  throw new Error(
    `SITE_THEME="${spec}": geen thema-CSS gevonden in ${m[1]} (geef het bestand, bijvoorbeeld ${m[1]}/dist/theme.css)`,
  );
}

/** Build the layer for SITE_THEME and check it; throws (build fails) on a contrast problem or a layer over budget. */
export function buildTheme(spec, root = process.cwd()) {
  const file = findTheme(spec, root);
  const layer = themeLayer(readFileSync(file, 'utf8'));
  if (!Object.keys(layer.tokens).length)
    throw new Error(
      `SITE_THEME="${spec}": ${file} heeft geen van de tokens die de site leest (--basis-* of --utrecht-*)`,
    );
  const problems = contrastProblems(layer.tokens);
  if (problems.length)
    throw new Error(`Thema ${spec}: te weinig contrast, pas deze tokens aan:\n  ${problems.join('\n  ')}`);
  if (layer.css.length > 4096)
    throw new Error(`Thema ${spec}: de themalaag is ${layer.css.length} bytes, meer dan 4 KB`);
  return { ...layer, file };
}

const VIRTUAL = 'virtual:sw-thema.css';

/** @returns {import('astro').AstroIntegration} */
export default function theme() {
  return {
    name: 'samenwerkingswijzer-theme',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig, logger, config }) => {
        const spec = process.env.SITE_THEME;
        if (!spec) return;
        const layer = buildTheme(spec, new URL('.', config.root).pathname);
        logger.info(
          `thema ${spec}: ${Object.keys(layer.tokens).length} tokens, ${layer.css.length} bytes${layer.fromUtrecht.length ? `; ${layer.fromUtrecht.length} uit --utrecht-*` : ''}${layer.dropped.length ? `; weggelaten: ${layer.dropped.join(', ')}` : ''}`,
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sw-thema',
                resolveId: (id) => (id === VIRTUAL ? '\0' + VIRTUAL : undefined),
                load: (id) => (id === '\0' + VIRTUAL ? layer.css : undefined),
              },
            ],
          },
        });
        injectScript('page-ssr', `import '${VIRTUAL}';`);
      },
    },
  };
}
