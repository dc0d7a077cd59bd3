// Journey (b): keyboard-only compare on /vergelijk/.
import { fail, focusInfo, tabUntil, open } from '../lib/keyboard.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export default {
  name: 'keyboard: compare two forms on /vergelijk/',
  async run({ page, baseURL }) {
    await open(page, baseURL, '/vergelijk/');
    const boxes = page.getByRole('checkbox');
    const n = await boxes.count();
    if (n < 2) fail(`/vergelijk/ has ${n} checkbox(es); expected one labelled checkbox per form of cooperation`);
    const labels = await boxes.evaluateAll((els) =>
      els.map((el) => {
        const by = el.getAttribute('aria-labelledby');
        const t =
          el.getAttribute('aria-label') ||
          (by &&
            by
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent || '')
              .join(' ')) ||
          [...(el.labels || [])].map((l) => l.textContent).join(' ');
        return t.replace(/\s+/g, ' ').trim();
      }),
    );
    labels.forEach((l, i) => {
      if (!l) fail(`checkbox ${i + 1} on /vergelijk/ has no label`);
    });
    // choose the second and the last form: deliberately not the default-looking "first two"
    const chosen = new Set(n > 2 ? [1, n - 1] : [0, 1]);

    await tabUntil(page, (i) => i.tag === 'input' && i.type === 'checkbox', { what: 'the first checkbox' });
    const visited = new Set();
    let button = null;
    for (let step = 0; step < 120; step++) {
      const info = await focusInfo(page);
      if (info.tag === 'input' && info.type === 'checkbox') {
        const idx = await page.evaluate(() =>
          [...document.querySelectorAll('input[type=checkbox]')].indexOf(document.activeElement),
        );
        const boxIdx = await boxes.evaluateAll((els) => els.indexOf(document.activeElement));
        const i = boxIdx >= 0 ? boxIdx : idx;
        visited.add(i);
        const want = chosen.has(i);
        const before = await page.evaluate(() => document.activeElement.checked);
        if (before !== want) {
          await page.keyboard.press('Space');
          const after = await page.evaluate(() => document.activeElement.checked);
          if (after === before) fail(`Space did not toggle checkbox "${labels[i]}"`);
        }
      } else if (
        visited.size > 0 &&
        ((info.tag === 'button' && info.type !== 'reset' && info.type !== 'button') ||
          (info.tag === 'input' && info.type === 'submit') ||
          (info.tag === 'button' && info.type === 'button' && !/print/i.test(info.text)) ||
          (info.tag === 'a' && /^toon vergelijking$/i.test(info.text)))
      ) {
        button = info;
        break;
      }
      await page.keyboard.press('Tab');
    }
    if (!button) fail(`no submit button reached by Tab after the checkboxes on /vergelijk/`);
    const states = await boxes.evaluateAll((els) => els.map((e) => e.checked));
    states.forEach((c, i) => {
      if (c !== chosen.has(i))
        fail(`checkbox "${labels[i]}" was not reachable by Tab before the submit button (state ${c})`);
    });

    const before = page.url();
    await Promise.all([
      page.waitForURL((u) => u.href !== before, { timeout: 3000 }).catch(() => {}),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForLoadState('load');

    const want = [...chosen].map((i) => labels[i]);
    const all = labels.map(norm);
    const deadline = Date.now() + 8000;
    let last = '';
    while (Date.now() < deadline) {
      // the forms are the column headers (or, in a transposed table, the row headers); other header
      // cells (criteria) may mention form names in passing, so they do not count
      // (the first visible table whose column or row headers name forms is the comparison table)
      const tables = await page.evaluate(() => {
        const vis = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const txt = (th) => th.textContent.replace(/\s+/g, ' ').trim().toLowerCase();
        return [...document.querySelectorAll('main table, main [role=table], main [role=grid]')]
          .filter(vis)
          .map((t) => {
            const q = (sel) => [...t.querySelectorAll(sel)].filter(vis).map(txt);
            return {
              cols: q('thead th, th[scope=col], [role=columnheader]'),
              rows: q('tbody th[scope=row], th[scope=row], [role=rowheader]'),
            };
          });
      });
      // a comparison per question (div blocks, not a table): the names above the visible answers of each question
      const perVraag = await page.evaluate(() =>
        [...document.querySelectorAll('main .vraag')]
          .filter((q) => q.getClientRects().length > 0)
          .map((q) =>
            [...q.querySelectorAll('.antw .naam')]
              .filter((n) => n.closest('.antw').getClientRects().length > 0)
              .map((n) => n.textContent.replace(/\s+/g, ' ').trim().toLowerCase()),
          ),
      );
      if (perVraag.length) tables.unshift(...perVraag.map((cols) => ({ cols, rows: [] })));
      const matches = (hs) => hs.filter((h) => all.some((l) => h === l || h.includes(l)));
      const t = tables.find((x) => matches(x.cols).length || matches(x.rows).length) ??
        tables[0] ?? { cols: [], rows: [] };
      const headers = matches(t.cols).length ? t.cols : t.rows;
      if (!headers.length) {
        last = 'no (visible) table with header cells in <main>';
      } else {
        // map each header to the longest form label it contains
        const shown = new Set();
        for (const h of headers) {
          const match = all
            .map((l, i) => [l, i])
            .filter(([l]) => h === l || h.includes(l))
            .sort((a, b) => b[0].length - a[0].length)[0];
          if (match) shown.add(match[1]);
        }
        const missing = [...chosen].filter((i) => !shown.has(i)).map((i) => labels[i]);
        const extra = [...shown].filter((i) => !chosen.has(i)).map((i) => labels[i]);
        if (!missing.length && !extra.length) return `comparison shows ${want.join(' and ')}`;
        last = `table headers [${headers.join(' | ')}]; missing ${JSON.stringify(missing)}, not chosen but shown ${JSON.stringify(extra)}`;
      }
      await page.waitForTimeout(250);
    }
    fail(`after choosing ${JSON.stringify(want)} and submitting, ${last}`);
  },
};
