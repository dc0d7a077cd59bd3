/**
 * From a question as people type it to the words the site uses. Pure, used by the search page before
 * it asks Pagefind (which matches every word it is given, and knows no Dutch stop words):
 * "hoe stap je uit een gemeenschappelijke regeling" → "uittreden gemeenschappelijke regeling".
 * And a re-ranking: a page whose title holds the query word itself (an acronym: "SOC") comes before
 * pages that only share its first letters ("Sociaal domein").
 */

/** everyday phrases → the site's term (applied to the lower-cased question, before stop words go) */
const ZINSDELEN: [RegExp, string][] = [
  [
    /\b(?:hoe\s+)?(?:stap|stapt|stappen|stapte|kom|komt|komen|treed|treedt|treden|ga|gaat|gaan)\s+(?:je|u|we|wij|jij|een gemeente|de gemeente|onze gemeente)?\s*(?:er\s*)?uit\b/g,
    ' uittreden ',
  ],
  [/\buit\s*stappen\b|\buitstappen\b|\beruit\b|\bstoppen met\b|\bvertrekken uit\b|\bverlaten\b/g, ' uittreden '],
  [/\bopzeggen\b|\bopzegging\b/g, ' opzeggen '],
  [/\b(?:mee\s*doen|meedoen|aansluiten bij|instappen)\b/g, ' toetreden '],
  [/\bwat kost\b|\bhoeveel kost\b|\bkosten van\b/g, ' kosten '],
  [/\bwie beslist\b|\bwie besluit\b/g, ' besluit '],
];

/** words that carry no meaning for search (question words, articles, pronouns, auxiliaries) */
const STOPWOORDEN = new Set(
  (
    'hoe wat wie waar wanneer waarom welke welk wel niet ik je jij u we wij ze zij hij het de een en of ' +
    'van voor met bij in op aan om te tot naar over door als dan dat die dit deze er is zijn was waren ' +
    'kan kun kunt kunnen moet moeten mag mogen wil wilt willen zal zou ga gaat gaan doe doet doen ' +
    'mijn onze ons uw jouw hun heb hebt heeft hebben ook nog al maar dus even eigenlijk precies kom komt komen'
  ).split(' '),
);

/** The words to give Pagefind for a question; a query of one or two words is left as it is. */
export function zoekwoorden(vraag: string): string {
  const q = vraag.trim();
  const woorden = q.split(/\s+/).filter(Boolean);
  if (woorden.length <= 2 && !/[?]/.test(q)) return q;
  let t = ` ${q.toLowerCase().replace(/[?!.,;:]/g, ' ')} `;
  for (const [re, vervang] of ZINSDELEN) t = t.replace(re, vervang);
  const over = t.split(/\s+/).filter((w) => w && !STOPWOORDEN.has(w));
  const uniek = [...new Set(over)];
  return uniek.length ? uniek.join(' ') : q;
}

/** The site's terms a question was rewritten to ("hoe stap je uit …" → ["uittreden"]); none for a plain query. */
function doelwoorden(vraag: string): string[] {
  if (zoekwoorden(vraag) === vraag.trim()) return [];
  let t = ` ${vraag.toLowerCase().replace(/[?!.,;:]/g, ' ')} `;
  const uit: string[] = [];
  for (const [re, vervang] of ZINSDELEN)
    if (t.match(re)) {
      uit.push(vervang.trim());
      t = t.replace(re, ' ');
    }
  return [...new Set(uit)];
}

/**
 * For a question: the pages that answer it before the source texts. Pages whose title holds one of the
 * question's terms first (the begrip, the calculator), source documents (type `bronType`) last; stable.
 */
export function antwoordenEerst<T>(
  results: T[],
  vraag: string,
  titel: (r: T) => string,
  type: (r: T) => string | undefined,
  bronType: string,
): T[] {
  const doel = doelwoorden(vraag);
  if (!doel.length) return results;
  const rang = (r: T) => {
    const woorden = new Set(
      titel(r)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    );
    return doel.some((d) => woorden.has(d)) ? 0 : type(r) === bronType ? 2 : 1;
  };
  return results
    .map((r, i) => ({ r, i, k: rang(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Stable re-ranking: results whose title contains a query word as a whole word (case-insensitive)
 * first, in their own order; then the rest in theirs.
 */
export function eigenTitelEerst<T>(results: T[], query: string, titel: (r: T) => string): T[] {
  const ws = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  if (!ws.length) return results;
  const woordenVan = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const heel = (t: string) => {
    const woorden = new Set(woordenVan(t));
    return ws.every((w) => woorden.has(w));
  };
  // then a title with the query word as a part of a Dutch compound ("verband" in "Samenwerkingsverband");
  // only for words of five letters or more, so an acronym does not match inside another ("OIN", "SubOIN")
  const deel = (t: string) => {
    const woorden = woordenVan(t);
    return ws.every((w) => w.length >= 5 && woorden.some((x) => x !== w && (x.endsWith(w) || x.startsWith(w))));
  };
  const rang = (r: T) => (heel(titel(r)) ? 0 : deel(titel(r)) ? 1 : 2);
  return [0, 1, 2].flatMap((k) => results.filter((r) => rang(r) === k));
}
