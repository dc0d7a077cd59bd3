// Search that meets questions: a question typed the way people talk, and an acronym, find the page that
// answers them first, through the search page itself (its question rewriting and re-ranking), and the
// snippets read as prose (proper names written in one word, such as SamenTwente, TwenteCloud and MijnOverheid, are no glue): no keyword list, no '#', no glued table cells, no sideways scroll on a phone.
import { fail } from '../lib/keyboard.mjs';
import { openSearch } from '../lib/search-page.mjs';

const VRAGEN = {
  'hoe stap je uit een gemeenschappelijke regeling': /^\/(begrippen\/uittreden|rekenhulp\/uittreden)\/$/,
  'hoe kom je uit IT Platform Twente': /^\/(rekenhulp\/uittreden|begrippen\/uittreden)\/$/,
  'Hoe stappen we uit VTH Omgevingsrecht?': /^\/(rekenhulp\/uittreden|begrippen\/uittreden)\/$/,
  SOC: /^\/begrippen\/soc\/$/,
  OIN: /^\/begrippen\/oin\/$/,
  BVO: /^\/(begrippen|vormen)\/bedrijfsvoeringsorganisatie\/$/,
};

export default {
  name: 'search: sentence questions and acronyms find their page first; snippets read as prose',
  async run({ context, baseURL }) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const problems = [];
    for (const [q, want] of Object.entries({ ...VRAGEN, Borne: /^\/organisaties\/borne\/$/ })) {
      await openSearch(page, baseURL, q);
      const r = await page.evaluate(() => ({
        urls: [...document.querySelectorAll('#zoek-resultaten > li > h2 a')].map((a) => a.getAttribute('href')),
        snippets: [...document.querySelectorAll('#zoek-resultaten p, #zoek-resultaten li li')].map(
          (p) => p.textContent,
        ),
        subTitles: [...document.querySelectorAll('#zoek-resultaten li li a')].map((a) => a.textContent),
        width: document.documentElement.scrollWidth,
      }));
      if (!want.test(r.urls[0] ?? ''))
        problems.push(
          `"${q}": first result ${r.urls[0] ?? '(none)'}, expected ${want}; top 4: ${r.urls.slice(0, 4).join(' ')}`,
        );
      for (const s of r.snippets)
        if (/Ook gezocht als/.test(s)) problems.push(`"${q}": a snippet from the keyword list: "${s.slice(0, 80)}"`);
      for (const t of r.subTitles) if (/#\s*$/.test(t)) problems.push(`"${q}": a sub-result title ends in '#': "${t}"`);
      for (const s of r.snippets) {
        const g = s.match(/\p{Ll}{3,}\p{Lu}\p{Ll}{2,}/u);
        if (g && !/^(?:ijnOverheid|ijnGemeente|amenTwente|wenteCloud)/.test(g[0]))
          problems.push(`"${q}": glued words "${g[0]}" in "${s.slice(0, 80)}"`);
      }
      if (r.width > 390) problems.push(`"${q}": the results page is ${r.width} px wide on a 390 px phone`);
    }
    await page.close();
    if (problems.length) fail(problems.join('\n       '));
    return `${Object.keys(VRAGEN).length + 1} queries`;
  },
};
