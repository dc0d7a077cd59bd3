// Answer first on case and organisation pages: on a phone (390 × 844) the first screen of a case says
// what it is and which rules bind you; that of a Twente municipality in which cooperations it takes
// part, how it gets out and what its raad can do; that of another body what it is and what it does in
// the cases. Every answer links to its detail section and cites, and a table of contents follows.
import { fail } from '../lib/keyboard.mjs';
import { checkAnswerFirst } from '../lib/answer-first.mjs';

const CASUS = [/^Wat is het/, /^Welke regels binden u/];
const GEMEENTE = [/^Aan welke samenwerkingen doet /, /^Hoe stapt .* eruit/, /^Wat kan de raad/];
const ANDERE = [/^Wat is het\?/, /^Wat doet het in de casussen/];

export default {
  name: 'answer first: case and organisation pages answer their questions on the first phone screen, each answer links to its detail',
  async run({ context, baseURL, pagePaths }) {
    const casussen = pagePaths.filter((p) => /^\/casussen\/[a-z0-9-]+\/$/.test(p));
    const organisaties = pagePaths.filter((p) => /^\/organisaties\/[a-z0-9-]+\/$/.test(p));
    if (casussen.length < 5) fail(`only ${casussen.length} case pages found`);
    if (organisaties.length < 20) fail(`only ${organisaties.length} organisation pages found`);
    // a Twente municipality has its portfolio page; the other bodies have none
    const gemeente = (p) => pagePaths.includes(p.replace('/organisaties/', '/portefeuille/'));
    const gemeenten = organisaties.filter(gemeente);
    if (gemeenten.length !== 14)
      fail(`${gemeenten.length} municipality pages with a portfolio, expected the 14 of Twente`);
    const problems = [
      ...(await checkAnswerFirst(context, baseURL, casussen, { vragen: () => CASUS, minAnswers: 2, minToc: 2 })),
      ...(await checkAnswerFirst(context, baseURL, organisaties, {
        vragen: (p) => (gemeente(p) ? GEMEENTE : ANDERE),
        minAnswers: 2,
        minToc: 3,
      })),
    ];
    if (problems.length) fail(problems.slice(0, 30).join('\n       '));
    return `${casussen.length} case pages, ${gemeenten.length} municipality and ${organisaties.length - gemeenten.length} other organisation pages`;
  },
};
