// Journeys on /vergelijk/ for the forms the reader chose: the choice works without JavaScript, a phone
// reads per question with the form's name on every answer and no sideways scroll, a laptop keeps the
// form names in view, three forms print on at most four A4 pages, and the default view stays within the
// reading budget.
import { join } from 'node:path';
import { fail, open, tabUntil } from '../lib/keyboard.mjs';
import { pageWeight, READING_BUDGET } from './07-reading-budget.mjs';

const DIST = process.env.SITE_DIST || 'dist';
/** three forms that are not the default choice, so that the test sees the choice, not the default */
const DRIE = ['Lichte regeling', 'DVO', 'Detachering'];
export const MAX_PRINT_PAGES = 4;

/** per question block: the names of the forms whose answers show */
const shownPerQuestion = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.vgl .vraag')]
      .filter((q) => q.getClientRects().length > 0)
      .map((q) => ({
        vraag: q.querySelector('h3')?.textContent.trim() ?? '?',
        namen: [...q.querySelectorAll('.antw')]
          .filter((a) => a.getClientRects().length > 0)
          .map((a) => (a.querySelector('.naam')?.textContent ?? '').replace(/\u00ad/g, '').trim()),
      })),
  );

/** choose exactly `names` with the keyboard: Tab through the checkboxes, Space where a box must change */
async function chooseByKeyboard(page, names) {
  await tabUntil(page, (i) => i.tag === 'input' && i.type === 'checkbox', { what: 'the first form checkbox', max: 80 });
  for (let step = 0; step < 20; step++) {
    const box = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.type === 'checkbox' ? { label: el.closest('label')?.textContent.trim(), checked: el.checked } : null;
    });
    if (!box) break;
    if (box.checked !== names.includes(box.label)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  const checked = await page.evaluate(() =>
    [...document.querySelectorAll('input[name=vorm]:checked')].map((b) => b.closest('label').textContent.trim()),
  );
  if (checked.length !== names.length || names.some((n) => !checked.includes(n)))
    fail(
      `after choosing by keyboard the checked forms are ${JSON.stringify(checked)}, expected ${JSON.stringify(names)}`,
    );
}

function expectOnly(blocks, names, where) {
  if (blocks.length < 5) fail(`${where}: only ${blocks.length} question blocks show on /vergelijk/`);
  for (const b of blocks) {
    const extra = b.namen.filter((n) => !names.includes(n));
    const missing = names.filter((n) => !b.namen.includes(n));
    if (extra.length || missing.length)
      fail(
        `${where}: question "${b.vraag}" shows ${JSON.stringify(b.namen)}; expected exactly ${JSON.stringify(names)}`,
      );
  }
}

export default [
  {
    name: 'vergelijk without JavaScript: three forms chosen by keyboard show those three only, in every question',
    javaScriptEnabled: false,
    async run({ page, baseURL }) {
      await open(page, baseURL, '/vergelijk/');
      const before = await shownPerQuestion(page);
      if (!before.length || before[0].namen.length < 2 || before[0].namen.length > 4)
        fail(`the default view shows ${before[0]?.namen.length ?? 0} forms; expected 2 to 4`);
      await chooseByKeyboard(page, DRIE);
      // the link "Toon vergelijking" goes to the comparison on the same page: the choice stays
      await tabUntil(page, (i) => i.tag === 'a' && /toon vergelijking/i.test(i.text ?? ''), {
        what: 'the link "Toon vergelijking"',
        max: 20,
      });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      if (!page.url().endsWith('#vergelijking')) fail(`"Toon vergelijking" went to ${page.url()}, not #vergelijking`);
      expectOnly(await shownPerQuestion(page), DRIE, 'without JavaScript');
      // the skip link goes past the comparison
      const skip = page.getByRole('link', { name: /sla de vergelijking over/i });
      if ((await skip.count()) !== 1) fail('no link "Sla de vergelijking over" on /vergelijk/');
      const target = await skip.getAttribute('href');
      const after = await page.evaluate(
        (id) => {
          const t = document.getElementById(id);
          const v = document.getElementById('vergelijking');
          return !!t && !!v && !!(v.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) && !v.contains(t);
        },
        (target ?? '').replace(/^#/, ''),
      );
      if (!after) fail(`the skip link points to ${target}, which is not after the comparison`);
      return `${DRIE.join(', ')} in each of ${before.length} questions`;
    },
  },
  {
    name: 'vergelijk with JavaScript: the choice is kept in the address and restored on reload',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/vergelijk/');
      await chooseByKeyboard(page, DRIE);
      const url = new URL(page.url());
      const inUrl = url.searchParams.getAll('vorm');
      if (inUrl.length !== DRIE.length) fail(`the address keeps ${JSON.stringify(inUrl)} after choosing three forms`);
      await page.reload({ waitUntil: 'load' });
      expectOnly(await shownPerQuestion(page), DRIE, 'after reload');
      if (!(await page.getByRole('button', { name: /print/i }).isVisible()))
        fail('no visible print button with JavaScript');
      return `address ${url.search}`;
    },
  },
  {
    name: 'vergelijk on a phone (390×844): per question, every answer under its form name, no sideways scroll',
    async run({ browser, baseURL }) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const p = await ctx.newPage();
      try {
        await open(p, baseURL, '/vergelijk/');
        const r = await p.evaluate(() => {
          const names = [...document.querySelectorAll('input[name=vorm]')].map((b) =>
            b.closest('label').textContent.trim(),
          );
          const answers = [...document.querySelectorAll('.vgl .antw')].filter((a) => a.getClientRects().length > 0);
          const unnamed = answers.filter((a) => {
            const n = a.querySelector('.naam');
            if (!n) return true;
            const box = n.getBoundingClientRect();
            // (long names may carry soft hyphens, where a heading may break)
            return box.width < 20 || box.height < 10 || !names.includes(n.textContent.replace(/\u00ad/g, '').trim());
          });
          return {
            n: answers.length,
            unnamed: unnamed.length,
            scroll: document.documentElement.scrollWidth,
            width: innerWidth,
          };
        });
        if (r.n < 10) fail(`only ${r.n} answers show on a phone`);
        if (r.unnamed) fail(`${r.unnamed} of ${r.n} answers on a phone do not show their form's name above them`);
        if (r.scroll > r.width) fail(`/vergelijk/ scrolls sideways on a phone: ${r.scroll}px wide in ${r.width}px`);
        return `${r.n} answers, each named; width ${r.scroll}px`;
      } finally {
        await ctx.close();
      }
    },
  },
  {
    name: 'vergelijk on a laptop (1366×900): the chosen forms side by side, their names in view while scrolling',
    async run({ browser, baseURL }) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const p = await ctx.newPage();
      try {
        await open(p, baseURL, '/vergelijk/');
        await p.evaluate(() => document.getElementById('vraag-kosten')?.scrollIntoView());
        await p.evaluate(() => scrollBy(0, 150));
        const r = await p.evaluate(() => {
          const kop = [...document.querySelectorAll('.vgl-namen .v')].filter((x) => x.getClientRects().length > 0);
          const row = [...document.querySelectorAll('#vraag-kosten ~ .rij .antw')].filter(
            (x) => x.getClientRects().length > 0,
          );
          return {
            kop: kop.map((k) => ({
              t: k.textContent.trim(),
              top: k.getBoundingClientRect().top,
              left: k.getBoundingClientRect().left,
            })),
            cols: row.map((a) => Math.round(a.getBoundingClientRect().left)),
            tops: row.map((a) => Math.round(a.getBoundingClientRect().top)),
          };
        });
        if (r.kop.length < 2) fail(`the form names above the comparison show ${r.kop.length} names on a laptop`);
        if (r.kop.some((k) => k.top < 0 || k.top > 120))
          fail(`the form names scrolled away: tops ${r.kop.map((k) => Math.round(k.top))}`);
        if (new Set(r.tops).size !== 1 || new Set(r.cols).size !== r.cols.length)
          fail(`the answers on costs are not side by side: lefts ${r.cols}, tops ${r.tops}`);
        if (r.kop.some((k, i) => Math.abs(k.left - r.cols[i]) > 24))
          fail(`the sticky names do not stand above their columns`);
        return `${r.kop.map((k) => k.t).join(' | ')} in view at the costs question`;
      } finally {
        await ctx.close();
      }
    },
  },
  {
    name: 'vergelijk print: three forms side by side on at most 4 A4 pages, with date, situation and numbered notes',
    async run({ browser, baseURL }) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });
      const p = await ctx.newPage();
      try {
        await open(p, baseURL, '/vergelijk/');
        await chooseByKeyboard(p, DRIE);
        await p.emulateMedia({ media: 'print' });
        const r = await p.evaluate(() => {
          const vis = (el) => el && el.getClientRects().length > 0;
          const form = document.getElementById('vergelijk-keuze');
          const kop = [...document.querySelectorAll('.vgl .print-only')].find(vis)?.textContent ?? '';
          const notes = [...document.querySelectorAll('.noot-lijst li')].filter(vis);
          const row = [...document.querySelectorAll('#vraag-raad ~ .rij .antw')].filter(vis);
          return {
            formShown: vis(form),
            kop: kop.replace(/\s+/g, ' ').trim(),
            notes: notes.length,
            urls: notes.filter((n) => /https?:\/\//.test(n.textContent)).length,
            tops: row.map((a) => Math.round(a.getBoundingClientRect().top)),
          };
        });
        if (r.formShown) fail('the on-screen choice (instructions, checkboxes) prints on paper');
        if (!/stand van \d{1,2} \w+ \d{4}/.test(r.kop)) fail(`the print has no build date: "${r.kop}"`);
        if (!/Situatie voor de belemmeringen: [^.]+\./.test(r.kop))
          fail(`the print does not name the situation: "${r.kop}"`);
        if (r.notes < 3) fail(`the print lists ${r.notes} numbered notes`);
        if (r.urls) fail(`${r.urls} printed notes show a raw URL instead of a title`);
        if (r.tops.length !== 3 || new Set(r.tops).size !== 1)
          fail(`the three forms do not print side by side: tops ${r.tops}`);
        const pdf = await p.pdf({ format: 'A4', printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
        if (pages < 1) fail('could not count the pages of the PDF');
        if (pages > MAX_PRINT_PAGES) fail(`three forms print on ${pages} A4 pages; at most ${MAX_PRINT_PAGES}`);
        return `${pages} A4 page(s), ${r.notes} notes`;
      } finally {
        await ctx.close();
      }
    },
  },
  {
    name: 'vergelijk default view within the 14 KB gzip reading budget (HTML + CSS)',
    async run() {
      const w = pageWeight(DIST, join(DIST, 'vergelijk', 'index.html'));
      if (w.total > READING_BUDGET)
        fail(
          `/vergelijk/ weighs ${w.total} bytes gzip (HTML ${w.html} + CSS ${w.css}); the budget is ${READING_BUDGET}`,
        );
      return `${(w.total / 1024).toFixed(1)} KB gzip (≤ ${READING_BUDGET / 1024} KB)`;
    },
  },
];
