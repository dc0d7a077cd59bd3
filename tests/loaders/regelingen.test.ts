/**
 * Regelingen as sources and the portfolio per municipality: the schema's
 * rule that a point is cited or marked "niet vastgesteld", citations per
 * article, and who takes part in what (directly, via a body, or only in
 * IT-voorzieningen), on the real content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loaders/load-content.ts';
import { regeling, regelingPunt } from '../../src/schemas/regeling.ts';
import {
  deelnamesVan,
  dekking,
  metVoorzieningen,
  itSamenwerkingen,
  portefeuilleMatrix,
  puntenVan,
} from '../../src/loaders/regelingen.ts';
import { uittredingTekst } from '../../src/lib/feiten.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCopy } from './helpers.ts';
import { citationView, citeIndex, citeLink, resolveCitation } from '../../src/lib/cite.ts';
import { buildIndex } from '../../src/loaders/references.ts';
import { TWENTE_GEMEENTEN } from '../fixtures/twente.ts';

const content = loadContent();
const kb = content.kb;
const TWENTE = TWENTE_GEMEENTEN;

describe('the schema of a regeling', () => {
  it('accepts a point with text and sources, or one marked not settled with the reason', () => {
    expect(regelingPunt.safeParse({ tekst: 'x', bronnen: [{ bron: 'a', plaats: 'art-1' }] }).success).toBe(true);
    expect(regelingPunt.safeParse({ nietVastgesteld: 'artikel 20 niet gelezen' }).success).toBe(true);
  });
  it('refuses a point with text but no source, with both, or with neither, naming the field', () => {
    const zonder = regelingPunt.safeParse({ tekst: 'Uittreden kan per 1 januari.' });
    expect(zonder.success).toBe(false);
    expect(zonder.error!.issues[0]).toMatchObject({ path: ['bronnen'] });
    expect(regelingPunt.safeParse({ tekst: 'x', bronnen: [{ bron: 'a' }], nietVastgesteld: 'y' }).success).toBe(false);
    expect(regelingPunt.safeParse({}).success).toBe(false);
  });
  it('refuses a form other than "niet-vastgesteld" without a source', () => {
    const r = kb.regelingen.find((x) => x.id === 'gr-noaberkracht')!.data;
    const p = regeling.safeParse({ ...r, vorm: { soort: 'bedrijfsvoeringsorganisatie', tekst: 'BVO', bronnen: [] } });
    expect(p.success).toBe(false);
    expect(p.error!.issues[0].path).toEqual(['vorm', 'bronnen']);
  });
});

describe('regelingen as sources', () => {
  it('are cited per article, and a citation of an unknown article is an error naming the known ones', () => {
    const idx = buildIndex(kb);
    expect(idx.citationProblem({ bron: 'gr-noaberkracht', plaats: 'intitule' })).toBeNull();
    expect(idx.citationProblem({ bron: 'gr-noaberkracht', plaats: 'art-99' })).toMatch(
      /bron "gr-noaberkracht" heeft geen artikel of sectie "art-99" \(bekend: intitule, art-1\)/,
    );
    const c = { bron: 'gr-gezondheid-2021', plaats: 'art-2', detail: 'lid 2' };
    const v = citationView(c, kb.bronnen, kb.externeBronnen, kb.regelingen);
    // the build and the browser resolve with the same index: the same link
    expect(resolveCitation(c, citeIndex([c], [], [], kb.regelingen))).toEqual(v);
    expect(() => citationView(c, kb.bronnen, kb.externeBronnen)).toThrow(/Onbekende bron "gr-gezondheid-2021"/);
    expect(v).toMatchObject({
      href: '/regelingen/gr-gezondheid-2021/#art-2',
      plaats: 'Artikel 2 Openbaar lichaam',
      detail: 'lid 2',
      extern: false,
    });
  });
  it('Noaberkracht is a bedrijfsvoeringsorganisatie, cited to its own considerans', () => {
    const n = kb.regelingen.find((x) => x.id === 'gr-noaberkracht')!.data;
    expect(n.vorm.soort).toBe('bedrijfsvoeringsorganisatie');
    expect(n.vorm.bronnen).toContainEqual({ bron: 'gr-noaberkracht', plaats: 'intitule' });
  });
  it('every point of every regeling is either cited or says why not', () => {
    for (const r of kb.regelingen)
      for (const p of puntenVan(r.data)) {
        if (p.vastgesteld) expect(p.bronnen.length, `${r.id} ${p.punt}`).toBeGreaterThan(0);
        else expect(p.reden, `${r.id} ${p.punt}`).toMatch(/niet/i);
      }
  });
});

describe('portfolio', () => {
  it('Hof van Twente takes part in SamenTwente, the VRT, the ODT and Stadsbank directly, and in the ICT regeling of Hengelo via SWB Midden Twente', () => {
    const d = deelnamesVan('hof-van-twente', kb.regelingen);
    const by = new Map(d.map((x) => [x.regeling, x]));
    for (const r of [
      'gr-samentwente-2024',
      'gr-veiligheidsregio-twente',
      'gr-omgevingsdienst-twente',
      'gr-stadsbank-oost-nederland-2023',
      'gr-swb-midden-twente',
      'overeenkomst-it-platform-twente',
      'overeenkomst-vth-twente',
    ])
      expect(by.get(r)?.wijze, r).toBe('direct');
    expect(by.get('gr-samenwerking-ict-hengelo')).toMatchObject({
      wijze: 'via',
      orgaan: 'dagelijks bestuur',
      via: { organisatie: 'swb-midden-twente', regeling: 'gr-swb-midden-twente' },
    });
    // replaced versions are not in the portfolio
    expect(by.has('gr-gezondheid-2021')).toBe(false);
    expect(by.has('gr-stadsbank-oost-nederland-2015')).toBe(false);
  });
  it('Wierden is in IT Platform Twente only through IT-voorzieningen, without being a party', () => {
    const o = kb.organisaties.find((x) => x.id === 'wierden')!.data;
    const d = metVoorzieningen(deelnamesVan('wierden', kb.regelingen), o.deelnames, kb.regelingen).find(
      (x) => x.regeling === 'overeenkomst-it-platform-twente',
    );
    expect(d?.wijze).toBe('voorziening');
    expect(d?.voorzieningen?.length).toBeGreaterThan(0);
  });
  it('every Twente municipality takes part in SamenTwente, the VRT and the ODT; the table has a column per shared regeling', () => {
    const gemeenten = kb.organisaties
      .filter((o) => TWENTE.includes(o.id))
      .map((o) => ({ id: o.id, naam: o.data.naam, deelnames: o.data.deelnames }));
    expect(gemeenten).toHaveLength(14);
    const m = portefeuilleMatrix(gemeenten, kb.regelingen);
    for (const g of TWENTE)
      for (const r of ['gr-samentwente-2024', 'gr-veiligheidsregio-twente', 'gr-omgevingsdienst-twente'])
        expect(m.cel(g, r), `${g} ${r}`).toBeDefined();
    expect(m.cel('enschede', 'gr-soweco')).toBeUndefined();
    expect(m.cel('almelo', 'gr-soweco')?.wijze).toBe('direct');
    expect(m.regelingen[0].id).toMatch(/samentwente|veiligheidsregio|omgevingsdienst|stadsbank/);
  });
  it('says how much of each regeling was read', () => {
    expect(dekking(kb.regelingen.find((r) => r.id === 'overeenkomst-vth-twente')!.data)).toEqual({
      vastgesteld: 6,
      totaal: 6,
    });
    expect(dekking(kb.regelingen.find((r) => r.id === 'gr-swb-midden-twente')!.data).vastgesteld).toBe(0);
  });
});

describe('the explorer cites a regeling per article', () => {
  it('links a regeling citation to the article on the regeling page', async () => {
    const { buildData } = await import('../../src/loaders/explorer-data.ts');
    const inhoud = structuredClone(content.verkenner);
    // one route cites the Noaberkracht regeling (as a real bedrijfsvoeringsorganisatie)
    (inhoud.routes[0] as unknown as { bronnen?: unknown[] }).bronnen = [
      { bron: 'gr-noaberkracht', plaats: 'intitule' },
    ];
    const data = buildData(kb, content.regels, inhoud);
    expect(data.cites.bronnen['gr-noaberkracht']).toEqual({
      t: 'GR Noaberkracht Dinkelland Tubbergen',
      s: { intitule: 'Intitulé en overwegingen' },
      h: '/regelingen/gr-noaberkracht/',
    });
    expect(citeLink({ bron: 'gr-noaberkracht', plaats: 'intitule' }, data.cites)).toEqual({
      href: '/regelingen/gr-noaberkracht/#intitule',
      tekst: 'GR Noaberkracht Dinkelland Tubbergen, Intitulé en overwegingen',
    });
  });
});

describe('the answers first on a municipality page: its IT cooperations, how to get out, what the raad can do', () => {
  const itVan = (c: typeof content, g: string) => {
    const o = c.kb.organisaties.find((x) => x.id === g)!.data;
    return itSamenwerkingen(
      metVoorzieningen(deelnamesVan(g, c.kb.regelingen), o.deelnames, c.kb.regelingen),
      c.kb.regelingen,
      c.uittreding,
    );
  };
  const home = (c: typeof content, id: string) => c.uittreding.find((u) => u.id === id)!.data;

  it('states the exit rule of IT Platform Twente from its one home, for a party the whole and for a participant in IT-voorzieningen one voorziening', () => {
    for (const g of TWENTE) {
      const it = itVan(content, g);
      const itpt = it.find((s) => s.casus === 'it-platform-twente');
      expect(itpt, g).toBeDefined();
      const u = itpt!.uittreden;
      if (!('kort' in u)) throw new Error(`${g}: exit of IT Platform Twente not settled`);
      const thuis = itpt!.deelname.wijze === 'voorziening' ? 'it-platform-twente-voorziening' : 'it-platform-twente';
      expect(u.kort.tekst, g).toBe(uittredingTekst(home(content, thuis), 'kort'));
      expect(u.volledig.map((v) => v.tekst).join(' '), g).toBe(uittredingTekst(home(content, thuis), 'volledig'));
      expect(u.kort.bronnen.length, g).toBeGreaterThan(0);
    }
    // Rijssen-Holten and Wierden are no party (Bijlage 1 only): no raad point is claimed for them
    for (const g of ['rijssen-holten', 'wierden']) {
      const itpt = itVan(content, g).find((s) => s.casus === 'it-platform-twente')!;
      expect(itpt.deelname.wijze).toBe('voorziening');
      expect('nietVastgesteld' in itpt.raad).toBe(true);
    }
  });

  it('says "niet vastgesteld" where the regeling is not read, and takes part through a body as such', () => {
    const hof = itVan(content, 'hof-van-twente').find((s) => s.casus === 'samenwerking-ict-hengelo')!;
    expect(hof.deelname.wijze).toBe('via');
    expect(hof.uittreden).toEqual({ nietVastgesteld: expect.stringMatching(/niet gelezen/i) });
    expect('nietVastgesteld' in hof.raad).toBe(true);
    const hengelo = itVan(content, 'hengelo').find((s) => s.casus === 'samenwerking-ict-hengelo')!;
    expect(hengelo.deelname.wijze).toBe('direct');
    expect('kort' in hengelo.raad && hengelo.raad.kort.bronnen.length).toBeGreaterThan(0);
    // the short answer keeps to whole sentences of the cited text, at most 30 words together or the first one
    if ('kort' in hengelo.raad) expect(hengelo.raad.volledig.tekst.startsWith(hengelo.raad.kort.tekst)).toBe(true);
  });

  it('changing the notice period in the one home changes the municipality answer', () => {
    const root = contentCopy();
    const f = join(root, 'content', 'uittreding', 'it-platform-twente.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(/opzegtermijn:\n  maanden: 12\n/, 'opzegtermijn:\n  maanden: 17\n'),
    );
    const changed = loadContent(join(root, 'content'));
    const kort = (c: typeof content) => {
      const u = itVan(c, 'almelo').find((s) => s.casus === 'it-platform-twente')!.uittreden;
      return 'kort' in u ? u.kort.tekst : '';
    };
    expect(kort(content)).toContain('ten minste 12 maanden');
    expect(kort(changed)).toContain('ten minste 17 maanden');
  });

  it('the organisation page and its helpers state no notice period or minimum term by hand', () => {
    const files = [
      'src/pages/organisaties/[id].astro',
      'src/components/Portefeuille.astro',
      'src/loaders/regelingen.ts',
    ];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\b(\d+|twaalf|vierentwintig|zesendertig) (aaneengesloten )?maanden\b/i);
      expect(text, f).not.toMatch(/opzegtermijn van|kalenderjaar/i);
    }
  });
});
