import { launchBrowser } from './lib/browser.mjs';
const pages = process.argv.slice(2);
const b = await launchBrowser();
for (const p of pages) {
  for (const [w, h] of [[390, 844], [1366, 900]]) {
    const pg = await b.newPage({ viewport: { width: w, height: h } });
    await pg.goto('http://127.0.0.1:4421' + p);
    const name = p.replace(/\//g, '_') + `-${w}.png`;
    await pg.screenshot({ path: '/tmp/shots20/' + name, fullPage: false });
    await pg.close();
  }
}
if (process.env.PDF) { const pg = await b.newPage(); await pg.goto('http://127.0.0.1:4421' + process.env.PDF); await pg.pdf({ path: '/tmp/shots20/portefeuille.pdf', format: 'A4' }); }
await b.close();
