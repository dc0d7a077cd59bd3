// Search quality: the most relevant page comes first for the terms council members look for,
// synonyms and abbreviations are found, filters by type work, and the source texts lead to the article.
import { fail, open } from '../lib/keyboard.mjs';
import { openSearch } from '../lib/search-page.mjs';

const EERST = {
  OIN: '/begrippen/oin/',
  DigiD: /^\/(belemmeringen\/digid-audits|begrippen\/digid)\/$/,
  uittreden: /^\/(begrippen\/uittreden|rekenhulp\/uittreden)\/$/,
  gastheer: /^\/(begrippen\/gastheerorganisatie|vormen\/lichte-regeling-met-gastheer)\/$/,
  Borne: '/organisaties/borne/',
  GR: '/begrippen/gemeenschappelijke-regeling/',
  GBA: /^\/begrippen\/(gba-v|brp)\/$/,
  verband: '/begrippen/samenwerkingsverband/',
};

export default {
  name: 'search: most relevant page first, synonyms, type filter, article in the source text',
  async run({ page, baseURL }) {
    await open(page, baseURL, '/zoeken/');
    const zoek = (q, filters) =>
      page.evaluate(
        async ([q, filters]) => {
          const pf = await import('/pagefind/pagefind.js');
          const r = await pf.search(q, filters ? { filters } : undefined);
          const d = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
          return d.map((x) => ({ url: x.url, type: x.meta.type, subs: x.sub_results.map((s) => s.url) }));
        },
        [q, filters],
      );
    // the first result as the reader sees it: the search page (Pagefind's ranking, then the page's own ordering)
    const zoekPagina = async (q) => {
      await openSearch(page, baseURL, q);
      return page.evaluate(() =>
        [...document.querySelectorAll('#zoek-resultaten > li > h2 a')].map((a) => ({ url: a.getAttribute('href') })),
      );
    };
    for (const [q, want] of Object.entries(EERST)) {
      const r = await zoekPagina(q);
      const first = r[0]?.url ?? '(none)';
      const ok = typeof want === 'string' ? first === want : want.test(first);
      if (!ok) fail(`search "${q}": first result ${first}, expected ${want}; top 5: ${r.map((x) => x.url).join(' ')}`);
    }
    const begrippen = await zoek('OIN', { type: 'Begrip' });
    if (!begrippen.length || begrippen.some((x) => x.type !== 'Begrip'))
      fail(`filter type=Begrip returned ${begrippen.map((x) => `${x.url} (${x.type})`).join(', ')}`);
    const art = await zoek('toetreding aspirant-deelnemer');
    // the agreement's text is read per chapter: article 7 is on the page of chapter IV
    const doc = art.find((x) => x.url === '/bronnen/it-platform-twente/hoofdstuk-4/');
    if (!doc)
      fail(
        `"toetreding aspirant-deelnemer" does not find the IT Platform Twente agreement: ${art.map((x) => x.url).join(' ')}`,
      );
    if (!doc.subs.some((s) => s.endsWith('#art-7')))
      fail(`the agreement's sub-results do not point at article 7: ${doc.subs.join(' ')}`);
    return 'ranking, filter and article sub-result as expected';
  },
};
