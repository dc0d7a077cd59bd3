/** src/lib/cite.ts: a source document section → the text page (part) that holds it, and its link. */
import { describe, expect, it } from 'vitest';
import {
  citationView,
  citeIndex,
  citeLinks,
  resolveCitation,
  sourceHref,
  sourcePart,
  sourceParts,
} from '../../src/lib/cite.ts';
import { loadContent } from '../../src/loaders/load-content.ts';
import type { Bron } from '../../src/schemas/index.ts';

const s = (id: string, niveau: number) => ({ id, niveau, titel: id, regel: 1 });
const ids = (parts: { id: string; secties: { id: string }[] }[]) =>
  parts.map((p) => [p.id, p.secties.map((x) => x.id)]);

describe('sourceParts: a page per chapter', () => {
  it('puts each chapter with the sections under it on one page, named by the chapter', () => {
    const secties = [
      s('partijen', 1),
      s('hoofdstuk-1', 1),
      s('art-1', 2),
      s('art-2', 2),
      s('hoofdstuk-2', 1),
      s('art-3', 2),
      s('art-3-1', 3),
    ];
    expect(ids(sourceParts(secties))).toEqual([
      ['partijen', ['partijen']],
      ['hoofdstuk-1', ['hoofdstuk-1', 'art-1', 'art-2']],
      ['hoofdstuk-2', ['hoofdstuk-2', 'art-3', 'art-3-1']],
    ]);
  });
  it('joins sections before the first chapter to that chapter', () => {
    expect(ids(sourceParts([s('aanhef', 2), s('h1', 1), s('art-1', 2), s('h2', 1)]))).toEqual([
      ['aanhef', ['aanhef', 'h1', 'art-1']],
      ['h2', ['h2']],
    ]);
  });
  it('reads a document without chapters on one page, "tekst"', () => {
    expect(ids(sourceParts([s('aanhef', 2), s('verzoeken', 2)]))).toEqual([['tekst', ['aanhef', 'verzoeken']]]);
    expect(sourceParts([])).toEqual([]);
  });
  it('finds the part of a section, and none for an unknown section', () => {
    const secties = [s('hoofdstuk-4', 1), s('art-7', 2), s('art-8', 2), s('hoofdstuk-5', 1), s('art-10', 2)];
    expect(sourcePart(secties, 'art-8')).toBe('hoofdstuk-4');
    expect(sourcePart(secties, 'hoofdstuk-5')).toBe('hoofdstuk-5');
    expect(sourcePart(secties, 'art-99')).toBeUndefined();
  });
});

describe('sourceHref: the one address of a source page', () => {
  it('writes the front page, a part page and a section on its part page', () => {
    expect(sourceHref('it-platform-twente')).toBe('/bronnen/it-platform-twente/');
    expect(sourceHref('it-platform-twente', 'hoofdstuk-4')).toBe('/bronnen/it-platform-twente/hoofdstuk-4/');
    expect(sourceHref('it-platform-twente', 'hoofdstuk-4', 'art-8')).toBe(
      '/bronnen/it-platform-twente/hoofdstuk-4/#art-8',
    );
  });
  it('resolves a citation to the section on the page of its part, through the (serialisable) index too', () => {
    const bron = {
      id: 'doc',
      file: 'x',
      data: {
        korteTitel: 'Doc',
        secties: [s('hoofdstuk-1', 1), s('art-1', 2), s('hoofdstuk-2', 1), s('art-2', 2)],
      } as unknown as Bron,
    };
    const c = { bron: 'doc', plaats: 'art-2', detail: 'lid 1' };
    expect(citationView(c, [bron], []).href).toBe('/bronnen/doc/hoofdstuk-2/#art-2');
    const idx = JSON.parse(JSON.stringify(citeIndex([c], [bron], [])));
    expect(idx.bronnen.doc.d).toEqual({ 'art-2': 'hoofdstuk-2' });
    expect(resolveCitation(c, idx)?.href).toBe('/bronnen/doc/hoofdstuk-2/#art-2');
    // a place that is no section (the loaders report it) links to the front page, never to a missing anchor
    expect(
      resolveCitation({ bron: 'doc', plaats: 'art-9' }, citeIndex([{ bron: 'doc', plaats: 'art-9' }], [bron], []))
        ?.href,
    ).toBe('/bronnen/doc/');
  });
  it('gives every section of every source document exactly one part, in document order', () => {
    const { kb } = loadContent();
    expect(kb.bronnen.length).toBeGreaterThanOrEqual(5);
    for (const b of kb.bronnen) {
      const parts = sourceParts(b.data.secties);
      expect(
        parts.flatMap((p) => p.secties.map((x) => x.id)),
        b.id,
      ).toEqual(b.data.secties.map((x) => x.id));
      expect(new Set(parts.map((p) => p.id)).size, b.id).toBe(parts.length);
      for (const x of b.data.secties) {
        const deel = sourcePart(b.data.secties, x.id);
        // a section that is its part opens at the top of the part's page; any other at its anchor there
        expect(citationView({ bron: b.id, plaats: x.id }, kb.bronnen, []).href).toBe(
          `/bronnen/${b.id}/${deel}/${deel === x.id ? '' : `#${x.id}`}`,
        );
      }
    }
    // the two agreements are read per chapter: article 8 of IT Platform Twente is in chapter IV
    const itpt = kb.bronnen.find((b) => b.id === 'it-platform-twente')!;
    expect(sourcePart(itpt.data.secties, 'art-8')).toBe('hoofdstuk-4');
    expect(sourcePart(kb.bronnen.find((b) => b.id === 'motie-hof-van-twente')!.data.secties, 'verzoeken')).toBe(
      'tekst',
    );
  });
});

describe('citeLinks: each place once, with every detail', () => {
  const idx = {
    bronnen: { a: { t: 'Overeenkomst A', s: { 'art-11': 'Artikel 11' }, d: { 'art-11': 'h5' } } },
    extern: {},
  };
  it('joins citations of one place that differ in detail into one link, in order, and keeps other places apart', () => {
    const links = citeLinks(
      [
        { bron: 'a', plaats: 'art-11', detail: '11.1' },
        { bron: 'a', plaats: 'art-12' },
        { bron: 'a', plaats: 'art-11', detail: '11.2 sub a' },
        { bron: 'a', plaats: 'art-11' },
        { bron: 'a', plaats: 'art-11', detail: '11.1' },
      ],
      idx,
    );
    expect(links).toEqual([
      { href: '/bronnen/a/h5/#art-11', tekst: 'Overeenkomst A, Artikel 11 (11.1, 11.2 sub a)' },
      { href: '/bronnen/a/', tekst: 'Overeenkomst A, art-12' },
    ]);
  });
});
