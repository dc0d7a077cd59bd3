/**
 * Small helpers for building SVG markup as strings at build time.
 * Pure functions: no DOM, no Astro. The renderers use d3 for scales and
 * layout and write the markup themselves.
 */

import { esc } from '../lib/html.ts';

/** Escape text for use in XML text and attribute values (the project's one escaper). */
export { esc };

/** Round to one decimal, for compact coordinates. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** Attributes from an object; undefined/false values are left out. */
export function attrs(a: Record<string, string | number | undefined | false>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
}

/** Approximate width of a text in px for a sans-serif font (good enough for layout). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) {
    if ("il.,:;|!'’ ".includes(ch)) w += 0.3;
    else if ('mwMW@'.includes(ch)) w += 0.9;
    else if (/[A-Z0-9]/.test(ch)) w += 0.68;
    else w += 0.57;
  }
  return w * fontSize;
}

/** Break a text into lines of at most `maxWidth` px; a word longer than that gets its own line. */
export function wrap(s: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  // a word wider than the line is split, preferably after an "s" (Dutch compounds: bedrijfsvoerings-organisatie)
  const words = s
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const delen: string[] = [];
      let rest = w;
      while (textWidth(rest, fontSize) > maxWidth * 1.3 && rest.length > 6) {
        let cut = rest.length - 1;
        while (cut > 3 && textWidth(`${rest.slice(0, cut)}-`, fontSize) > maxWidth) cut--;
        const metS = rest.slice(0, cut).lastIndexOf('s');
        if (metS >= Math.max(3, cut - 8) && /[a-z]/.test(rest[metS + 1] ?? '')) cut = metS + 1;
        delen.push(`${rest.slice(0, cut)}-`);
        rest = rest.slice(cut);
      }
      return [...delen, rest];
    });
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur.endsWith('-') && textWidth(cur + w, fontSize) <= maxWidth) {
      cur += w;
      continue;
    }
    if (cur && textWidth(next, fontSize) > maxWidth) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,;:]+$/, '')}…`;
    return kept;
  }
  return lines;
}

/** A <text> element with one <tspan> per line. */
export function multiline(
  lines: string[],
  x: number,
  y: number,
  opts: {
    size: number;
    lineHeight?: number;
    anchor?: 'start' | 'middle' | 'end';
    weight?: string;
    cls?: string;
    fill?: string;
  },
): string {
  const lh = opts.lineHeight ?? opts.size * 1.25;
  const spans = lines
    .map((l, i) => `<tspan${attrs({ x: r1(x), dy: i === 0 ? undefined : r1(lh) })}>${esc(l)}</tspan>`)
    .join('');
  return `<text${attrs({
    x: r1(x),
    y: r1(y),
    'font-size': opts.size,
    'text-anchor': opts.anchor,
    'font-weight': opts.weight,
    class: opts.cls,
    fill: opts.fill ?? '#1a1a1a',
  })}>${spans}</text>`;
}

/** The four marks used on the site: – (none/nvt), ○, ◐, ●. */
export type Symbool = 'streep' | 'open' | 'half' | 'vol' | 'vraag';

/**
 * Draw a mark as shapes (not a font glyph, so it looks the same everywhere and
 * prints in black and white). `r` is the radius.
 */
export function symbool(kind: Symbool, cx: number, cy: number, r: number, ink = '#1a1a1a'): string {
  const sw = Math.max(1.5, r / 4);
  switch (kind) {
    case 'streep':
      return `<line${attrs({ x1: r1(cx - r), y1: r1(cy), x2: r1(cx + r), y2: r1(cy), stroke: ink, 'stroke-width': r1(sw) })}/>`;
    case 'open':
      return `<circle${attrs({ cx: r1(cx), cy: r1(cy), r: r1(r - sw / 2), fill: '#ffffff', stroke: ink, 'stroke-width': r1(sw) })}/>`;
    case 'half':
      // left half filled, like ◐
      return (
        `<circle${attrs({ cx: r1(cx), cy: r1(cy), r: r1(r - sw / 2), fill: '#ffffff', stroke: ink, 'stroke-width': r1(sw) })}/>` +
        `<path${attrs({
          d: `M${r1(cx)},${r1(cy - r + sw / 2)} A${r1(r - sw / 2)},${r1(r - sw / 2)} 0 0 0 ${r1(cx)},${r1(cy + r - sw / 2)} Z`,
          fill: ink,
        })}/>`
      );
    case 'vol':
      return `<circle${attrs({ cx: r1(cx), cy: r1(cy), r: r1(r), fill: ink })}/>`;
    case 'vraag':
      // a dashed ring: uncertain, counts no points
      return `<circle${attrs({ cx: r1(cx), cy: r1(cy), r: r1(r - sw / 2), fill: '#ffffff', stroke: ink, 'stroke-width': r1(sw), 'stroke-dasharray': `${r1(sw * 1.2)} ${r1(sw)}` })}/>`;
  }
}

/**
 * Opening tag of an accessible picture, with <title> and <desc>. Ids must be
 * unique on the page. A picture with links inside gets role="group" (the
 * children of role="img" are presentational, so its links would lose their
 * names); a static picture gets role="img".
 */
export function svgOpen(o: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  cls?: string;
  interactive?: boolean;
}): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      role: o.interactive ? 'group' : 'img',
      'aria-labelledby': `${o.id}-titel ${o.id}-beschrijving`,
      viewBox: `0 0 ${Math.ceil(o.width)} ${Math.ceil(o.height)}`,
      width: Math.ceil(o.width),
      height: Math.ceil(o.height),
      class: o.cls,
      'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif',
    })}>` +
    `<title id="${esc(o.id)}-titel">${esc(o.title)}</title>` +
    `<desc id="${esc(o.id)}-beschrijving">${esc(o.desc)}</desc>`
  );
}
