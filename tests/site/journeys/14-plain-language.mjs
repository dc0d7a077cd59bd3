// Plain Dutch, measured on the built pages: per reading page the average sentence length and the number
// of sentences over 25 words (reported), and the answer-first text within its budget (enforced:
// average at most 15 words, no sentence over 25). The schema checks the same budget on the content.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/keyboard.mjs';
import { meet, KORT_BUDGET, LANGE_ZIN } from '../../../src/lib/leesbaarheid.ts';

const DIST = process.env.SITE_DIST || 'dist';
const SECTIONS = ['vormen', 'casussen', 'belemmeringen', 'organisaties', 'bronnen'];
/** sections whose answer-first text is held to the budget, as rendered */
const ENFORCED = ['vormen', 'casussen', 'organisaties', 'bronnen', 'belemmeringen'];
const ent = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ', shy: '' };
const text = (html) =>
  html
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, e) => ent[e] ?? m)
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** the prose of a page: paragraphs and answers (not tables, lists of links or source notes) */
const prose = (html) =>
  [...html.matchAll(/<(p|dd)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2])).filter((t) => t.split(' ').length >= 4);

export default {
  name: 'plain language: sentence length per reading page (report) and the answer-first budget (enforced)',
  async run() {
    const rows = [];
    const problems = [];
    for (const s of SECTIONS) {
      for (const e of readdirSync(join(DIST, s), { withFileTypes: true })) {
        const f = join(DIST, s, e.name, 'index.html');
        if (!e.isDirectory() || !existsSync(f)) continue;
        const html = readFileSync(f, 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        const body = main.replace(/<section[^>]*bronnen-sectie[\s\S]*?<\/section>/, '');
        const m = meet(prose(body));
        const path = `/${s}/${e.name}/`;
        const kort = body.match(/<section class="kortweg"[\s\S]*?<\/section>/);
        let k = null;
        if (kort) {
          const answers = [...kort[0].matchAll(/<dd>([\s\S]*?)<\/dd>/g)].map((a) =>
            text(
              a[1]
                .replace(/<span class="noten">[\s\S]*?<\/span><\/span>|<span class="noten">[\s\S]*?<\/a><\/span>/g, '')
                .replace(/<a class="meer"[\s\S]*?<\/a>/g, ''),
            ),
          );
          k = meet(answers, KORT_BUDGET.langste);
          if (ENFORCED.includes(s)) {
            if (k.gemiddeld > KORT_BUDGET.gemiddeld)
              problems.push(`${path}: answers average ${k.gemiddeld} words per sentence (≤ ${KORT_BUDGET.gemiddeld})`);
            for (const z of k.lang) problems.push(`${path}: answer sentence over ${KORT_BUDGET.langste} words: "${z}"`);
          }
        }
        rows.push({ path, ...m, kort: k });
      }
    }
    if (rows.length < 10) fail(`only ${rows.length} pages measured`);
    console.log(
      '     plain language per page: average words per sentence, sentences over ' +
        LANGE_ZIN +
        ' words (answers first in brackets)',
    );
    for (const r of rows.sort((a, b) => b.gemiddeld - a.gemiddeld))
      console.log(
        `       ${r.path.padEnd(52)} ${String(r.gemiddeld).padStart(5)}  ${String(r.lang.length).padStart(3)} long of ${r.zinnen}${r.kort ? `   [answers ${r.kort.gemiddeld}, longest ${r.kort.langste}]` : ''}`,
      );
    if (problems.length) fail(problems.join('\n       '));
    const held = rows.filter((r) => ENFORCED.includes(r.path.split('/')[1]) && r.kort);
    return `${rows.length} pages measured; answer-first text on ${held.length} form, case, obstacle, organisation and source document pages within ${KORT_BUDGET.gemiddeld}/${KORT_BUDGET.langste} words`;
  },
};
