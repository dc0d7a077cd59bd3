// Answer first: on a phone (390 × 844) the first screen of every form page answers what the raad can do
// and how to get out; every answer links to its detail section and cites, and a table of contents follows.
import { fail } from '../lib/keyboard.mjs';
import { checkAnswerFirst } from '../lib/answer-first.mjs';

/** the questions that must be answered on the first screen, by the start of their label */
const OP_EERSTE_SCHERM = [/^Wat kan de raad/, /^Hoe stapt u eruit/];

export default {
  name: 'answer first: form pages answer the raad and exit questions on the first phone screen, each answer links to its detail',
  async run({ context, baseURL, pagePaths }) {
    const paths = pagePaths.filter((p) => /^\/vormen\/[a-z0-9-]+\/$/.test(p));
    if (paths.length < 5) fail(`only ${paths.length} form pages found`);
    const problems = await checkAnswerFirst(context, baseURL, paths, {
      vragen: () => OP_EERSTE_SCHERM,
      minAnswers: 4,
      minToc: 4,
    });
    if (problems.length) fail(problems.join('\n       '));
    return `${paths.length} form pages`;
  },
};
