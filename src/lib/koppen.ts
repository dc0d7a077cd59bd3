/**
 * Long Dutch compounds in headings may break only where their parts join.
 *
 * Headings keep words whole (global.css: no hyphenation, no overflow-wrap), so that a word is never cut
 * at an arbitrary letter ("Samenwerkingsvorme/n"). A compound such as "Samenwerkingsovereenkomst" is
 * wider than a 320 px screen at heading size, though; `koppenBreekbaar` puts a soft hyphen (&shy;:
 * a hyphen shows only where the line breaks) after the first parts of the compounds listed here, so a
 * break falls where a Dutch reader expects it: "Samenwerkings-/overeenkomst". Only text between tags is touched, only inside h1–h4, only in words
 * of at least MIN letters.
 */
const MIN = 16;
/** first parts of compounds that occur in long heading words; a break may follow each */
const DELEN = [
  'samenwerkings',
  'centrumgemeente',
  'bedrijfsvoerings',
  'toegankelijkheids',
  'dienstverlenings',
  'verwerkers',
  'informatie',
  'beveiligings',
  'verwerkings',
  'gemeenschappelijke',
  'uittredings',
  'deelname',
  'organisatie',
  'kosten',
  'verantwoordelijk',
  'rechts',
  'persoonlijk',
  'omgevings',
  'basis',
];
const deelRe = new RegExp(`(${DELEN.join('|')})(?=\\p{L}{4,})`, 'giu');

/** Break opportunities in one word (no tags inside). */
export function breekWoord(woord: string): string {
  if ([...woord].length < MIN) return woord;
  return woord.replace(deelRe, '$1&shy;');
}

/** Inserts break opportunities into the long words of every h1–h4 in an HTML string. */
export function koppenBreekbaar(html: string): string {
  return html.replace(
    /(<h[1-4]\b[^>]*>)([\s\S]*?)(<\/h[1-4]>)/g,
    (_, open: string, inner: string, close: string) =>
      open +
      inner.replace(/(^|>)([^<]+)/g, (_m, gt: string, text: string) => gt + text.replace(/[\p{L}]+/gu, breekWoord)) +
      close,
  );
}

/**
 * A space between adjacent table cells and list items, so that text extracted from the page (the search
 * index, its excerpts) does not glue one cell's last word to the next cell's first ("BorneJa").
 */
export const celScheiding = (html: string): string =>
  // the space goes inside the closing element: the indexer drops whitespace-only text between cells
  html.replace(/(?<=[^\s>]|<\/[a-z]+>)<\/(td|th|li|dd|dt|caption|p|h[1-6]|figcaption|summary)>(?=\s*<)/g, ' </$1>');
