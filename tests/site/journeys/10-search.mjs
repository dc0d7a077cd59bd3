// Journey (a): keyboard-only search from the home page.
import { fail, focusInfo, tabUntil, open } from '../lib/keyboard.mjs';

export default {
  name: 'keyboard: skip link, search "OIN", open a result',
  async run({ page, baseURL, existsPath }) {
    await open(page, baseURL, '/');

    // 1. first Tab: a visible skip link to the main content
    await page.keyboard.press('Tab');
    const first = await focusInfo(page);
    if (first.none) fail('Tab from page start focuses nothing on /');
    if (first.tag !== 'a' || !first.href?.startsWith('#'))
      fail(`first Tab stop on / is ${first.desc}, expected a skip link <a href="#…"> to the main content`);
    if (!first.visible) fail(`skip link ${first.desc} is focused but not visible on screen`);
    const target = await page.evaluate((id) => {
      const t = document.getElementById(decodeURIComponent(id));
      if (!t) return null;
      return {
        isMain:
          t.matches('main, [role=main]') || !!t.closest('main, [role=main]') || !!t.querySelector('main, [role=main]'),
      };
    }, first.href.slice(1));
    if (!target) fail(`skip link ${first.desc} points to ${first.href}, but no element has that id`);
    if (!target.isMain) fail(`skip link ${first.desc} points to ${first.href}, which is not (in) the <main> element`);

    // 2. Tab on to the search box
    const searchbox = page.getByRole('searchbox');
    if ((await searchbox.count()) === 0)
      fail('no search box on / (expected an <input type="search"> or role="searchbox", with a label)');
    await tabUntil(page, (i) => i.tag === 'input' && (i.type === 'search' || i.role === 'searchbox'), {
      what: 'the search box',
    });

    // 3. type and submit with Enter
    const before = page.url();
    await page.keyboard.type('OIN');
    await Promise.all([
      page.waitForURL((u) => u.href !== before, { timeout: 10000 }).catch(() => {}),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForLoadState('load');
    const resultsUrl = page.url();

    // 4. a live region announces the number of results
    const live = await page
      .waitForFunction(
        () => {
          const regions = [
            ...document.querySelectorAll(
              '[aria-live]:not([aria-live=off]), [role=status], [role=log], [role=alert], output',
            ),
          ];
          const hit = regions.find((r) => /\d/.test(r.textContent) && r.textContent.trim().length > 0);
          return hit ? hit.textContent.replace(/\s+/g, ' ').trim() : false;
        },
        null,
        { timeout: 15000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!live)
      fail(
        `after searching "OIN" (${resultsUrl}) no live region (aria-live, role=status) shows a result count within 15 s`,
      );
    const count = parseInt(live.match(/\d+/)[0], 10);
    if (!(count > 0)) fail(`search for "OIN" found no results: live region says "${live}"`);

    // 5. Tab to a result (a link in <main> after the live region) and open it with Enter
    const result = await tabUntil(
      page,
      async (i, p) =>
        i.tag === 'a' &&
        i.href &&
        !i.href.startsWith('#') &&
        (await p.evaluate(() => {
          const el = document.activeElement;
          const main = el.closest('main, [role=main]');
          if (!main || el.closest('nav, header, footer, aside, [role=navigation]')) return false;
          const region = [
            ...document.querySelectorAll('[aria-live]:not([aria-live=off]), [role=status], [role=log], output'),
          ].find((r) => /\d/.test(r.textContent));
          return !region || !!(region.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        })),
      { max: 80, what: 'a search result link (in <main>, after the result count)' },
    );
    await Promise.all([
      page.waitForURL((u) => u.href !== resultsUrl, { timeout: 10000 }).catch(() => {}),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForLoadState('load');
    const landed = new URL(page.url());
    if (landed.href === resultsUrl) fail(`Enter on result ${result.desc} did not open it`);
    if (!existsPath(landed.pathname)) fail(`result ${result.desc} leads to ${landed.pathname}, which is not in dist/`);
    const h1 = await page.locator('h1').count();
    if (!h1) fail(`result page ${landed.pathname} has no <h1>`);
    return `live region: "${live}"; opened ${landed.pathname}`;
  },
};
