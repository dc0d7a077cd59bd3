// Glossary terms that appear unlinked: on Vergelijk, the form, case, obstacle and organisation pages and the explorer's outcome pages, every begrip
// (content/begrippen/: its term, full name, abbreviations and word forms, as the site links them) that
// appears in the visible prose must be linked to its page at least once on that page.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fail, open } from '../lib/keyboard.mjs';
import { begripWoorden } from '../../../src/lib/text.ts';

const DIST = process.env.SITE_DIST || 'dist';
const CONTENT = process.env.SITE_CONTENT_DIR || 'content';
/** explorer outcome pages checked (the static ones, in path order), besides the motion page */
const MAX_UITKOMSTEN = 12;

function begrippen() {
  const dir = join(CONTENT, 'begrippen');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const b = parse(readFileSync(join(dir, f), 'utf8'));
      return { href: `/begrippen/${f.replace(/\.ya?ml$/, '')}/`, woorden: begripWoorden({ synoniemen: [], ...b }) };
    });
}

/** every page of a section (/vormen/<id>/, /casussen/<id>/, …) in dist/ */
function sectiePaden(section) {
  const dir = join(DIST, section);
  if (!existsSync(dir)) fail(`no ${dir}: build first`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/${section}/${d.name}/`)
    .sort();
}
/** the reading pages checked, with the least each section must have */
const SECTIES = { vormen: 10, casussen: 9, belemmeringen: 15, organisaties: 25 };

function uitkomstPaden() {
  const dir = join(DIST, 'verkenner', 'v');
  if (!existsSync(dir)) fail(`no ${dir}: build first`);
  return readdirSync(dir)
    .sort()
    .filter((d) => {
      const f = join(dir, d, 'index.html');
      return existsSync(f) && readFileSync(f, 'utf8').includes('id="vk-advies-kop"');
    })
    .slice(0, MAX_UITKOMSTEN)
    .map((d) => `/verkenner/v/${d}/`);
}

/** In the page: the begrippen whose words occur in visible prose of <main> with no link to them on the page. */
const ongelinkt = (page, terms) =>
  page.evaluate((terms) => {
    const WORD = 'A-Za-zÀ-ÿ0-9';
    const main = document.querySelector('main');
    const links = new Set([...main.querySelectorAll('a[href]')].map((a) => new URL(a.href).pathname));
    // not prose: what the linker leaves alone, source lists (titles of documents; Vergelijk's notes are a
    // .bronnen-lijst outside a .bronnen-sectie) and the page's search words ("Ook gezocht als: …")
    const NIET =
      'a, h1, h2, h3, h4, h5, h6, summary, button, label, caption, th, option, script, style, code, pre, svg, blockquote, nav, form, .bronnen-sectie, .bronnen-lijst, .noten, .keywords, [aria-hidden="true"]';
    const teksten = [];
    const w = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || el.closest(NIET) || el.getClientRects().length === 0) continue;
      teksten.push(n.textContent);
    }
    const tekst = teksten.join(' \n ');
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const uit = [];
    for (const t of terms) {
      if ([...links].some((p) => p.endsWith(t.href))) continue;
      const hit = t.woorden.find((woord) => {
        if (woord.length < 2) return false;
        const abbr = /^[A-Z0-9-]{2,6}$/.test(woord);
        return new RegExp(`(?<![${WORD}-])${esc(woord)}(?![${WORD}])`, abbr ? '' : 'i').test(tekst);
      });
      if (hit) uit.push(`"${hit}" (${t.href})`);
    }
    return uit;
  }, terms);

export default {
  name: 'glossary: every begrip that appears on Vergelijk, the form, case, obstacle and organisation pages and the explorer outcomes is linked there',
  async run({ page, baseURL }) {
    const terms = begrippen();
    if (terms.length < 10) fail(`only ${terms.length} begrippen in ${CONTENT}/begrippen/`);
    const lezen = Object.entries(SECTIES).flatMap(([section, min]) => {
      const paden = sectiePaden(section);
      if (paden.length < min) fail(`only ${paden.length} pages found in ${DIST}/${section}/ (expected ${min})`);
      return paden;
    });
    const uitkomsten = uitkomstPaden();
    if (uitkomsten.length < 2) fail(`only ${uitkomsten.length} explorer outcome pages found in dist/`);
    const paden = ['/vergelijk/', '/verkenner/motie-hof-van-twente/', ...lezen, ...uitkomsten];
    const problemen = [];
    for (const p of paden) {
      await open(page, baseURL, p);
      const los = await ongelinkt(page, terms);
      if (los.length) problemen.push(`${p}: ${los.join(', ')}`);
    }
    if (problemen.length)
      fail(`begrippen that appear without a link to their page:\n       ${problemen.slice(0, 25).join('\n       ')}`);
    return `${paden.length} pages, ${terms.length} begrippen`;
  },
};
