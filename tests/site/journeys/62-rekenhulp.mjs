// The calculators compute live in the browser with the same renderer and string table as the worked
// examples: the exit calculator's summary, reasoning and reservations, a field message; the cost
// calculator's summary.
import { fail, open } from '../lib/keyboard.mjs';

const tekst = (page, sel) => page.locator(sel).innerText();

async function wachtOpTekst(page, sel, re, what) {
  try {
    await page.waitForFunction(
      ([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent ?? ''),
      [sel, re.source],
      { timeout: 5000 },
    );
  } catch {
    fail(`${what}: expected ${re} in ${sel}, got "${await tekst(page, sel).catch(() => '')}"`);
  }
}

export default {
  name: 'calculators: live results worded from the string table',
  async run({ page, baseURL }) {
    await open(page, baseURL, '/rekenhulp/uittreden/');
    await page.selectOption('#uit-regeling', 'vth-twente');
    await page.fill('#uit-opzegdatum', '15-03-2026');
    await page.click('#uittreden-form button[type="submit"]');
    await wachtOpTekst(
      page,
      '#uittreden-status',
      /^Vroegste einddatum: 15 maart 2028, alleen als het bestuurlijk overleg instemt op de dag van opzegging\.$/,
      'exit summary',
    );
    const details = await tekst(page, '#uittreden-details');
    for (const zin of [
      'Zo rekenen we',
      'De opzegtermijn van 24 maanden begint pas als het bestuurlijk overleg instemt.',
      'De deelname kan dus op zijn vroegst eindigen op 15 maart 2028.',
      'Deze datum geldt alleen als het bestuurlijk overleg instemt op de dag van de opzegging.',
      'De berekende datum ligt na 31 oktober 2027.',
    ])
      if (!details.includes(zin)) fail(`exit result lacks "${zin}"`);

    await page.fill('#uit-opzegdatum', '31-02-2026');
    await page.click('#uittreden-form button[type="submit"]');
    await wachtOpTekst(page, '#uit-opzegdatum-fout', /geen bestaande datum/, 'field message');

    await open(page, baseURL, '/rekenhulp/kosten/');
    await page.fill('#ko-fte', '1');
    await page.fill('#ko-kosten', '90.000');
    await page.fill('#ko-opslag', '10');
    await page.fill('#ko-n', '4');
    await page.click('#kosten-form button[type="submit"]');
    await wachtOpTekst(page, '#kosten-status', /^Samen € 99\.000,00 per jaar voor 4 gemeenten\.$/, 'cost summary');
    return 'exit and cost results as on the worked examples';
  },
};
