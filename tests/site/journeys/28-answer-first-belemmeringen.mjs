// Answer first on obstacle pages: on a phone (390 × 844) the first screen says what the obstacle is and
// at which forms it weighs; every answer links to its detail section, and a table of contents follows.
import { fail } from '../lib/keyboard.mjs';

const SCREEN = { width: 390, height: 844 };
const OP_EERSTE_SCHERM = [/^Wat is het/, /^Bij welke vormen/];

export default {
  name: 'answer first: obstacle pages say what it is and where it weighs on the first phone screen, each answer links to its detail',
  async run({ context, baseURL, pagePaths }) {
    const page = await context.newPage();
    await page.setViewportSize(SCREEN);
    const paths = pagePaths.filter((p) => /^\/belemmeringen\/[a-z0-9-]+\/$/.test(p));
    if (paths.length < 10) fail(`only ${paths.length} obstacle pages found`);
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
            dd: dt.nextElementSibling,
          }));
          if (items.length < 3) out.push(`only ${items.length} answers`);
          for (const src of patterns) {
            const it = items.find((i) => new RegExp(src).test(i.q));
            if (!it) out.push(`no answer to /${src}/`);
            else if (it.dd.getBoundingClientRect().bottom > innerHeight)
              out.push(
                `"${it.q}" ends at ${Math.round(it.dd.getBoundingClientRect().bottom)} px, below the first screen`,
              );
          }
          for (const it of items) {
            const id = it.dd.querySelector('a.meer')?.getAttribute('href')?.replace(/^#/, '');
            if (!id) out.push(`"${it.q}" has no link to its detail`);
            else if (!document.getElementById(id)) out.push(`"${it.q}" links to #${id}, which is not on the page`);
          }
          const toc = [...document.querySelectorAll('main nav.op-pagina a')];
          if (toc.length < 4) out.push(`table of contents has ${toc.length} entries`);
          for (const a of toc)
            if (!document.getElementById(a.getAttribute('href').slice(1)))
              out.push(`table of contents links to missing ${a.getAttribute('href')}`);
          return out;
        },
        OP_EERSTE_SCHERM.map((re) => re.source),
      );
      for (const x of r) problems.push(`${p}: ${x}`);
    }
    await page.close();
    if (problems.length) fail(problems.slice(0, 20).join('\n       '));
    return `${paths.length} obstacle pages`;
  },
};
