/**
 * Plain Dutch, measured: sentences and their length in words. Pure, used by the content schema (the
 * answer-first text must stay within its budget) and by the plain-language report over the built site.
 */

/** Budget for answer-first text: average sentence length and the longest sentence, in words. */
export const KORT_BUDGET = { gemiddeld: 15, langste: 25 } as const;
/** A sentence is long above this many words (B1 guidance). */
export const LANGE_ZIN = 25;

// abbreviations whose full stop does not end a sentence
const AFKORTINGEN =
  /\b(art|bijv|o\.a|m\.n|nr|blz|i\.p\.v|t\.o\.v|d\.w\.z|e\.d|etc|lid|jo|ca|resp|z\.g\.a\.n|nl|vs|dhr|mevr)\.$/i;

/** Splits text into sentences: at . ! ? (also before a closing quote or bracket) followed by a space and a capital, digit or quote. */
export function zinnen(tekst: string): string[] {
  const t = tekst.replace(/\s+/g, ' ').trim();
  if (!t) return [];
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;:]?[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const end = m.index + m[0].length;
    const stuk = t.slice(start, end);
    if (AFKORTINGEN.test(stuk) || /\b\p{Lu}\.$/u.test(stuk)) continue;
    out.push(stuk.trim());
    start = end;
  }
  const rest = t.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Words in a sentence: runs of letters or digits (a number such as 0,1 or 12 is one word). */
export const woorden = (zin: string): number => (zin.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? []).length;

export interface Meting {
  zinnen: number;
  woorden: number;
  gemiddeld: number;
  /** sentences over LANGE_ZIN words */
  lang: string[];
  langste: number;
}

/** Measures a text (or several): number of sentences, average words per sentence, long sentences. */
export function meet(teksten: string | string[], grens = LANGE_ZIN): Meting {
  const zs = [teksten].flat().flatMap(zinnen);
  const ws = zs.map(woorden);
  const totaal = ws.reduce((a, b) => a + b, 0);
  return {
    zinnen: zs.length,
    woorden: totaal,
    gemiddeld: zs.length ? Math.round((totaal / zs.length) * 10) / 10 : 0,
    lang: zs.filter((_, i) => ws[i] > grens),
    langste: Math.max(0, ...ws),
  };
}

/** Problems of an answer-first text against KORT_BUDGET, in plain Dutch; empty when it fits. */
export function kortProblemen(tekst: string): string[] {
  const m = meet(tekst, KORT_BUDGET.langste);
  const p: string[] = [];
  for (const z of m.lang) p.push(`zin van ${woorden(z)} woorden (hoogstens ${KORT_BUDGET.langste}): "${z}"`);
  if (m.gemiddeld > KORT_BUDGET.gemiddeld)
    p.push(`gemiddeld ${m.gemiddeld} woorden per zin (hoogstens ${KORT_BUDGET.gemiddeld})`);
  return p;
}
