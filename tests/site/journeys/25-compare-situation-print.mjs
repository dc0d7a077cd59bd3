// Journeys on /vergelijk/ and /vergelijk/alles/: switching the named situation (keyboard, with and
// without JavaScript) and printing every form of the full matrix readably on A4.
import { fail, open, tabUntil } from '../lib/keyboard.mjs';

/** The visible situation blocks (div.sit on /vergelijk/, tbody.sit on /vergelijk/alles/) and the label of the one shown. */
const shownSituations = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main div.sit, main tbody.sit')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => t.querySelector('.sit-uitleg strong, tr.group th')?.textContent.trim() ?? ''),
  );

export default [
  {
    name: 'keyboard: switch the comparison to the DigiD situation; one situation shows, the URL keeps it',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/vergelijk/');
      const before = await shownSituations(page);
      if (before.length !== 1)
        fail(`on load ${before.length} situations show in the table, expected exactly 1: ${JSON.stringify(before)}`);
      await tabUntil(page, (i) => i.tag === 'input' && i.type === 'radio', {
        what: 'the situation radio buttons',
        max: 80,
      });
      // arrow keys move within a radio group and select
      for (let i = 0; i < 6; i++) {
        const id = await page.evaluate(() => document.activeElement.value);
        if (id === 'digid') break;
        await page.keyboard.press('ArrowDown');
      }
      const chosen = await page.evaluate(() => document.activeElement.value);
      if (chosen !== 'digid') fail(`arrow keys did not reach the DigiD situation (at "${chosen}")`);
      const after = await shownSituations(page);
      if (after.length !== 1 || !/digid/i.test(after[0]))
        fail(`after choosing DigiD the table shows ${JSON.stringify(after)}`);
      if (!/situatie=digid/.test(page.url())) fail(`the URL does not keep the situation: ${page.url()}`);
      await page.reload({ waitUntil: 'load' });
      const reloaded = await shownSituations(page);
      if (!/digid/i.test(reloaded[0] ?? ''))
        fail(`after reload with ?situatie=digid the comparison shows ${JSON.stringify(reloaded)}`);
      // the full matrix: the same choice by radio button (CSS only), one row per obstacle
      await open(page, baseURL, '/vergelijk/alles/');
      await page.getByRole('radio', { name: /digid/i }).check();
      const inMatrix = await shownSituations(page);
      if (inMatrix.length !== 1 || !/digid/i.test(inMatrix[0]))
        fail(`on /vergelijk/alles/ after choosing DigiD the table shows ${JSON.stringify(inMatrix)}`);
      // the DigiD obstacle is no longer "niet van toepassing" for every form in this situation
      const digidRow = await page.evaluate(() => {
        const t = [...document.querySelectorAll('tbody.sit')].find((x) => x.getClientRects().length > 0);
        const tr = [...t.querySelectorAll('tr')].find(
          (r) => /DigiD/.test(r.querySelector('th')?.textContent ?? '') && r.querySelector('td[class*=sev-]'),
        );
        return tr ? [...tr.querySelectorAll('td')].map((td) => td.className) : null;
      });
      if (!digidRow) fail('no DigiD obstacle row in the DigiD situation');
      if (digidRow.every((c) => /sev-nvt/.test(c)))
        fail('in the DigiD situation the DigiD obstacle is "niet van toepassing" for every form');
      return `DigiD situation shown, kept in the address and on /vergelijk/alles/`;
    },
  },
  {
    name: 'print: every form of the full matrix (/vergelijk/alles/) is on A4 paper, readable (no JavaScript)',
    async run({ baseURL, browser }) {
      const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 680, height: 1000 } });
      const p = await ctx.newPage();
      try {
        await open(p, baseURL, '/vergelijk/alles/');
        await p.emulateMedia({ media: 'print' });
        const r = await p.evaluate(() => {
          const names = [...document.querySelectorAll('.compare thead th[scope=col]')]
            .slice(1)
            .map((th) => th.textContent.trim());
          const cells = [...document.querySelectorAll('.compare td[data-vorm]')].filter(
            (td) => td.getClientRects().length > 0,
          );
          const page = document.documentElement.clientWidth;
          const bad = cells
            .map((td) => ({ vorm: td.dataset.vorm, rect: td.getBoundingClientRect() }))
            .filter(({ rect }) => rect.right > page + 1 || rect.left < -1 || rect.width < 200);
          const shown = new Set(cells.map((td) => td.dataset.vorm));
          return {
            names,
            shown: [...shown],
            bad: bad
              .slice(0, 5)
              .map((b) => `${b.vorm}: left ${Math.round(b.rect.left)}, width ${Math.round(b.rect.width)}`),
            page,
            n: cells.length,
          };
        });
        const missing = r.names.filter((n) => !r.shown.includes(n));
        if (missing.length) fail(`printed comparison lacks ${JSON.stringify(missing)}`);
        if (r.bad.length)
          fail(`printed cells are cut off or too narrow on a ${r.page}px wide A4 page: ${r.bad.join('; ')}`);
        return `${r.names.length} forms, ${r.n} cells, all within ${r.page}px`;
      } finally {
        await ctx.close();
      }
    },
  },
];
