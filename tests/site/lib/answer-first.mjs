// Answer first, one check for every kind of reading page: on a phone (390 × 844) the page opens with its
// answer block (`main .kortweg`, a dl of dt question / dd answer); the questions the reader brings end on
// the first screen; every answer links to its detail on the page (`a.meer` to an existing id) and cites
// (`a.noot`), unless it says that no source settles it ("niet vastgesteld", the reason one click away) or
// is one the journey names as the site's own computation; a table of contents (`main nav.op-pagina`) follows, whose links all resolve on the page.

const SCREEN = { width: 390, height: 844 };

/** in the page: the problems of its answer block and table of contents */
function answerProblems({ patterns, minAnswers, minToc, berekend }) {
  const out = [];
  const block = document.querySelector('main .kortweg');
  if (!block) return ['no answer block (.kortweg)'];
  const items = [...block.querySelectorAll('dt')].map((dt) => ({
    q: dt.textContent.trim(),
    dd: dt.nextElementSibling,
  }));
  if (items.length < minAnswers) out.push(`only ${items.length} answers (at least ${minAnswers})`);
  for (const src of patterns) {
    const it = items.find((i) => new RegExp(src).test(i.q));
    if (!it) {
      out.push(`no answer to /${src}/`);
      continue;
    }
    const bottom = it.dd.getBoundingClientRect().bottom;
    if (bottom > innerHeight)
      out.push(`"${it.q}" ends at ${Math.round(bottom)} px, below the first screen (${innerHeight} px)`);
  }
  for (const it of items) {
    const id = it.dd?.querySelector('a.meer')?.getAttribute('href')?.replace(/^#/, '');
    if (!id) out.push(`"${it.q}" has no link to its detail (a.meer)`);
    else if (!document.getElementById(id)) out.push(`"${it.q}" links to #${id}, which is not on the page`);
    const zonderBron =
      /niet vastgesteld/i.test(it.dd?.textContent ?? '') || berekend.some((b) => new RegExp(b).test(it.q));
    if (!zonderBron && !it.dd?.querySelector('a.noot')) out.push(`"${it.q}" cites no source (a.noot)`);
  }
  const toc = document.querySelector('main nav.op-pagina');
  if (!toc) out.push('no table of contents (nav.op-pagina)');
  else {
    const links = [...toc.querySelectorAll('a')];
    if (links.length < minToc) out.push(`table of contents has ${links.length} entries (at least ${minToc})`);
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      if (!href.startsWith('#') || !document.getElementById(href.slice(1)))
        out.push(`table of contents links to missing ${href}`);
    }
  }
  return out;
}

/**
 * Check the answer block of each page; returns the problems, each prefixed with its page.
 * `vragen(path)` gives the questions (regular expressions on the start of a dt) that must end on the
 * first screen of that page; `berekend` the questions whose answer the site computes (no source to cite).
 */
export async function checkAnswerFirst(context, baseURL, paths, { vragen, minAnswers = 3, minToc = 4, berekend = [] }) {
  const page = await context.newPage();
  await page.setViewportSize(SCREEN);
  const problems = [];
  try {
    for (const p of paths) {
      await page.goto(baseURL + p, { waitUntil: 'load' });
      const r = await page.evaluate(answerProblems, {
        patterns: vragen(p).map((re) => re.source),
        minAnswers,
        minToc,
        berekend: berekend.map((re) => re.source),
      });
      for (const x of r) problems.push(`${p}: ${x}`);
    }
  } finally {
    await page.close();
  }
  return problems;
}
