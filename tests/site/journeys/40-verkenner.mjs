// Journeys of the option explorer (/verkenner/): the motion's path by keyboard only, with and
// without JavaScript; back/forward; the permalink reproduces the outcome; malformed URLs.
import { fail, focusInfo, tabUntil, open } from '../lib/keyboard.mjs';

// The motion's path: it starts on the motion page with the answers the motion gives, then the rest.
const START = '/verkenner/motie-hof-van-twente/';
const DOEL = /gedeelde privacy officer/i;
const ANTWOORDEN = [/^Taken uitvoeren en besluiten namens de gemeenten/, /^Nee, de medewerkers blijven/, /^Nee, alleen overheden/, /^Dat elke raad zoveel mogelijk zeggenschap/];
const UITKOMST = '/verkenner/v/fg/persoonsgegevens/10-14/mandaat/nee/nee/zeggenschap/';

const h1 = (page) => page.locator('h1').first().innerText().catch(() => '');

/** Tab to the link whose text matches re, press Enter, wait for the next question or outcome. */
async function kiesMetToetsenbord(page, re, what) {
  const before = await h1(page);
  await tabUntil(page, (i) => i.tag === 'a' && re.test(i.text), { what, max: 80 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent?.trim() !== b.trim(), before, { timeout: 5000 }).catch(() => {});
  await page.waitForLoadState('load');
  const after = await h1(page);
  if (after === before) fail(`choosing "${what}" did not lead to the next step (still "${before}" at ${page.url()})`);
}

async function loopMotie(page, baseURL) {
  await open(page, baseURL, START);
  await kiesMetToetsenbord(page, DOEL, 'the motion purpose "gedeelde privacy officer"');
  if (!page.url().endsWith('/verkenner/v/fg/persoonsgegevens/10-14/')) fail(`the motion start did not carry its answers: at ${page.url()}`);
  for (const re of ANTWOORDEN) await kiesMetToetsenbord(page, re, `the answer ${re}`);
  if (!page.url().endsWith(UITKOMST)) fail(`the walk ended at ${page.url()}, expected ${UITKOMST}`);
  const titel = await h1(page);
  if (!/^Uitkomst/.test(titel)) fail(`the last page is not an outcome: h1 "${titel}"`);
  const vormen = await page.locator('ol.vk-volgorde > li').count();
  if (vormen < 7) fail(`the outcome ranks ${vormen} forms, expected all 7`);
  const bronnen = await page.locator('#vk-bronnen-kop').count();
  if (!bronnen) fail('the outcome has no sources section');
  return page.locator('#verkenner').innerHTML();
}

export default [
  {
    name: 'keyboard: explorer, the motion path with JavaScript (island), focus to each new question',
    async run({ page, baseURL }) {
      await loopMotie(page, baseURL);
      const f = await focusInfo(page);
      if (!(f.tag === 'h1' && f.visible)) fail(`after the last answer focus should move to the new heading, it is on ${f.desc}`);
      const nav = await page.evaluate(() => performance.getEntriesByType('navigation').length);
      const metingen = await page.evaluate(() => performance.getEntriesByName('vk-antwoord-tot-uitkomst').length);
      if (metingen < ANTWOORDEN.length) fail(`the island answered ${metingen} of ${ANTWOORDEN.length} steps in place; the rest were full page loads`);
      return `${metingen} answers in place, ${nav} page load(s)`;
    },
  },
  {
    name: 'keyboard: explorer, the motion path without JavaScript (static pages)',
    javaScriptEnabled: false,
    async run({ page, baseURL }) {
      await loopMotie(page, baseURL);
    },
  },
  {
    name: 'explorer: back and forward follow the answers; the permalink reproduces the outcome',
    async run({ page, baseURL, context }) {
      const html = await loopMotie(page, baseURL);
      await page.goBack();
      await page.waitForFunction(() => !/^Uitkomst/.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 5000 }).catch(() => {});
      if (/^Uitkomst/.test(await h1(page))) fail('Back did not go to the previous question');
      if (!/\/verkenner\/v\/fg\/persoonsgegevens\/10-14\/mandaat\/nee\/nee\/$/.test(page.url())) fail(`Back went to ${page.url()}`);
      await page.goForward();
      await page.waitForFunction(() => /^Uitkomst/.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 5000 }).catch(() => {});
      if (!/^Uitkomst/.test(await h1(page))) fail('Forward did not return to the outcome');
      // a fresh visit to the permalink (the static page) shows the same outcome as the island rendered
      const vers = await context.newPage();
      await open(vers, baseURL, UITKOMST);
      const statisch = await vers.locator('#verkenner').innerHTML();
      const norm = (s) => s.replace(/\s+/g, ' ').replace(/ hidden=""| hidden/g, '').trim();
      if (norm(statisch) !== norm(html)) {
        const a = norm(statisch), b = norm(html);
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        fail(`the permalink's page differs from the outcome the island rendered, from: …${a.slice(Math.max(0, i - 60), i + 80)}… vs …${b.slice(Math.max(0, i - 60), i + 80)}…`);
      }
      await vers.close();
    },
  },
  {
    name: 'explorer: malformed and random URLs give a clear message and a way back, never a blank page',
    async run({ page, baseURL }) {
      const vaste = ['/verkenner/v/fg/onzin/', '/verkenner/v/bestaat-niet/', '/verkenner/v/fg/persoonsgegevens/10-14/mandaat/nee/nee/zeggenschap/extra/', '/verkenner/v/%E0%A4%A/', '/verkenner/v/ict/geen/<script>/', '/verkenner/v/fg/persoonsgegevens/99/'];
      let seed = 7;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const delen = ['fg', 'ict', 'soc', 'ja', 'nee', 'geen', '2-4', '10-14', 'mandaat', 'x', '..', 'ü', '%20'];
      const willekeurig = Array.from({ length: 14 }, () => '/verkenner/v/' + Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => delen[Math.floor(rnd() * delen.length)]).join('/') + '/');
      let onbekend = 0;
      for (const p of [...vaste, ...willekeurig]) {
        const resp = await page.goto(baseURL + p, { waitUntil: 'load' });
        const status = resp?.status() ?? 0;
        const titel = await h1(page);
        if (!titel) fail(`${p} shows no heading (HTTP ${status})`);
        if (status >= 400) {
          onbekend++;
          await page.waitForFunction(() => /kunnen wij niet lezen/.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 5000 }).catch(() => {});
          const t = await h1(page);
          if (!/kunnen wij niet lezen/.test(t)) fail(`${p}: the 404 page did not explain what it could not read (h1 "${t}")`);
          const terug = await page.getByRole('link', { name: /laatste geldige antwoord/ }).getAttribute('href').catch(() => null);
          if (!terug) fail(`${p}: no link to continue from the last valid answer`);
          const r2 = await page.goto(baseURL + terug, { waitUntil: 'load' });
          if ((r2?.status() ?? 0) >= 400) fail(`${p}: "continue" goes to ${terug}, which does not exist`);
        }
        const body = (await page.locator('body').innerText()).trim();
        if (body.length < 50) fail(`${p} shows an (almost) blank page`);
        if (/at \w+ \(|TypeError|ReferenceError/.test(body)) fail(`${p} shows a stack trace`);
      }
      return `${vaste.length + willekeurig.length} URLs, ${onbekend} unknown ones explained`;
    },
  },
];
