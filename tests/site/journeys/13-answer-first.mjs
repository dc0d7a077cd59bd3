// Answer first: on a phone (390 × 844) the first screen of every form page answers what the raad can do
// and how to get out; every answer links to its detail section, and a table of contents follows.
import { fail } from '../lib/keyboard.mjs';

const SCREEN = { width: 390, height: 844 };
/** the questions that must be answered on the first screen, by the start of their label */
const OP_EERSTE_SCHERM = [/^Wat kan de raad/, /^Hoe stapt u eruit/];

export default {
  name: 'answer first: form pages answer the raad and exit questions on the first phone screen, each answer links to its detail',
  async run({ context, baseURL, pagePaths }) {
    const page = await context.newPage();
    await page.setViewportSize(SCREEN);
    const paths = pagePaths.filter((p) => /^\/vormen\/[a-z0-9-]+\/$/.test(p));
    if (paths.length < 5) fail(`only ${paths.length} form pages found`);
    const problems = [];
    for (const p of paths) {
      await page.goto(baseURL + p, { waitUntil: 'load' });
      const r = await page.evaluate(
        (patterns) => {
          const out = [];
          const block = document.querySelector('main .kortweg');
          if (!block) return ['no answer block (.kortweg)'];
          const items = [...block.querySelectorAll('dt')].map((dt) => ({
            q: dt.textContent.trim(),
            dt,
            dd: dt.nextElementSibling,
          }));
          if (items.length < 4) out.push(`only ${items.length} answers`);
          for (const src of patterns) {
            const re = new RegExp(src);
            const it = items.find((i) => re.test(i.q));
            if (!it) {
              out.push(`no answer to ${re}`);
              continue;
            }
            const bottom = it.dd.getBoundingClientRect().bottom;
            if (bottom > innerHeight)
              out.push(`"${it.q}" ends at ${Math.round(bottom)} px, below the first screen (${innerHeight} px)`);
          }
          for (const it of items) {
            const meer = it.dd.querySelector('a.meer');
            const id = meer?.getAttribute('href')?.replace(/^#/, '');
            if (!id) out.push(`"${it.q}" has no link to its detail`);
            else if (!document.getElementById(id)) out.push(`"${it.q}" links to #${id}, which is not on the page`);
            if (!it.dd.querySelector('a.noot')) out.push(`"${it.q}" cites no source`);
          }
          const toc = document.querySelector('main nav.op-pagina');
          if (!toc) out.push('no table of contents (nav.op-pagina)');
          else {
            const links = [...toc.querySelectorAll('a')];
            if (links.length < 4) out.push(`table of contents has ${links.length} entries`);
            for (const a of links)
              if (!document.getElementById(a.getAttribute('href').slice(1)))
                out.push(`table of contents links to missing ${a.getAttribute('href')}`);
          }
          return out;
        },
        OP_EERSTE_SCHERM.map((re) => re.source),
      );
      for (const x of r) problems.push(`${p}: ${x}`);
    }
    await page.close();
    if (problems.length) fail(problems.join('\n       '));
    return `${paths.length} form pages`;
  },
};
