/**
 * The site's base path (SITE_BASE, e.g. "/samenwerkingswijzer/"), for the few
 * places that build a URL at run time: client scripts and the explorer's memo.
 * Pages and components keep writing root-relative site paths ("/vormen/x/");
 * the build step in src/integrations/base-path.mjs prefixes every one of them
 * in dist/. Vite replaces import.meta.env.BASE_URL at build time, in the
 * server build and in every client bundle alike. Pure.
 */

/** Normalise a base path: leading and trailing slash, no doubles; "" and "/" are the root. */
export function normalizeBasis(b: string | undefined): string {
  const delen = (b ?? '').split('/').filter(Boolean);
  return delen.length ? `/${delen.join('/')}/` : '/';
}

/** The base path of this build, e.g. "/" or "/samenwerkingswijzer/". */
export const BASIS: string = normalizeBasis(import.meta.env?.BASE_URL);

/** Is this a root-relative URL (one slash, not a protocol-relative "//host")? */
export const isSitePad = (u: string): boolean => u.startsWith('/') && !u.startsWith('//');

/** A root-relative site path as the browser must request it: "/vormen/x/" → "/samenwerkingswijzer/vormen/x/". Other URLs stay as they are; a path that already has the base keeps it. */
export function metBasis(u: string, basis: string = BASIS): string {
  if (basis === '/' || !isSitePad(u)) return u;
  if (u === basis.slice(0, -1) || u.startsWith(basis)) return u;
  return basis.slice(0, -1) + u;
}

/** The site path of a browser path: "/samenwerkingswijzer/vormen/x/" → "/vormen/x/". A path outside the base stays as it is. */
export function zonderBasis(pad: string, basis: string = BASIS): string {
  if (basis === '/') return pad;
  if (pad === basis.slice(0, -1)) return '/';
  return pad.startsWith(basis) ? pad.slice(basis.length - 1) : pad;
}

/** Attributes that carry a URL (the build step and herbaseer agree on this list). */
const URL_ATTRIBUTEN = ['href', 'src', 'action', 'poster', 'data-vk-href'] as const;

/**
 * Prefix every root-relative URL in HTML a script has just rendered (innerHTML),
 * the same way the build step does for the static pages.
 */
export function herbaseer(root: ParentNode, basis: string = BASIS): void {
  if (basis === '/') return;
  for (const attr of URL_ATTRIBUTEN)
    root.querySelectorAll(`[${attr}]`).forEach((el) => {
      const v = el.getAttribute(attr);
      if (v === null) return; // matched by [attr]: never null
      const n = metBasis(v, basis);
      if (n !== v) el.setAttribute(attr, n);
    });
}
