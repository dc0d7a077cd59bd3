// Answer first on obstacle pages: on a phone (390 × 844) the first screen says what the obstacle is and
// at which forms it weighs; every answer links to its detail section and cites, and a table of contents follows.
import { fail } from '../lib/keyboard.mjs';
import { checkAnswerFirst } from '../lib/answer-first.mjs';

const OP_EERSTE_SCHERM = [/^Wat is het/, /^Bij welke vormen/];
/** answers the site computes: the weight per form (the rules engine in the example situation, its reasons
    under #profiel) and whether a source shows a change since 2015 (the detail under #situatie-nu) */
const BEREKEND = [/^Bij welke vormen/, /^Hoe zeker is de situatie/];

export default {
  name: 'answer first: obstacle pages say what it is and where it weighs on the first phone screen, each answer links to its detail',
  async run({ context, baseURL, pagePaths }) {
    const paths = pagePaths.filter((p) => /^\/belemmeringen\/[a-z0-9-]+\/$/.test(p));
    if (paths.length < 10) fail(`only ${paths.length} obstacle pages found`);
    const problems = await checkAnswerFirst(context, baseURL, paths, {
      vragen: () => OP_EERSTE_SCHERM,
      minAnswers: 3,
      minToc: 4,
      berekend: BEREKEND,
    });
    if (problems.length) fail(problems.slice(0, 20).join('\n       '));
    return `${paths.length} obstacle pages`;
  },
};
