// Sharing a link of several goals: made with JavaScript, opened from a plain static file server (no
// 404 fallback, no rewrites: a file or a bare 404), with and without JavaScript. "wijzig doel" keeps the
// chosen goals; the copy button copies the link.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fail, open } from '../lib/keyboard.mjs';
import { contentType } from '../lib/server.mjs';

const DIST = resolve('dist');

/** The plainest static host: /x/ serves /x/index.html, a file serves itself, anything else is a bare 404. */
function gewoneServer() {
  const srv = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let f = resolve(join(DIST, p));
    if (f !== DIST && !f.startsWith(DIST + sep)) return res.writeHead(404).end();
    if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
    if (!existsSync(f) || !statSync(f).isFile()) return res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
    res.writeHead(200, { 'content-type': contentType(f) });
    createReadStream(f).pipe(res);
  });
  return new Promise((ok) =>
    srv.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${srv.address().port}`, close: () => new Promise((k) => srv.close(k)) }),
    ),
  );
}

const h1 = (page) =>
  page
    .locator('h1')
    .first()
    .innerText()
    .catch(() => '');
const wachtOp = (page, re) =>
  page
    .waitForFunction((s) => new RegExp(s).test(document.querySelector('h1')?.textContent ?? ''), re.source, {
      timeout: 5000,
    })
    .catch(() => {});

export default [
  {
    name: 'sharing: a link of several goals works from a plain static server, with and without JavaScript',
    async run({ browser }) {
      const srv = await gewoneServer();
      const ctx = await browser.newContext();
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url });
      const page = await ctx.newPage();
      const zonder = await browser.newContext({ javaScriptEnabled: false });
      try {
        // make the link with JavaScript: FG + CISO + SOC, 10-14 municipalities, employer not known yet
        await open(page, srv.url, '/verkenner/');
        await page
          .waitForSelector('form[data-vk-meerdere]:not([hidden])', { timeout: 5000 })
          .catch(() => fail('the form to pick several goals did not appear'));
        for (const id of ['fg', 'ciso', 'soc']) await page.check(`form[data-vk-meerdere] input[value="${id}"]`);
        await page.click('form[data-vk-meerdere] button[type=submit]');
        await wachtOp(page, /hoeveel gemeenten/);
        await page.click('a.vk-optie:has-text("10 tot en met 14")');
        for (let i = 0; i < 4 && !/^Uitkomst/.test(await h1(page)); i++) {
          const voor = await h1(page);
          await page.click('a.vk-onbekend');
          await page
            .waitForFunction((b) => document.querySelector('h1')?.textContent?.trim() !== b.trim(), voor, {
              timeout: 5000,
            })
            .catch(() => {});
        }
        if (!/^Uitkomst/.test(await h1(page))) fail(`no outcome after the questions (h1 "${await h1(page)}")`);
        const link = page.url();
        if (!/\/verkenner\/v\/doel-fg\.ciso\.soc\/\?aantal=10-14/.test(link))
          fail(`the shareable link has an unexpected form: ${link}`);
        await page.click('[data-vk-actie="kopieer"]');
        await page
          .waitForFunction(
            () => /gekopieerd|Kopieer deze link/.test(document.querySelector('[data-vk-status]')?.textContent ?? ''),
            null,
            { timeout: 3000 },
          )
          .catch(() => {});
        const gekopieerd = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
        if (gekopieerd !== link) fail(`the copy button copied "${gekopieerd}", expected ${link}`);

        // open it afresh from the plain server: HTTP 200, the outcome of the three goals
        const r = await page.goto(link, { waitUntil: 'load' });
        if (r?.status() !== 200) fail(`the plain static server answers ${r?.status()} for ${link}`);
        await wachtOp(page, /^Uitkomst/);
        const adviesJs = await page.locator('.vk-advies li').count();
        if (adviesJs !== 3) fail(`with JavaScript the shared link shows advice for ${adviesJs} goals, expected 3`);
        const samenvatting = await page.locator('.vk-overzicht').innerText();
        if (!/10 tot en met 14/.test(samenvatting))
          fail('with JavaScript the shared link lost the answer "10 tot en met 14"');

        // "wijzig doel" keeps the three goals; one more goal keeps them all and the later answers
        await page.click('.vk-overzicht a.vk-wijzig >> nth=0');
        await page.waitForSelector('form[data-vk-meerdere]:not([hidden])', { timeout: 5000 });
        const aangevinkt = await page.$$eval('form[data-vk-meerdere] input:checked', (xs) => xs.map((x) => x.value));
        if (aangevinkt.join() !== 'fg,ciso,soc')
          fail(`"wijzig doel" shows the goals ${JSON.stringify(aangevinkt)}, expected fg, ciso, soc`);
        await page.check('form[data-vk-meerdere] input[value="inkoop"]');
        await page.click('form[data-vk-meerdere] button[type=submit]');
        await page
          .waitForFunction(() => /doel-fg\.ciso\.soc\.inkoop\//.test(location.href), null, { timeout: 5000 })
          .catch(() => {});
        if (!/doel-fg\.ciso\.soc\.inkoop\/\?aantal=10-14/.test(page.url()))
          fail(`after ticking one more goal the link is ${page.url()}: goals or later answers were lost`);

        // without JavaScript: the same link answers 200 and shows the chosen goals' outcome with memo files
        const p2 = await zonder.newPage();
        const r2 = await p2.goto(link, { waitUntil: 'load' });
        if (r2?.status() !== 200) fail(`without JavaScript the plain server answers ${r2?.status()} for ${link}`);
        const adviesNoJs = await p2.locator('.vk-advies li').count();
        if (adviesNoJs !== 3)
          fail(`without JavaScript the shared link shows advice for ${adviesNoJs} goals, expected 3`);
        const memo = await p2.locator('a[href$=".docx"]').first().getAttribute('href');
        if (!memo) fail('without JavaScript the shared outcome offers no memo');
        const d = await p2.request.get(srv.url + memo);
        if (d.status() !== 200 || (await d.body()).subarray(0, 2).toString() !== 'PK')
          fail(`the memo ${memo} is not served as a .docx (HTTP ${d.status()})`);
        const tekst = await p2.locator('main').innerText();
        if (/niet lezen|niet gevonden/i.test(tekst)) fail('without JavaScript the shared outcome blames the address');
        return `200 with and without JavaScript, ${adviesNoJs} goals, memo ${memo.split('/').pop()}`;
      } finally {
        await ctx.close();
        await zonder.close();
        await srv.close();
      }
    },
  },
];
