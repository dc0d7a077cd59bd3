// Journeys of the cost calculator (/rekenhulp/kosten/), the procedure planner (/planner/) and the
// agenda (/agenda/, /agenda.ics): by keyboard with JavaScript (input in the URL, messages beside the
// field, permalinks), and without JavaScript (worked examples and rules are there, the form is not).
import { fail, focusInfo, open } from '../lib/keyboard.mjs';

const status = (page, id) =>
  page
    .locator(`#${id}`)
    .innerText()
    .catch(() => '');

/** Focus a field by its label and type into it with the keyboard (select all first). */
async function typ(page, label, text) {
  const el = page.getByLabel(label, { exact: true });
  if (!(await el.count())) fail(`no field labelled "${label}" on ${page.url()}`);
  await el.first().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Run `fn` in a fresh context without JavaScript (the runner's context has it on). */
async function zonderJs(browser, baseURL, path, fn) {
  const ctx = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const page = await ctx.newPage();
    await open(page, baseURL, path);
    const scripts = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script').length,
    );
    return await fn(page, scripts);
  } finally {
    await ctx.close();
  }
}

export default [
  {
    name: 'keyboard: cost calculator, input to result, the URL holds the input, the permalink gives the same result',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/rekenhulp/kosten/');
      if (!(await page.locator('#kosten-form').isVisible())) fail('the form is not shown with JavaScript');
      await typ(page, 'Aantal fte van de gedeelde functie', '1');
      await typ(page, 'Kosten van één fte per jaar (in euro)', '90.000');
      await typ(page, 'Opslag van de gastheer (procent van de personeelskosten)', '10');
      await typ(page, 'Aantal gemeenten', '4');
      await typ(page, 'Fte die één gemeente alleen nodig heeft (mag leeg)', '0,5');
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => /Samen €/.test(document.getElementById('kosten-status')?.textContent ?? ''), null, {
          timeout: 5000,
        })
        .catch(() => {});
      const s = await status(page, 'kosten-status');
      if (!s.includes('€ 99.000,00'))
        fail(`expected a total of € 99.000,00 (1 fte × € 90.000 + 10%), the status says "${s}"`);
      const cellen = await page.locator('#kosten-details tbody tr td.getal').allInnerTexts();
      if (!cellen.includes('€ 24.750,00'))
        fail(`expected € 24.750,00 per municipality in the table, got ${cellen.join(', ')}`);
      const url = new URL(page.url());
      if (url.searchParams.get('fte') !== '1' || url.searchParams.get('n') !== '4')
        fail(`the URL does not hold the input: ${page.url()}`);
      const tabel = await page.locator('#kosten-details table').innerText();
      await page.goto(page.url(), { waitUntil: 'load' });
      await page
        .waitForFunction(() => !document.getElementById('kosten-uitkomst')?.hidden, null, { timeout: 5000 })
        .catch(() => {});
      if (
        (await page
          .locator('#kosten-details table')
          .innerText()
          .catch(() => '')) !== tabel
      )
        fail('opening the permalink does not give the same table');
      // by inhabitants: the rows appear, a missing number gets a message beside its field
      await page.getByLabel('Naar aantal inwoners').focus();
      await page.keyboard.press('Space');
      await typ(page, 'Aantal gemeenten', '2');
      await typ(page, 'Inwoners gemeente 1', '35000');
      await page.getByLabel('Inwoners gemeente 2').fill('');
      await page.getByRole('button', { name: 'Bereken' }).focus();
      await page.keyboard.press('Enter');
      const fout = await page
        .locator('#ko-gewicht-1-fout')
        .innerText()
        .catch(() => '');
      if (!/inwoners van Gemeente 2/.test(fout)) fail(`no message beside the empty inhabitants field, got "${fout}"`);
      const f = await focusInfo(page);
      if (!/ko-gewicht-1/.test(f.desc)) fail(`focus should move to the field with the message, it is on ${f.desc}`);
      if ((await page.locator('#ko-gewicht-1').getAttribute('aria-invalid')) !== 'true')
        fail('the field with the message is not aria-invalid');
      // a rejected number in another field
      await typ(page, 'Aantal fte van de gedeelde functie', 'veel');
      const fteFout = await page.locator('#ko-fte-fout').innerText();
      if (!/geen getal/.test(fteFout)) fail(`no message beside the fte field for "veel", got "${fteFout}"`);
      return 'total, table, permalink and field messages';
    },
  },
  {
    name: 'cost calculator and planner: a link with only a route (as from the explorer) chooses it, without messages',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/rekenhulp/kosten/?route=gemeenschappelijke-regeling');
      const route = await page.getByLabel('Route').inputValue();
      if (route !== 'gemeenschappelijke-regeling') fail(`the route from the link is not chosen: "${route}"`);
      const zichtbaar = await page.locator('.error-message:visible').count();
      if (zichtbaar) fail(`${zichtbaar} message(s) shown before the user typed anything`);
      await open(page, baseURL, '/planner/?route=dvo');
      const s = await status(page, 'planner-status');
      if (!/Vroegste besluit/.test(s))
        fail(`the planner does not plan the linked route with its example values: "${s}"`);
      if ((await page.getByLabel('Route').inputValue()) !== 'dvo') fail('the planner did not choose the linked route');
    },
  },
  {
    name: 'cost calculator without JavaScript: worked example, rules and cost lines per route, no form',
    async run({ browser, baseURL }) {
      return zonderJs(browser, baseURL, '/rekenhulp/kosten/', async (page, scripts) => {
        if (scripts) fail(`the page loaded ${scripts} script(s) with JavaScript off`);
        if (await page.locator('#kosten-form').isVisible())
          fail('the form is visible without JavaScript (it cannot compute)');
        const caption = await page
          .locator('.calc-voorbeeld table caption')
          .innerText()
          .catch(() => '');
        if (!/voorbeeldgetallen/.test(caption))
          fail(`the worked example has no table with a caption saying it is an example: "${caption}"`);
        if (!(await page.locator('#regels + ul li').count())) fail('the rules are not listed');
        const routes = await page.locator('section.kosten-route').count();
        if (routes < 4) fail(`expected the cost lines of 4 routes, found ${routes}`);
        if (!(await page.getByText('10.000 tot € 15.000').count()))
          fail('KING’s DigiD estimate of € 10.000 to € 15.000 is not shown');
        return `${routes} routes`;
      });
    },
  },
  {
    name: 'keyboard: procedure planner, from a shared URL, switching route, bad date message',
    async run({ page, baseURL }) {
      await open(
        page,
        baseURL,
        '/planner/?route=it-platform-toetreden&start=30-11-2026&budget=bestaand&s-verzoek=0&s-voordracht=9&s-formulier=0',
      );
      const s = await status(page, 'planner-status');
      if (!s.includes('Vroegste besluit: 1 april 2027'))
        fail(
          `the shared URL should give a decision on 1 april 2027 (2 months after 1 February, art. 7.2 c), the status says "${s}"`,
        );
      // switch route with the keyboard: Home selects the first route (the Wgr regeling)
      await page.getByLabel('Route').focus();
      await page.keyboard.press('Home');
      await page
        .waitForFunction(() => new URL(location.href).searchParams.get('route') === 'wgr-regeling', null, {
          timeout: 5000,
        })
        .catch(() => {});
      if (new URL(page.url()).searchParams.get('route') !== 'wgr-regeling')
        fail(`choosing another route did not update the URL: ${page.url()}`);
      const stappen = await page.locator('#planner-details .plan-stappen > li').allInnerTexts();
      if (
        !stappen.some(
          (t) => /Zienswijze van de raden/.test(t) && /uiterlijk 8 weken/.test(t) && /termijn uit de wet/.test(t),
        )
      )
        fail('the Wgr plan does not show the eight-week zienswijze as a term from the law');
      if (!(await page.locator('#planner-details a', { hasText: 'art. 1 lid 3' }).count()))
        fail('the zienswijze step does not cite art. 1 lid 3');
      await typ(page, 'Startdatum', '31-02-2027');
      await page.getByRole('button', { name: 'Plan' }).focus();
      await page.keyboard.press('Enter');
      const fout = await page
        .locator('#pl-start-fout')
        .innerText()
        .catch(() => '');
      if (!/geen bestaande datum/.test(fout)) fail(`no message beside the start date for 31-02-2027, got "${fout}"`);
      return 'shared URL, route switch, message';
    },
  },
  {
    name: 'procedure planner without JavaScript: every route with a worked plan and its rules',
    async run({ browser, baseURL }) {
      return zonderJs(browser, baseURL, '/planner/', async (page, scripts) => {
        if (scripts) fail(`the page loaded ${scripts} script(s) with JavaScript off`);
        if (await page.locator('#planner-form').isVisible()) fail('the form is visible without JavaScript');
        const routes = await page.locator('section.calc-voorbeeld').count();
        const uitkomsten = await page.locator('section.calc-voorbeeld .calc-uitkomst').allInnerTexts();
        if (routes < 4 || uitkomsten.length !== routes)
          fail(
            `expected a worked plan per route (at least 4), found ${routes} sections and ${uitkomsten.length} outcomes`,
          );
        if (!uitkomsten.every((t) => /Vroegste besluit/.test(t) && /Vroegste start/.test(t)))
          fail('a worked plan lacks the earliest decision or start date');
        if (!(await page.locator('.tag', { hasText: 'uw schatting' }).count()))
          fail('estimates are not marked as the user’s input');
        return `${routes} routes`;
      });
    },
  },
  {
    name: 'agenda: the .ics file has every dated item, CRLF lines of at most 75 octets',
    async run({ page, baseURL }) {
      await open(page, baseURL, '/agenda/');
      const knop = await page.locator('a[href="/agenda.ics"]').first().innerText();
      const n = Number(/(\d+) data/.exec(knop)?.[1]);
      const resp = await page.request.get(`${baseURL}/agenda.ics`);
      if (!resp.ok()) fail(`/agenda.ics: HTTP ${resp.status()}`);
      const body = await resp.text();
      if (!body.startsWith('BEGIN:VCALENDAR\r\n') || !body.endsWith('END:VCALENDAR\r\n'))
        fail('/agenda.ics is not a VCALENDAR with CRLF line ends');
      if (/[^\r]\n/.test(body)) fail('/agenda.ics has a bare LF');
      const long = body.split('\r\n').filter((l) => Buffer.byteLength(l) > 75);
      if (long.length) fail(`/agenda.ics has ${long.length} line(s) over 75 octets`);
      const events = body.match(/BEGIN:VEVENT/g)?.length ?? 0;
      if (!n || events !== n) fail(`the page promises ${n} dates, the file has ${events} events`);
      const dated = await page.locator('.agenda-item time').count();
      if (dated !== events) fail(`the page lists ${dated} dated items, the file has ${events}`);
      return `${events} events`;
    },
  },
];
