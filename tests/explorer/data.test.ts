// The real data assembly: buildData is a pure function of loaded content, called here without astro:content.
import { describe, expect, it } from 'vitest';
import { data, inhoud, kb } from './helpers.ts';
import { gesteld } from '../../src/explorer/flow.ts';
import { editData, problemsAfter } from '../loaders/helpers.ts';
import { allCitations } from '../../src/loaders/references.ts';
import { VERWACHTE_INSTRUMENTEN } from '../../src/loaders/explorer.ts';
import { join } from 'node:path';

describe('buildData', () => {
  it('carries the questions, routes, goals and the engine input', () => {
    expect(data.flow.vragen.map((v) => v.id)).toEqual([
      'doel',
      'aantal',
      'werkgever',
      'waarde',
      'platform',
      'stoppen',
      'gegevens',
      'inloggen',
      'taken',
    ]);
    expect(Object.keys(data.doelen).sort()).toEqual(['ciso', 'fg', 'ict', 'inkoop', 'privacy-officer', 'soc']);
    expect(data.routes.length).toBe(inhoud.routes.length);
    expect(data.engine.vormen.length).toBe(kb.vormen.length);
    expect(data.engine.regels.length).toBeGreaterThan(0);
  });
  it('indexes exactly the sources the explorer cites, with their section titles', () => {
    const gebruikt = new Set(
      allCitations([inhoud.routes, inhoud.doelen, inhoud.delen, inhoud.motie, inhoud.kader]).map((c) => c.bron),
    );
    expect(new Set([...Object.keys(data.cites.bronnen), ...Object.keys(data.cites.extern)])).toEqual(gebruikt);
    expect(data.cites.bronnen['it-platform-twente'].s['art-15']).toMatch(/^Artikel 15/);
    expect(data.cites.extern.avg.u).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });
  it('links only to form pages that exist; the instruments may be named before they do', () => {
    for (const id of Object.keys(data.vormTitels)) expect(kb.vormen.some((v) => v.id === id)).toBe(true);
    const genoemd = new Set(inhoud.routes.flatMap((r) => r.vormen));
    for (const id of genoemd)
      expect(kb.vormen.some((v) => v.id === id) || (VERWACHTE_INSTRUMENTEN as readonly string[]).includes(id), id).toBe(
        true,
      );
  });
});

// each case is the minimal fixture (tests/fixtures/content-min/) plus one change
describe('the explorer content names the file and field of bad content', () => {
  it('an unknown source, form and obstacle', () => {
    const p = problemsAfter((dir) => {
      editData(join(dir, 'verkenner/routes.yaml'), (d) => {
        d.routes[0].vormen = ['bestaat-niet'];
        d.routes[0].rechtsgrondslag.bronnen[0].bron = 'geen-bron';
      });
      editData(join(dir, 'verkenner/doelen/inkoop.yaml'), (d) => {
        d.belemmeringen[0].id = 'geen-belemmering';
      });
    });
    expect(p).toEqual([
      'content/verkenner/routes.yaml: onbekende bron "geen-bron"',
      'content/verkenner/routes.yaml: veld "routes.0.vormen.0": onbekende vorm "bestaat-niet"',
      'content/verkenner/doelen/inkoop.yaml: veld "belemmeringen.0.id": onbekende belemmering "geen-belemmering"',
    ]);
  });
  it('a route without its required fields', () => {
    const p = problemsAfter((dir) =>
      editData(join(dir, 'verkenner/routes.yaml'), (d) => {
        delete d.routes[0].doorlooptijd;
      }),
    );
    expect(p).toEqual([
      'content/verkenner/routes.yaml: veld "routes.0.doorlooptijd": Invalid input: expected object, received undefined',
    ]);
  });

  it('asks every question a fit rule reads for some goal of its route, and the rule names real answers', () => {
    for (const r of data.routes)
      for (const p of r.past) {
        const v = data.flow.vragen.find((x) => x.id === p.als.vraag);
        expect(v, `${r.id}: no question "${p.als.vraag}"`).toBeDefined();
        const gevraagd = r.doelen.some((g) => gesteld(data.flow, { doel: [g] }).some((x) => x.id === v!.id));
        expect(gevraagd, `${r.id}: "${v!.id}" is never asked for ${r.doelen.join(', ')}`).toBe(true);
        for (const o of p.als.in)
          expect(
            v!.opties.map((x) => x.id),
            `${r.id}: ${v!.id}-${o}`,
          ).toContain(o);
      }
  });
});
