// Phone chrome: the header and navigation leave the first screen to the content, the menu folds and
// works without JavaScript, no heading cuts a word, no page is wider than a 320 px screen, and a table
// wider than its box says that it scrolls (and can be scrolled by keyboard).
import { fail, focusInfo } from '../lib/keyboard.mjs';

/** header and navigation: at most a fifth of the first screen at 390 × 844 */
export const HEADER_BUDGET = 844 / 5;

/** every page except the explorer's generated steps and outcomes, of which an even sample; at 390 px every
    form page, every index and the first pages of each section (the 320 px pass covers every page) */
const at390 = (p, all) =>
  /^\/(vormen\/|vergelijk|zoeken|verkenner\/$|$)/.test(p) ||
  p.split('/').length <= 3 ||
  all.filter((q) => q.split('/')[1] === p.split('/')[1]).indexOf(p) < 3;
function pagesToCheck(pagePaths, sample = 8) {
  const explorer = pagePaths.filter((p) => p.startsWith('/verkenner/v/'));
  const rest = pagePaths.filter((p) => !p.startsWith('/verkenner/v/') && p !== '/404.html');
  const step = Math.max(1, Math.floor(explorer.length / sample));
  return [...rest, ...explorer.filter((_, i) => i % step === 0).slice(0, sample)];
}

/** in the page: problems with headings (a word over two lines or wider than the screen) and with the page width */
function layoutProblems() {
  const out = [];
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > w) {
    // name the widest culprit outside scroll regions
    let worst = null;
    for (const e of document.querySelectorAll('main *, header *')) {
      if (e.closest('.table-wrap, svg')) continue;
      const r = e.getBoundingClientRect();
      if (r.right > w + 1 && (!worst || r.right > worst.r))
        worst = {
          r: r.right,
          d: `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''} "${(e.textContent || '').trim().slice(0, 50)}"`,
        };
    }
    out.push(
      `page is ${document.documentElement.scrollWidth} px wide at ${w} px${worst ? `; widest: ${worst.d}` : ''}`,
    );
  }
  for (const h of document.querySelectorAll('h1, h2, h3, h4')) {
    if (!h.getClientRects().length) continue;
    const tw = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = tw.nextNode())) {
      // a word is a run of letters; a break at a space, a hyphen or a soft hyphen is allowed. The line of a
      // letter is the top of its last rect (a soft hyphen's glyph is reported with the letter after it)
      const lineOf = (i) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const rs = [...r.getClientRects()];
        return rs.length ? rs[rs.length - 1] : null;
      };
      for (const m of n.textContent.matchAll(/[\p{L}\p{N}]+/gu)) {
        const a = lineOf(m.index);
        const b = lineOf(m.index + m[0].length - 1);
        if (!a || !b) continue;
        if (Math.abs(a.top - b.top) > 2)
          out.push(
            `${h.tagName.toLowerCase()} "${h.textContent.trim().slice(0, 60)}" breaks inside the word "${m[0]}"`,
          );
        else if (b.right > w + 1)
          out.push(
            `${h.tagName.toLowerCase()} "${h.textContent.trim().slice(0, 60)}": the word "${m[0]}" runs off the screen`,
          );
      }
    }
  }
  return out;
}

/** in the page: every table region wider than its box is focusable, labelled and says that it scrolls */
async function scrollProblems() {
  // the caption hint is a scroll-state container query, which Chromium updates one frame after layout:
  // on a busy machine the load event can come before that frame
  await Promise.race([
    new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    new Promise((r) => setTimeout(r, 1000)),
  ]);
  const out = [];
  for (const wrap of document.querySelectorAll('main .table-wrap, main [role=region]')) {
    if (!wrap.checkVisibility() || wrap.scrollWidth <= wrap.clientWidth + 1) continue;
    const label =
      wrap.getAttribute('aria-label') ||
      (wrap.getAttribute('aria-labelledby') &&
        document.getElementById(wrap.getAttribute('aria-labelledby'))?.textContent);
    const name = (label || '').trim().slice(0, 50) || wrap.className;
    if (wrap.tabIndex !== 0) out.push(`scrolling region "${name}" is not focusable (tabindex="0")`);
    if (wrap.getAttribute('role') !== 'region' || !label)
      out.push(`scrolling region "${name}" has no role=region with a label`);
    const cap = wrap.querySelector('caption');
    const hint = cap ? getComputedStyle(cap, '::after').content : 'none';
    const says = (hint && hint !== 'none' && /schuif/i.test(hint)) || /schuif/i.test(label || '');
    if (!says) out.push(`scrolling region "${name}" does not say that it scrolls (caption hint or label)`);
  }
  return out;
}

export default [
  {
    name: 'phone chrome: header and nav ≤ 1/5 of 390×844, no heading breaks inside a word, nothing wider than 320 px, scrolling tables say so',
    async run({ context, baseURL, pagePaths }) {
      const page = await context.newPage();
      const problems = [];
      const paths = pagesToCheck(pagePaths);
      let maxHeader = 0;
      let n390 = 0;
      for (const p of paths) {
        const widths = at390(p, paths)
          ? [
              [320, 700],
              [390, 844],
            ]
          : [[320, 700]];
        if (widths.length === 2) n390++;
        for (const [w, h] of widths) {
          await page.setViewportSize({ width: w, height: h });
          const res = await page.goto(baseURL + p, { waitUntil: 'load' });
          if (!res || res.status() >= 400) {
            problems.push(`${p}: HTTP ${res?.status()}`);
            break;
          }
          for (const x of await page.evaluate(layoutProblems)) problems.push(`${p} @${w}: ${x}`);
          if (w === 390) {
            const hh = await page.evaluate(() =>
              Math.round(document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0),
            );
            maxHeader = Math.max(maxHeader, hh);
            if (hh > HEADER_BUDGET)
              problems.push(
                `${p}: header and navigation end at ${hh} px, over ${Math.floor(HEADER_BUDGET)} px (a fifth of 844)`,
              );
            if (hh === 0) problems.push(`${p}: no .site-header`);
            for (const x of await page.evaluate(scrollProblems)) problems.push(`${p} @390: ${x}`);
          }
        }
      }
      await page.close();
      if (problems.length)
        fail(
          `${problems.length} problem(s):\n       ${problems.slice(0, 30).join('\n       ')}${problems.length > 30 ? `\n       … and ${problems.length - 30} more` : ''}`,
        );
      return `${paths.length} pages at 320 px, ${n390} of them at 390 px; highest header ${maxHeader} px (≤ ${Math.floor(HEADER_BUDGET)})`;
    },
  },
  {
    name: 'phone chrome: the folded menu opens by keyboard without JavaScript and reaches every section',
    javaScriptEnabled: false,
    async run({ page, baseURL }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(baseURL + '/vormen/centrumgemeente/', { waitUntil: 'load' });
      const hiddenLinks = await page.evaluate(
        () =>
          [...document.querySelectorAll('a')].filter(
            (a) =>
              /^\/(vergelijk|bronnen)\/$/.test(a.getAttribute('href')) && a.closest('header') && a.checkVisibility(),
          ).length,
      );
      if (hiddenLinks) fail(`on a phone the section links show before the menu is opened (${hiddenLinks} visible)`);
      let info;
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        info = await focusInfo(page);
        if (info.tag === 'summary') break;
      }
      if (info?.tag !== 'summary' || !/menu/i.test(info.text))
        fail(`Tab does not reach the menu button in the header; focus at ${info?.desc}`);
      if (!info.visible || !info.indicator)
        fail(`the menu button has no visible focus (${info.outline}; ${info.boxShadow})`);
      const expanded = () => page.evaluate(() => document.activeElement?.parentElement?.open === true);
      await page.keyboard.press('Enter');
      if (!(await expanded())) fail('Enter on the menu button does not open the menu');
      const sections = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const f = await focusInfo(page);
        if (!f.href || !f.visible) break;
        sections.push(f.href);
      }
      for (const want of ['/vormen/', '/vergelijk/', '/verkenner/', '/begrippen/', '/bronnen/'])
        if (!sections.includes(want))
          fail(`the opened menu does not reach ${want} by Tab (reached: ${sections.join(' ')})`);
      // the open menu must not be wider than the screen and must sit on top of the page
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 390) fail(`with the menu open the page is ${w} px wide`);
      return `menu reaches ${sections.length} sections`;
    },
  },
];
