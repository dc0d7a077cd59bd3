/**
 * Every citation of a law opens its article: a citation of a source with
 * article anchors (`artikelUrl`: Wgr, Wgr 2014, Awb, AVG) names the article
 * and links to it; no hand-written link in the content opens a law's front page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/loaders/load-content.ts';
import { citationsIn } from '../../src/loaders/references.ts';
import { artikelHref, artikelVan, citationView } from '../../src/lib/cite.ts';

const c = loadContent('content');
const wetten = c.externeBronnen.filter((e) => e.data.artikelUrl);

/** A link that opens a law's article, not its front page. */
const OPENT_ARTIKEL =
  /(wetten\.overheid\.nl\/jci1\.3:c:BWBR\d+.*&artikel=[\w:.]+|eur-lex\.europa\.eu\/legal-content\/NL\/TXT\/HTML\/\?uri=CELEX:32016R0679#art_\d+)/;
const WET = /https:\/\/(wetten\.overheid\.nl|eur-lex\.europa\.eu)\/[^\s)"'>]*/g;

describe('law citations open their article', () => {
  it('the article of a place, and its link', () => {
    expect(artikelVan('art. 10:4 lid 1')).toBe('10:4');
    expect(artikelVan('art. 9 en 11a')).toBe('9');
    expect(artikelVan('artikel 37')).toBe('37');
    expect(artikelVan('art. 1.4 lid 1 en 3')).toBe('1.4');
    expect(artikelVan('art. 9. Zie ook')).toBe('9');
    expect(artikelVan('hoofdstuk IV')).toBeUndefined();
    expect(artikelHref('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel={artikel}', 'art. 10:4 lid 1')).toBe(
      'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=10:4',
    );
    expect(artikelHref('https://wetten.overheid.nl/jci1.3:c:BWBR0032203&artikel={artikel}', 'art. 1.7 sub b')).toBe(
      'https://wetten.overheid.nl/jci1.3:c:BWBR0032203&artikel=1.7',
    );
    expect(OPENT_ARTIKEL.test('https://wetten.overheid.nl/BWBR0003740')).toBe(false);
  });

  it('the Wgr (now and 2014), the Awb, the Gemeentewet, the Aanbestedingswet 2012 and the AVG have article links', () => {
    expect(wetten.map((w) => w.id).sort()).toEqual([
      'aanbestedingswet-2012',
      'avg',
      'awb',
      'gemeentewet',
      'wgr',
      'wgr-tot-2015',
    ]);
  });

  it('every citation of a law names its article and opens it', () => {
    const fout: string[] = [];
    const ids = new Set(wetten.map((w) => w.id));
    const bekijk = (file: string, data: unknown) => {
      for (const [cit, pad] of citationsIn(data)) {
        if (!ids.has(cit.bron)) continue;
        const href = citationView(cit, c.bronnen, c.externeBronnen).href;
        if (!OPENT_ARTIKEL.test(href)) fout.push(`${file}: ${pad}: ${cit.bron} "${cit.plaats ?? ''}" opent ${href}`);
      }
    };
    for (const list of Object.values(c))
      if (Array.isArray(list)) for (const e of list as { file: string; data: unknown }[]) bekijk(e.file, e.data);
    bekijk('content/verkenner', c.verkenner);
    expect(fout).toEqual([]);
  });

  it('no hand-written link in the content opens a law’s front page', () => {
    const fout: string[] = [];
    const walk = (d: string) => {
      for (const x of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, x.name);
        if (x.isDirectory()) walk(p);
        else if (
          !p.startsWith(join('content', 'externe-bronnen')) &&
          !p.startsWith(join('content', 'bronnen', 'tekst'))
        )
          for (const m of readFileSync(p, 'utf8').matchAll(WET))
            if (!OPENT_ARTIKEL.test(m[0])) fout.push(`${p}: ${m[0]}`);
      }
    };
    walk('content');
    expect(fout).toEqual([]);
  });
});
