import { citationView } from '../../src/lib/cite.ts';
import { datumNl } from '../../src/lib/dates.ts';
import { esc } from '../../src/lib/html.ts';
import { describe, expect, it } from 'vitest';
import { linkTerms, linkTermsInHtml, begripWoorden, type TermLink } from '../../src/lib/text.ts';
import { toParagraphs, splitSections } from '../../src/lib/sources.ts';
import type { Bron } from '../../src/schemas/index.ts';

const terms = [
  { woorden: ['OIN', 'Organisatie-identificatienummer'], href: '/begrippen/oin/' },
  { woorden: ['gemeenschappelijke regeling', 'GR'], href: '/begrippen/gemeenschappelijke-regeling/' },
];

describe('linkTerms', () => {
  it('links the first mention of each term only', () => {
    const html = linkTerms('Een OIN is nodig. Elk OIN telt.', terms);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a class="begrip" href="/begrippen/oin/">OIN</a> is nodig');
  });
  it('matches whole words and abbreviations case-sensitively', () => {
    expect(linkTerms('De groep GRoen', terms)).not.toContain('<a');
    expect(linkTerms('join de gr', terms)).not.toContain('<a');
    expect(linkTerms('Een Gemeenschappelijke Regeling', terms)).toContain(
      'href="/begrippen/gemeenschappelijke-regeling/"',
    );
  });
  it('escapes the text around links', () => {
    expect(linkTerms('<b>OIN</b> & zo', terms)).toBe(
      '&lt;b&gt;<a class="begrip" href="/begrippen/oin/">OIN</a>&lt;/b&gt; &amp; zo',
    );
  });
  it('skips the page itself', () => {
    expect(linkTerms('OIN', terms, new Set(['/begrippen/oin/']))).toBe('OIN');
  });
  it('escapes quotes', () => expect(esc(`"a'`)).toBe('&quot;a&#39;'));
  it('writes Dutch dates', () => expect(datumNl('2022-01-01')).toBe('1 januari 2022'));
});

describe('source text', () => {
  it('joins broken lines into paragraphs and keeps list items apart', () => {
    const p = toParagraphs(['Dit is een', 'zin.', '', 'a. eerste', 'b. tweede', 'vervolg'], 'lege-regel');
    expect(p).toEqual([['Dit is een zin.'], ['a. eerste', 'b. tweede vervolg']]);
  });
  it('reads space-only lines as paragraph breaks in KING-style text', () => {
    const p = toParagraphs(['Een', '', 'zin.', ' ', 'Nieuw', '', 'stuk.'], 'spatie-regel');
    expect(p).toEqual([['Een zin.'], ['Nieuw stuk.']]);
  });
  it('joins a sentence that a page break split over two paragraphs', () => {
    const p = toParagraphs(
      [
        '3. Gemeente Dinkelland, mede namens Noaberkracht,',
        '',
        'vertegenwoordigd door de heer X;',
        '',
        'Nieuwe alinea.',
      ],
      'lege-regel',
    );
    expect(p).toEqual([
      ['3. Gemeente Dinkelland, mede namens Noaberkracht, vertegenwoordigd door de heer X;'],
      ['Nieuwe alinea.'],
    ]);
  });
  it('splits a text into its sections by line number', () => {
    const bron = {
      alineas: 'lege-regel',
      secties: [
        { id: 'art-1', titel: 'Artikel 1', niveau: 2, regel: 2 },
        { id: 'art-2', titel: 'Artikel 2', niveau: 2, regel: 4 },
      ],
    } as unknown as Bron;
    const s = splitSections(['voor', 'Artikel 1', 'tekst een', 'Artikel 2', 'tekst twee'], bron);
    expect(s.map((x) => [x.id, x.alineas])).toEqual([
      ['art-1', [['tekst een']]],
      ['art-2', [['tekst twee']]],
    ]);
  });
  it('links a citation to the anchor of its article', () => {
    const bronnen = [
      {
        id: 'doc',
        file: 'x',
        data: { korteTitel: 'Doc', secties: [{ id: 'art-8', titel: 'Artikel 8' }] } as unknown as Bron,
      },
    ];
    const v = citationView({ bron: 'doc', plaats: 'art-8', detail: '8.2' }, bronnen, []);
    expect(v).toMatchObject({
      href: '/bronnen/doc/tekst/#art-8',
      bron: 'Doc',
      plaats: 'Artikel 8',
      detail: '8.2',
      extern: false,
    });
  });
});

describe('dropHeading', () => {
  it('drops a heading broken over several lines', async () => {
    const { dropHeading } = await import('../../src/lib/sources.ts');
    const body = [
      ' 2 Samenwerkingsvorm van invloed op ',
      '',
      'informatiekundige belemmeringen ',
      '',
      'Door middel van',
    ];
    dropHeading(body, '2 Samenwerkingsvorm van invloed op informatiekundige belemmeringen');
    expect(body.filter((l) => l.trim())).toEqual(['Door middel van']);
  });
  it('keeps a first line that is running text, not the title', async () => {
    const { dropHeading } = await import('../../src/lib/sources.ts');
    const body = ['De deelnemers aan IT Platform Twente,', 'zijn:'];
    dropHeading(body, 'Partijen');
    expect(body).toEqual(['De deelnemers aan IT Platform Twente,', 'zijn:']);
  });
  it('drops a heading whose extraction has extra spaces', async () => {
    const { dropHeading } = await import('../../src/lib/sources.ts');
    const body = ['Artikel 8  –  Uittreding uit IT Platform Twente', '', '8.1 Een'];
    dropHeading(body, 'Artikel 8 – Uittreding uit IT Platform Twente');
    expect(body.filter((l) => l.trim())).toEqual(['8.1 Een']);
  });
});

describe('linkTerms on the real glossary', () => {
  // the plain algorithm: every word of every term tried on every text (cost grows with the glossary)
  const WORD = 'A-Za-zÀ-ÿ0-9';
  function referentie(text: string, ts: TermLink[], skip: Set<string> = new Set()): string {
    const hits: { start: number; end: number; term: TermLink }[] = [];
    const cands = ts
      .filter((t) => !skip.has(t.href))
      .flatMap((t) => t.woorden.filter((w) => w.length >= 2).map((w) => ({ w, t })))
      .sort((a, b) => b.w.length - a.w.length);
    const used = new Set<string>();
    for (const { w, t } of cands) {
      if (used.has(t.href)) continue;
      const re = new RegExp(
        `(?<![${WORD}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![${WORD}])`,
        /^[A-Z0-9-]{2,6}$/.test(w) ? 'g' : 'gi',
      );
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const s = m.index;
        const e = s + m[0].length;
        if (hits.some((h) => s < h.end && e > h.start)) continue;
        hits.push({ start: s, end: e, term: t });
        used.add(t.href);
        break;
      }
    }
    hits.sort((a, b) => a.start - b.start);
    let out = '';
    let pos = 0;
    for (const h of hits) {
      out +=
        esc(text.slice(pos, h.start)) +
        `<a class="begrip" href="${esc(h.term.href)}">${esc(text.slice(h.start, h.end))}</a>`;
      pos = h.end;
    }
    return out + esc(text.slice(pos));
  }
  it('links exactly as trying every word on every text would, for every text of every form and obstacle', async () => {
    const { glossaryTerms } = await import('../../src/loaders/view.ts');
    const { loadKnowledgeBase } = await import('../../src/loaders/load-content.ts');
    const kb = loadKnowledgeBase();
    const ts = await glossaryTerms();
    const teksten = [
      ...kb.vormen.flatMap((v) => [
        v.data.samenvatting,
        ...Object.values(v.data.velden).map((x) => x.tekst),
        ...Object.values(v.data.kenmerken).map((x) => x.toelichting),
      ]),
      ...kb.belemmeringen.flatMap((b) => [b.data.samenvatting, b.data.uitleg, b.data.situatie2015.tekst]),
      ...kb.begrippen.map((b) => b.data.uitleg),
    ];
    let links = 0;
    for (const t of teksten) {
      const r = referentie(t, ts);
      expect(linkTerms(t, ts)).toBe(r);
      links += (r.match(/<a /g) ?? []).length;
      const skip = new Set([ts[0].href]);
      expect(linkTerms(t, ts, skip)).toBe(referentie(t, ts, skip));
    }
    expect(links).toBeGreaterThan(50);
  });
});

describe('linkTermsInHtml', () => {
  it('links the first mention in text, never inside links, headings or summaries', () => {
    const html = '<h2>OIN</h2><p>Het <a href="/x/">OIN</a> is nodig; dus een OIN &amp; een GR.</p><p>Nog een OIN.</p>';
    const uit = linkTermsInHtml(html, terms);
    expect(uit).toContain('<h2>OIN</h2>');
    expect(uit).toContain('<a href="/x/">OIN</a>');
    expect(uit.match(/class="begrip" href="\/begrippen\/oin\/"/g)).toHaveLength(1);
    expect(uit).toContain('dus een <a class="begrip" href="/begrippen/oin/">OIN</a> &amp; een <a class="begrip"');
    expect(uit).toContain('<p>Nog een OIN.</p>');
  });
  it('does not link a term the HTML already links, and keeps the text escaped', () => {
    const html =
      '<p>Zie <a href="/begrippen/oin/">het nummer</a>. Een OIN &lt;nodig&gt;.</p><details><summary>Wat is een GR?</summary><p>Een GR.</p></details>';
    const uit = linkTermsInHtml(html, terms);
    expect(uit).not.toContain('class="begrip" href="/begrippen/oin/"');
    expect(uit).toContain('Een OIN &lt;nodig&gt;.');
    expect(uit).toContain(
      '<summary>Wat is een GR?</summary><p>Een <a class="begrip" href="/begrippen/gemeenschappelijke-regeling/"',
    );
  });
});

describe('begripWoorden', () => {
  it('links the term, its parts, abbreviations and forms of the term, not common-word synonyms', () => {
    expect(begripWoorden({ term: 'Gemeenschappelijke regeling (GR)', synoniemen: ['GR', 'samenwerking'] })).toEqual([
      'Gemeenschappelijke regeling',
      'GR',
      'GR',
    ]);
    expect(
      begripWoorden({ term: 'Rechtspersoon', synoniemen: ['rechtspersoonlijkheid', 'juridische entiteit'] }),
    ).toEqual(['Rechtspersoon', 'rechtspersoonlijkheid']);
    expect(begripWoorden({ term: 'GGI', synoniemen: ['GGI-Veilig', 'RAGN'] })).toEqual(['GGI', 'GGI-Veilig', 'RAGN']);
  });
});
