// Journeys of the option explorer (/verkenner/): one goal by keyboard with and without JavaScript, several
// goals at once with JavaScript, the motion preset's memo without JavaScript, print, back/forward and the
// permalink, and malformed URLs.
import { fail, focusInfo, tabUntil, open } from '../lib/keyboard.mjs';

const FG = [
  /gedeelde functionaris gegevensbescherming/i,
  /^10 tot en met 14 gemeenten/,
  /^Bij een van de deelnemende gemeenten/,
  /^Nee, kleiner dan de drempel/,
];
/** the SOC's questions after those of the FG: a party of IT Platform Twente that can stay three years */
const SOC = [/^Ja, wij zijn partij/, /^Nee, drie jaar of langer/];
const UITKOMST = '/verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/waarde-onder-drempel/';
const MEERDERE =
  '/verkenner/v/doel-privacy-officer.fg.ciso.soc/?aantal=10-14&werkgever=gemeente&waarde=onder-drempel&platform=ja&stoppen=later';

const h1 = (page) =>
  page
    .locator('h1')
    .first()
    .innerText()
    .catch(() => '');

/** Tab to the link whose text matches re, press Enter, wait for the next question or outcome. */
async function kiesMetToetsenbord(page, re, what) {
  const before = await h1(page);
  await tabUntil(page, (i) => i.tag === 'a' && re.test(i.text), { what, max: 80 });
  await page.keyboard.press('Enter');
  await page
    .waitForFunction((b) => document.querySelector('h1')?.textContent?.trim() !== b.trim(), before, { timeout: 5000 })
    .catch(() => {});
  await page.waitForLoadState('load');
  const after = await h1(page);
  if (after === before) fail(`choosing "${what}" did not lead to the next step (still "${before}" at ${page.url()})`);
}

async function loopFg(page, baseURL) {
  await open(page, baseURL, '/verkenner/');
  for (const re of FG) await kiesMetToetsenbord(page, re, `the answer ${re}`);
  if (!page.url().endsWith(UITKOMST)) fail(`the walk ended at ${page.url()}, expected ${UITKOMST}`);
  const titel = await h1(page);
  if (!/^Uitkomst/.test(titel)) fail(`the last page is not an outcome: h1 "${titel}"`);
  const advies = await page.locator('.vk-advies li').allInnerTexts();
  if (advies.length !== 1 || !/Laat één gemeente de FG in dienst nemen/.test(advies[0]))
    fail(`the advice for a shared FG is not the route "one municipality employs": ${JSON.stringify(advies)}`);
  if (!(await page.locator('#vk-bronnen-kop').count())) fail('the outcome has no sources section');
  return page.locator('#verkenner').innerHTML();
}

export default [
  {
    name: 'keyboard: explorer, one goal (FG) with JavaScript (island), focus to each new question',
    async run({ page, baseURL }) {
      await loopFg(page, baseURL);
      const f = await focusInfo(page);
      if (!(f.tag === 'h1' && f.visible))
        fail(`after the last answer focus should move to the new heading, it is on ${f.desc}`);
      const metingen = await page.evaluate(() => performance.getEntriesByName('vk-antwoord-tot-uitkomst').length);
      if (metingen < FG.length)
        fail(`the island answered ${metingen} of ${FG.length} steps in place; the rest were full page loads`);
      return `${metingen} answers in place`;
    },
  },
  {
    name: 'keyboard: explorer, one goal (FG) without JavaScript (static pages)',
    async run({ browser, baseURL }) {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      try {
        await loopFg(page, baseURL);
        if (await page.locator('[data-vk-export]:visible, [data-vk-meerdere]:visible').count())
          fail('controls that need JavaScript are visible without it');
      } finally {
        await ctx.close();
      }
    },
  },
  {
    name: 'keyboard: explorer, several goals at once with JavaScript (privacy officer, FG, CISO, SOC)',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/verkenner/');
      await page
        .waitForSelector('form[data-vk-meerdere]:not([hidden])', { timeout: 5000 })
        .catch(() => fail('the form to pick several goals did not appear with JavaScript'));
      // checkboxes in the order of the goals; a checkbox's value is the goal id
      for (const id of ['privacy-officer', 'fg', 'ciso', 'soc']) {
        await tabUntil(page, (i) => i.tag === 'input' && i.type === 'checkbox' && i.text === id, {
          what: `the checkbox for ${id}`,
          max: 80,
        });
        await page.keyboard.press('Space');
      }
      await tabUntil(page, (i) => i.tag === 'button' && /Verder met deze doelen/.test(i.text), {
        what: 'the button "Verder met deze doelen"',
        max: 20,
      });
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => /hoeveel gemeenten/.test(document.querySelector('h1')?.textContent ?? ''), null, {
          timeout: 5000,
        })
        .catch(() => {});
      for (const re of [...FG.slice(1), ...SOC]) await kiesMetToetsenbord(page, re, `the answer ${re}`);
      if (!page.url().endsWith(MEERDERE)) fail(`several goals ended at ${page.url()}, expected ${MEERDERE}`);
      const advies = await page.locator('.vk-advies li').count();
      if (advies !== 4) fail(`the outcome gives advice for ${advies} goals, expected 4`);
      if (!(await page.locator('#vk-delen-doelen').count())) fail('the outcome does not say what the goals can share');
      // the memo for this combination is made in the browser
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 5000 }).catch(() => null),
        page.focus('[data-vk-actie="docx:raadsinformatiebrief"]').then(() => page.keyboard.press('Enter')),
      ]);
      if (!download || !/^raadsinformatiebrief-.+\.docx$/.test(download.suggestedFilename()))
        fail(
          `the button "Raadsinformatiebrief (Word)" did not give a named .docx file (${download?.suggestedFilename()})`,
        );
      // the same URL opened fresh: the page of these goals, the island reads the other answers from the query string
      await page.goto(baseURL + MEERDERE, { waitUntil: 'load' });
      await page
        .waitForFunction(() => /^Uitkomst/.test(document.querySelector('h1')?.textContent ?? ''), null, {
          timeout: 5000,
        })
        .catch(() => {});
      if (!/^Uitkomst/.test(await h1(page)))
        fail(`opening ${MEERDERE} afresh does not show the outcome (h1 "${await h1(page)}")`);
      if ((await page.locator('.vk-advies li').count()) !== 4) fail('the reopened outcome lost goals');
      return '4 goals, one outcome';
    },
  },
  {
    name: 'explorer: the motion preset and its memo without JavaScript (static .docx and Markdown)',
    async run({ browser, baseURL }) {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      try {
        await open(page, baseURL, '/verkenner/motie-hof-van-twente/');
        const advies = await page.locator('.vk-advies li').count();
        if (advies !== 5) fail(`the motion page gives advice for ${advies} functions, expected 5`);
        const body = await page.locator('main').innerText();
        if (!/niet ingevuld/.test(body)) fail('the motion page does not say that the "vastgesteld" line is blank');
        if (!/Peildatum/.test(body)) fail('the motion page does not place its moments from a date');
        const docx = await page
          .locator('a[href$="raadsinformatiebrief-motie-ict-informatieveiligheid-privacy-hof-van-twente.docx"]')
          .first()
          .getAttribute('href');
        const md = await page
          .locator('a[href$="raadsinformatiebrief-motie-ict-informatieveiligheid-privacy-hof-van-twente.md"]')
          .first()
          .getAttribute('href');
        if (!docx || !md) fail('the motion page has no static memo downloads');
        const rd = await page.request.get(baseURL + docx);
        const bytes = await rd.body();
        if (rd.status() !== 200 || bytes.subarray(0, 2).toString() !== 'PK')
          fail(`${docx} is not a .docx (ZIP) file (HTTP ${rd.status()})`);
        const tekst = await (await page.request.get(baseURL + md)).text();
        for (const moet of ['art. 37 lid 3', '15.1 sub b', 'IT Platform Twente', '## Beslispunten', '**Onderwerp**'])
          if (!tekst.includes(moet)) fail(`the motion memo does not name "${moet}"`);
        return `${bytes.length} bytes .docx, ${tekst.length} chars Markdown`;
      } finally {
        await ctx.close();
      }
    },
  },
  {
    name: 'explorer: print shows every folded section and hides the controls',
    async run({ page, baseURL }) {
      await open(page, baseURL, UITKOMST);
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => {
        const velden = [...document.querySelectorAll('.vk-velden')];
        return {
          velden: velden.length,
          zichtbaar: velden.filter((x) => x.getBoundingClientRect().height > 0).length,
          knoppen: [...document.querySelectorAll('.no-print')].filter((x) => x.getBoundingClientRect().height > 0)
            .length,
        };
      });
      if (!r.velden || r.zichtbaar !== r.velden)
        fail(`in print ${r.zichtbaar} of ${r.velden} folded route sections show`);
      if (r.knoppen) fail(`${r.knoppen} screen-only controls show in print`);
      return `${r.velden} route sections unfolded`;
    },
  },
  {
    name: 'explorer: back and forward follow the answers; the permalink reproduces the outcome',
    async run({ page, baseURL, context }) {
      const html = await loopFg(page, baseURL);
      await page.goBack();
      await page
        .waitForFunction(() => !/^Uitkomst/.test(document.querySelector('h1')?.textContent ?? ''), null, {
          timeout: 5000,
        })
        .catch(() => {});
      if (/^Uitkomst/.test(await h1(page))) fail('Back did not go to the previous question');
      if (!/\/verkenner\/v\/doel-fg\/aantal-10-14\/werkgever-gemeente\/$/.test(page.url()))
        fail(`Back went to ${page.url()}`);
      await page.goForward();
      await page
        .waitForFunction(() => /^Uitkomst/.test(document.querySelector('h1')?.textContent ?? ''), null, {
          timeout: 5000,
        })
        .catch(() => {});
      if (!/^Uitkomst/.test(await h1(page))) fail('Forward did not return to the outcome');
      const vers = await context.newPage();
      await open(vers, baseURL, UITKOMST);
      const statisch = await vers.locator('#verkenner').innerHTML();
      const norm = (s) =>
        s
          .replace(/\s+/g, ' ')
          .replace(/ hidden=""| hidden/g, '')
          .trim();
      if (norm(statisch) !== norm(html)) {
        const a = norm(statisch),
          b = norm(html);
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        fail(
          `the permalink's page differs from the outcome the island rendered, from: …${a.slice(Math.max(0, i - 60), i + 80)}… vs …${b.slice(Math.max(0, i - 60), i + 80)}…`,
        );
      }
      await vers.close();
    },
  },
  {
    name: 'explorer: malformed and random URLs give a clear message and a way back, never a blank page',
    async run({ page, baseURL }) {
      const vaste = [
        '/verkenner/v/doel-fg/onzin/',
        '/verkenner/v/bestaat-niet/',
        '/verkenner/v/doel-fg/aantal-99/',
        '/verkenner/v/%E0%A4%A/',
        '/verkenner/v/doel-ict/<script>/',
        '/verkenner/v/doel-soc/werkgever-gemeente/',
        '/verkenner/v/doel-fg/doel-fg/',
      ];
      let seed = 7;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const delen = [
        'doel-fg',
        'doel-ict',
        'doel-x',
        'aantal-2-4',
        'aantal-99',
        'werkgever-extern',
        'taken-x',
        'x',
        '..',
        'ü',
        '%20',
      ];
      const willekeurig = Array.from(
        { length: 14 },
        () =>
          '/verkenner/v/' +
          Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => delen[Math.floor(rnd() * delen.length)]).join('/') +
          '/',
      );
      let onbekend = 0;
      for (const p of [...vaste, ...willekeurig]) {
        const resp = await page.goto(baseURL + p, { waitUntil: 'load' });
        const status = resp?.status() ?? 0;
        const titel = await h1(page);
        if (!titel) fail(`${p} shows no heading (HTTP ${status})`);
        if (status >= 400) {
          onbekend++;
          // an unreadable URL is explained; a readable one without a static page is shown by the island
          await page
            .waitForFunction(
              () => /kunnen wij niet lezen|^Uitkomst|\?$/.test(document.querySelector('h1')?.textContent?.trim() ?? ''),
              null,
              { timeout: 5000 },
            )
            .catch(() => {});
          const t = await h1(page);
          if (/kunnen wij niet lezen/.test(t)) {
            const terug = await page
              .getByRole('link', { name: /laatste geldige antwoord/ })
              .getAttribute('href')
              .catch(() => null);
            if (!terug) fail(`${p}: no link to continue from the last valid answer`);
            const r2 = await page.goto(baseURL + terug, { waitUntil: 'load' });
            if ((r2?.status() ?? 0) >= 400) fail(`${p}: "continue" goes to ${terug}, which does not exist`);
          } else if (!/^Uitkomst|\?$/.test(t))
            fail(`${p}: the 404 page neither explains the URL nor shows the state (h1 "${t}")`);
        }
        const body = (await page.locator('body').innerText()).trim();
        if (body.length < 50) fail(`${p} shows an (almost) blank page`);
        if (/at \w+ \(|TypeError|ReferenceError/.test(body)) fail(`${p} shows a stack trace`);
      }
      return `${vaste.length + willekeurig.length} URLs, ${onbekend} without a static page handled`;
    },
  },
];
