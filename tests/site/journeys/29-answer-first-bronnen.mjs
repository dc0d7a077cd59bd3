// Answer first on source documents: on a phone (390 × 844) the first screen of every document's front page
// says what it is and which rules bind you; every answer cites and links to its detail, which is the exact
// section on the document's text page. The text pages, one per chapter, each keep every section's anchor,
// link to the front page and to the part before and after, so that a reader can walk the whole text.
import { fail } from '../lib/keyboard.mjs';

const SCREEN = { width: 390, height: 844 };
/** the answers that must end within the first screen, by the start of their label */
const OP_EERSTE_SCHERM = [/^Wat is het/, /^Welke regels binden u/];

export default {
  name: 'answer first: source document pages answer what it is and which rules bind you on the first phone screen; the text pages link up',
  async run({ context, baseURL, pagePaths }) {
    const page = await context.newPage();
    await page.setViewportSize(SCREEN);
    const fronts = pagePaths.filter((p) => /^\/bronnen\/[a-z0-9-]+\/$/.test(p));
    if (fronts.length < 5) fail(`only ${fronts.length} source document pages found`);
    const problems = [];
    /** the ids on a page of the site, fetched once */
    const idsOf = new Map();
    const ids = async (path) => {
      if (!idsOf.has(path))
        idsOf.set(
          path,
          await page.evaluate(async (url) => {
            const r = await fetch(url);
            if (!r.ok) return null;
            const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
            return [...doc.querySelectorAll('[id]')].map((e) => e.id);
          }, baseURL + path),
        );
      return idsOf.get(path);
    };
    let textPages = 0;
    for (const p of fronts) {
      await page.goto(baseURL + p, { waitUntil: 'load' });
      const r = await page.evaluate(
        (patterns) => {
          const out = [];
          const block = document.querySelector('main .kortweg');
          if (!block) return { out: ['no answer block (.kortweg)'], meer: [], delen: [] };
          const items = [...block.querySelectorAll('dt')].map((dt) => ({
            q: dt.textContent.trim(),
            dd: dt.nextElementSibling,
          }));
          if (items.length < 4) out.push(`only ${items.length} answers`);
          if (block.getBoundingClientRect().top > innerHeight / 2)
            out.push(`the answer block starts at ${Math.round(block.getBoundingClientRect().top)} px`);
          for (const src of patterns) {
            const it = items.find((i) => new RegExp(src).test(i.q));
            if (!it) out.push(`no answer to /${src}/`);
            else if (it.dd.getBoundingClientRect().bottom > innerHeight)
              out.push(
                `"${it.q}" ends at ${Math.round(it.dd.getBoundingClientRect().bottom)} px, below the first screen (${innerHeight} px)`,
              );
          }
          const meer = [];
          for (const it of items) {
            const a = it.dd.querySelector('a.meer');
            if (!a) out.push(`"${it.q}" has no link to its detail`);
            else meer.push({ q: it.q, href: a.getAttribute('href') });
            if (!it.dd.querySelector('a.noot')) out.push(`"${it.q}" cites no source`);
          }
          const toc = document.querySelector('main nav.op-pagina');
          if (!toc) out.push('no table of contents (nav.op-pagina)');
          else
            for (const a of toc.querySelectorAll('a'))
              if (!document.getElementById(a.getAttribute('href').slice(1)))
                out.push(`table of contents links to missing ${a.getAttribute('href')}`);
          // the parts of the text, in order, as the front page lists them
          const delen = [...document.querySelectorAll('main ul.delen > li > a')].map((a) => a.getAttribute('href'));
          if (!delen.length) out.push('no list of the text pages (ul.delen)');
          return { out, meer, delen };
        },
        OP_EERSTE_SCHERM.map((re) => re.source),
      );
      for (const x of r.out) problems.push(`${p}: ${x}`);
      for (const m of r.meer) {
        const [path, frag] = m.href.split('#');
        const target = path || p;
        if (!frag && !path) problems.push(`${p}: "${m.q}" links to nothing`);
        else if (target === p) {
          if (!(await ids(p))?.includes(frag))
            problems.push(`${p}: "${m.q}" links to #${frag}, which is not on the page`);
        } else if (!target.startsWith(p)) problems.push(`${p}: "${m.q}" links outside the document (${m.href})`);
        // a section inside a text page is linked at its anchor; a section that is the whole page, at the page
        else if (frag ? !(await ids(target))?.includes(frag) : !(await ids(target))?.includes(target.split('/').at(-2)))
          problems.push(`${p}: "${m.q}" links to ${m.href}, which is not a section of the text`);
      }
      // walk the text from the first part with "Volgende": every part is reached, in the front page's order
      let at = r.delen[0];
      const gelopen = [];
      while (at && gelopen.length <= r.delen.length) {
        gelopen.push(at);
        textPages++;
        await page.goto(baseURL + at, { waitUntil: 'load' });
        const t = await page.evaluate(() => ({
          terug: [...document.querySelectorAll('nav.deel-nav a')].map((a) => a.getAttribute('href')),
          volgende: document.querySelector('nav.deel-nav a[rel=next]')?.getAttribute('href'),
          vorige: document.querySelector('nav.deel-nav a[rel=prev]')?.getAttribute('href'),
          koppen: [...document.querySelectorAll('main h1[id], main .source-text :is(h2, h3, h4)')].map((h) => h.id),
        }));
        if (!t.terug.includes(p)) problems.push(`${at}: no link back to ${p}`);
        if (t.koppen.some((id) => !id)) problems.push(`${at}: a section heading without an anchor id`);
        const i = gelopen.length - 1;
        if (i > 0 && t.vorige !== gelopen[i - 1])
          problems.push(`${at}: "Vorige" is ${t.vorige}, expected ${gelopen[i - 1]}`);
        at = t.volgende;
      }
      if (gelopen.join(' ') !== r.delen.join(' '))
        problems.push(
          `${p}: walking "Volgende" visits ${gelopen.join(' ')}, the front page lists ${r.delen.join(' ')}`,
        );
    }
    await page.close();
    if (problems.length) fail(problems.join('\n       '));
    return `${fronts.length} source document pages, ${textPages} text pages walked`;
  },
};
