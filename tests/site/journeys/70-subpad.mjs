// The site works where it is published: every request a page makes stays under the base path and
// succeeds (the server answers 404 outside it), navigation, search (Pagefind's bundle and index) and
// the explorer (its data, its client-side links) follow the base. Runs in every site check; in the
// sub-path check (`npm run test:subpad`) the base is "/samenwerkingswijzer/".
import { fail, open } from '../lib/keyboard.mjs';

export default {
  name: 'subpad: links, search and explorer follow the base path',
  async run({ page, baseURL, base }) {
    const origin = new URL(baseURL).origin;
    const prefix = base.replace(/\/$/, '');
    const buiten = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === origin && !(u.pathname === prefix || u.pathname.startsWith(prefix + '/')))
        buiten.push(u.pathname);
    });
    const mislukt = [];
    page.on('response', (r) => r.status() >= 400 && mislukt.push(`${r.status()} ${new URL(r.url()).pathname}`));

    await open(page, baseURL, '/');
    // a nav link (written as a site path) leads to a page under the base
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vormen' }).click();
    await page.waitForLoadState('load');
    if (new URL(page.url()).pathname !== `${prefix}/vormen/`) fail(`the Vormen link went to ${page.url()}`);

    // search: the header form submits to the search page under the base, Pagefind loads from there
    await page.getByRole('searchbox').first().fill('OIN');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForLoadState('load');
    if (new URL(page.url()).pathname !== `${prefix}/zoeken/`) fail(`the search form went to ${page.url()}`);
    const eerste = page.locator('#zoek-resultaten a').first();
    await eerste
      .waitFor({ timeout: 15000 })
      .catch(() => fail('search gave no result link (Pagefind not found under the base path?)'));
    const href = await eerste.getAttribute('href');
    if (!href?.startsWith(prefix + '/')) fail(`a search result links to ${href}, outside ${base}`);

    // explorer with JavaScript: answer the first question in place; the new address keeps the base
    await open(page, baseURL, '/verkenner/');
    const optie = page.locator('a.vk-optie').first();
    await optie.waitFor();
    await page
      .waitForFunction(() => !document.querySelector('[data-vk-export]')?.hasAttribute('hidden'), null, {
        timeout: 15000,
      })
      .catch(() => {});
    await optie.click();
    await page
      .waitForFunction((p) => location.pathname.startsWith(p + '/verkenner/v/'), prefix, { timeout: 10000 })
      .catch(() => fail(`after an answer the address is ${page.url()}`));
    const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const zonder = links.filter((h) => !(h === prefix || h.startsWith(prefix + '/')));
    if (zonder.length) fail(`the explorer rendered links without the base path: ${zonder.slice(0, 5).join(', ')}`);

    if (buiten.length) fail(`requests outside ${base}: ${[...new Set(buiten)].slice(0, 5).join(', ')}`);
    if (mislukt.length) fail(`failed requests: ${[...new Set(mislukt)].slice(0, 5).join(', ')}`);
    return `base ${base}; ${links.length} explorer links checked`;
  },
};
