// Journey (c): every element reached by Tab shows a focus indicator, on a sample of pages.
import { focusInfo, fail } from '../lib/keyboard.mjs';

const PREFERRED = ['/', '/vergelijk/', '/zoeken/', '/verkenner/', '/vormen/', '/belemmeringen/'];
const SECTIONS = ['vormen', 'belemmeringen', 'casussen', 'organisaties', 'begrippen', 'bronnen'];

export default {
  name: 'keyboard: visible focus indicator on sample pages',
  async run({ page, baseURL, pagePaths }) {
    const sample = PREFERRED.filter((p) => pagePaths.includes(p));
    for (const s of SECTIONS) {
      const first = pagePaths.find((p) => p.startsWith(`/${s}/`) && p !== `/${s}/`);
      if (first) sample.push(first);
    }
    if (!sample.length) fail('no pages to sample');
    const problems = [];
    let stops = 0;
    for (const path of sample) {
      await page.goto(baseURL + path, { waitUntil: 'load' });
      await page.evaluate(() => document.activeElement?.blur());
      let firstDesc = null;
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const info = await focusInfo(page);
        if (info.none) break;
        if (i > 0 && info.desc === firstDesc) break; // wrapped around
        firstDesc ??= info.desc;
        stops++;
        if (!info.visible) problems.push(`${path}: focused ${info.desc} is not visible on screen`);
        else if (!info.indicator)
          problems.push(
            `${path}: focused ${info.desc} has no focus indicator (outline ${info.outline}; box-shadow ${info.boxShadow})`,
          );
      }
    }
    if (problems.length)
      fail(`${problems.length} of ${stops} focus stops fail:\n      ${problems.slice(0, 30).join('\n      ')}`);
    return `${stops} focus stops on ${sample.length} pages: ${sample.join(' ')}`;
  },
};
