/** Small pure text helpers for rendering content. */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** Dutch long date: 2026-11-23 → "23 november 2026". */
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export function datumNl(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MAANDEN[m - 1]} ${y}`;
}

export interface TermLink {
  /** words that should link, longest first is not required */
  woorden: string[];
  href: string;
  titel: string;
}

const WORD = 'A-Za-zÀ-ÿ0-9';

/**
 * Escape `text` and link the first occurrence of each term (whole words,
 * case-sensitive for abbreviations of 2–5 capitals, otherwise case-insensitive).
 * `skip` holds hrefs that must not be linked (e.g. the page itself).
 */
export function linkTerms(text: string, terms: TermLink[], skip: Set<string> = new Set()): string {
  type Hit = { start: number; end: number; term: TermLink };
  const hits: Hit[] = [];
  const cands = terms
    .filter((t) => !skip.has(t.href))
    .flatMap((t) => t.woorden.filter((w) => w.length >= 2).map((w) => ({ w, t })))
    .sort((a, b) => b.w.length - a.w.length);
  const used = new Set<string>();
  for (const { w, t } of cands) {
    if (used.has(t.href)) continue;
    const abbr = /^[A-Z0-9-]{2,6}$/.test(w);
    const re = new RegExp(`(?<![${WORD}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![${WORD}])`, abbr ? 'g' : 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      if (hits.some((h) => s < h.end && e > h.start)) continue;
      hits.push({ start: s, end: e, term: t });
      used.add(t.href);
      break;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const h of hits) {
    out += esc(text.slice(pos, h.start));
    out += `<a class="begrip" href="${esc(h.term.href)}" title="${esc(h.term.titel)}">${esc(text.slice(h.start, h.end))}</a>`;
    pos = h.end;
  }
  return out + esc(text.slice(pos));
}

/** Plain text with blank-line paragraphs → paragraphs. */
export const paragraphs = (s: string): string[] =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export const euro = (n: number): string => `€ ${n.toLocaleString('nl-NL')}`;

/** An engine estimate as one plain sentence: "Schatting: € 40.000 tot € 60.000 (formule). Toelichting" */
export function schattingTekst(s: { min: number; max: number; formule: string; toelichting?: string }): string {
  return `Schatting: ${euro(s.min)} tot ${euro(s.max)} (${s.formule}).${s.toelichting ? ` ${s.toelichting}` : ''}`;
}
