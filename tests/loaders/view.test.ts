/** src/loaders/view.ts: citations and glossary links as the pages use them (through the one loader). */
import { describe, expect, it } from 'vitest';
import { citationViews, glossaryTerms } from '../../src/loaders/view.ts';
import { loadContent } from '../../src/loaders/load-content.ts';
import { sourcePart } from '../../src/lib/cite.ts';

const { kb } = loadContent();

describe('citationViews', () => {
  it('resolves a source document section to its title and anchor, once per distinct citation', async () => {
    const b = kb.bronnen.find((x) => x.id === 'king-2015')!;
    // a section inside a chapter: it opens at its anchor on the chapter's page
    const s = b.data.secties.find((x) => sourcePart(b.data.secties, x.id) !== x.id)!;
    const deel = sourcePart(b.data.secties, s.id);
    const v = await citationViews([
      { bron: b.id, plaats: s.id },
      { bron: b.id, plaats: s.id },
      { bron: b.id, plaats: s.id, detail: 'lid 2' },
    ]);
    expect(v).toHaveLength(2);
    expect(v[0]).toMatchObject({
      href: `/bronnen/king-2015/${deel}/#${s.id}`,
      bron: b.data.korteTitel,
      plaats: s.titel,
      extern: false,
    });
    expect(v[1].detail).toBe('lid 2');
  });
  it('resolves a public source to its own URL, and refuses an unknown source', async () => {
    const x = kb.externeBronnen.find((e) => !e.data.artikelUrl)!;
    const [v] = await citationViews([{ bron: x.id, plaats: 'art. 1' }]);
    expect(v).toMatchObject({ href: x.data.url, bron: x.data.titel, plaats: 'art. 1', extern: true });
    // a law with article links opens the article
    const [w] = await citationViews([{ bron: 'awb', plaats: 'art. 10:4 lid 1' }]);
    expect(w.href).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=10:4');
    await expect(citationViews([{ bron: 'bestaat-niet' }])).rejects.toThrow(/Onbekende bron "bestaat-niet"/);
  });
});

describe('glossaryTerms', () => {
  it('gives one link per term, to its page', async () => {
    const terms = await glossaryTerms();
    expect(terms.map((t) => t.href)).toEqual(kb.begrippen.map((b) => `/begrippen/${b.id}/`));
  });
  it('links a term and its abbreviation in brackets separately, and its full name', async () => {
    const terms = await glossaryTerms();
    const gr = terms.find((t) => t.href === '/begrippen/gemeenschappelijke-regeling/')!;
    expect(gr.woorden).toEqual(expect.arrayContaining(['Gemeenschappelijke regeling', 'GR']));
    const wgr = terms.find((t) => t.href === '/begrippen/wgr/')!;
    expect(wgr.woorden).toEqual(expect.arrayContaining(['Wgr', 'Wet gemeenschappelijke regelingen', 'WGR']));
  });
  it('takes abbreviations and forms of the term itself from the synonyms, so common words do not link everywhere', async () => {
    const terms = await glossaryTerms();
    for (const b of kb.begrippen) {
      const t = terms.find((x) => x.href === `/begrippen/${b.id}/`)!;
      const eigen = `${b.data.term} ${b.data.voluit ?? ''}`;
      const delen = (/^(.*?)\s*\(([^)]+)\)\s*$/.exec(b.data.term)?.slice(1) ?? [b.data.term]).map((w) =>
        w.toLowerCase(),
      );
      for (const syn of b.data.synoniemen) {
        const vorm = delen.some((w) => w.length >= 3 && syn.toLowerCase().startsWith(w));
        if (/^[A-Z0-9-]{2,8}$/.test(syn) || vorm) expect(t.woorden, `${b.id}: ${syn}`).toContain(syn);
        else if (!eigen.includes(syn)) expect(t.woorden, `${b.id}: ${syn}`).not.toContain(syn);
      }
    }
    // the words the site's pages use for these begrippen
    const woorden = (id: string) => terms.find((x) => x.href === `/begrippen/${id}/`)!.woorden;
    expect(woorden('rechtspersoon')).toContain('rechtspersoonlijkheid');
    expect(woorden('ggi')).toContain('GGI-Veilig');
    expect(woorden('rechtspersoon')).not.toContain('juridische entiteit');
  });
});
