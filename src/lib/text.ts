/** Small pure text helpers for rendering content: linking glossary terms, paragraphs, estimates. */
import { esc } from './html.ts';
import { euroVanEuros } from './money.ts';

export interface TermLink {
  /** words that should link, longest first is not required */
  woorden: string[];
  href: string;
  titel: string;
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
    out += `<a class="begrip" href="${esc(h.term.href)}" title="${esc(h.term.titel)}">${esc(text.slice(h.start, h.end))}</a>`;
    pos = h.end;
  }
  return out + esc(text.slice(pos));
}

/** An engine estimate as one plain sentence: "Schatting: € 40.000 tot € 60.000 (formule). Toelichting" */
export function schattingTekst(s: { min: number; max: number; formule: string; toelichting?: string }): string {
  return `Schatting: ${euroVanEuros(s.min)} tot ${euroVanEuros(s.max)} (${s.formule}).${s.toelichting ? ` ${s.toelichting}` : ''}`;
}
