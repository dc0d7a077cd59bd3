/** Small pure text helpers for rendering content: linking glossary terms, paragraphs, estimates. */
import { esc } from './html.ts';
import { euroVanEuros } from './money.ts';

/** Items as a Dutch enumeration: "a", "a en b", "a, b en c". */
export const opsomming = (xs: readonly string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;

/** A municipality's name without "Gemeente " in front ("Gemeente Hof van Twente" → "Hof van Twente"); other names as they are. */
export const zonderGemeente = (naam: string): string => naam.replace(/^Gemeente /, '');

export interface TermLink {
  /** words that should link, longest first is not required */
  woorden: string[];
  href: string;
}

const WORD = 'A-Za-zÀ-ÿ0-9';

interface Kandidaat {
  w: string;
  t: TermLink;
  re: RegExp;
}
interface TermIndex {
  /** every word of every term, longest first (stable: ties keep the terms' order) */
  kandidaten: Kandidaat[];
  /** lower-cased first token of a word → positions in `kandidaten` */
  perToken: Map<string, number[]>;
}
const NIET_WOORD = new RegExp(`[^${WORD}]+`);
const indexen = new WeakMap<TermLink[], TermIndex>();

/** Built once per term list: the candidates in their order, with their regexes, indexed by first token. */
function termIndex(terms: TermLink[]): TermIndex {
  const bekend = indexen.get(terms);
  if (bekend) return bekend;
  const kandidaten = terms
    .flatMap((t) => t.woorden.filter((w) => w.length >= 2).map((w) => ({ w, t })))
    .sort((a, b) => b.w.length - a.w.length)
    .map(({ w, t }) => {
      const abbr = /^[A-Z0-9-]{2,6}$/.test(w);
      return {
        w,
        t,
        re: new RegExp(`(?<![${WORD}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![${WORD}])`, abbr ? 'g' : 'gi'),
      };
    });
  const perToken = new Map<string, number[]>();
  kandidaten.forEach((k, i) => {
    const eerste =
      k.w
        .toLowerCase()
        .split(NIET_WOORD)
        .find((x) => x.length > 0) ?? '';
    const l = perToken.get(eerste);
    if (l) l.push(i);
    else perToken.set(eerste, [i]);
  });
  const idx = { kandidaten, perToken };
  indexen.set(terms, idx);
  return idx;
}

/**
 * Escape `text` and link the first occurrence of each term (whole words,
 * case-sensitive for abbreviations of 2–5 capitals, otherwise case-insensitive).
 * `skip` holds hrefs that must not be linked (e.g. the page itself).
 *
 * Only the words whose first token occurs in the text are tried (a whole-word
 * match always has its first token as a token of the text), so the cost grows
 * with the text, not with the size of the glossary.
 */
export function linkTerms(text: string, terms: TermLink[], skip: Set<string> = new Set()): string {
  type Hit = { start: number; end: number; term: TermLink };
  const hits: Hit[] = [];
  const { kandidaten, perToken } = termIndex(terms);
  const gekozen = new Set<number>();
  for (const tok of text.toLowerCase().split(NIET_WOORD)) for (const i of perToken.get(tok) ?? []) gekozen.add(i);
  for (const i of perToken.get('') ?? []) gekozen.add(i);
  const used = new Set<string>();
  for (const i of [...gekozen].sort((a, b) => a - b)) {
    const { t, re } = kandidaten[i];
    if (skip.has(t.href) || used.has(t.href)) continue;
    re.lastIndex = 0;
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
    out += `<a class="begrip" href="${esc(h.term.href)}">${esc(text.slice(h.start, h.end))}</a>`;
    pos = h.end;
  }
  return out + esc(text.slice(pos));
}

/** An engine estimate as one plain sentence: "Schatting: € 40.000 tot € 60.000 (formule). Toelichting" */
export function schattingTekst(s: { min: number; max: number; formule: string; toelichting?: string }): string {
  return `Schatting: ${euroVanEuros(s.min)} tot ${euroVanEuros(s.max)} (${s.formule}).${s.toelichting ? ` ${s.toelichting}` : ''}`;
}

/** Elements whose text never gets a term link: links themselves, headings, controls, labels, code. */
const GEEN_BEGRIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
  'button',
  'label',
  'caption',
  'th',
  'option',
  'script',
  'style',
  'textarea',
  'title',
  'code',
  'pre',
  'svg',
]);
const ONTSNAP: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};
const ontsnap = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, n: string) => ONTSNAP[n]);

/**
 * Link the first mention of each glossary term in rendered HTML (for pages built from HTML strings,
 * such as the explorer's outcomes): text inside links, headings, summaries, controls, labels and table
 * headers stays as it is, and a term already linked in the HTML is not linked again. `skip` as in
 * linkTerms (and it collects the hrefs linked here, so later calls on the same page skip them too).
 */
export function linkTermsInHtml(html: string, terms: TermLink[], skip: Set<string> = new Set()): string {
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) skip.add(m[1]);
  const stapel: string[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((deel) => {
      if (deel.startsWith('<')) {
        const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(deel);
        if (m) {
          const naam = m[2].toLowerCase();
          if (GEEN_BEGRIP.has(naam) && !deel.endsWith('/>')) {
            if (m[1]) {
              const i = stapel.lastIndexOf(naam);
              if (i >= 0) stapel.length = i;
            } else stapel.push(naam);
          }
        }
        return deel;
      }
      if (stapel.length || !deel.trim()) return deel;
      const uit = linkTerms(ontsnap(deel), terms, skip);
      for (const m of uit.matchAll(/class="begrip" href="([^"]+)"/g)) skip.add(m[1]);
      return uit;
    })
    .join('');
}

/**
 * The words that link to a begrip: its term ("Gemeenschappelijke regeling (GR)" gives both parts), its
 * full name, its abbreviations, and synonyms that are forms of the term itself ("rechtspersoonlijkheid"
 * for Rechtspersoon, "GGI-Veilig" for GGI). Other synonyms are common words ("samenwerking") that would
 * link everywhere, so they only help search.
 */
/**
 * The glossary as term links: every begrip's words and its page (the first mention on a page links
 * there). No title attribute: a tooltip reaches neither keyboard nor touch, and the page it links to
 * explains the term.
 */
export const termLinks = (
  begrippen: readonly { id: string; data: { term: string; voluit?: string; synoniemen: string[] } }[],
): TermLink[] =>
  begrippen.map((b) => ({
    woorden: begripWoorden(b.data),
    href: `/begrippen/${b.id}/`,
  }));

export function begripWoorden(b: { term: string; voluit?: string; synoniemen: string[] }): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(b.term);
  const delen = m ? [m[1], m[2]] : [b.term];
  const vorm = (s: string) => delen.some((w) => w.length >= 3 && s.toLowerCase().startsWith(w.toLowerCase()));
  return [
    ...delen,
    ...(b.voluit ? [b.voluit] : []),
    ...b.synoniemen.filter((w) => /^[A-Z0-9-]{2,8}$/.test(w) || vorm(w)),
  ];
}
