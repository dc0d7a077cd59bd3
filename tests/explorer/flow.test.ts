import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { vragenBestand } from '../../src/explorer/schema.ts';
import { alleToestanden, gesteld, isKlaar, lees, pad, samenvatting, situatie, volgende, type Flow } from '../../src/explorer/flow.ts';
import { standaardSituatie } from '../../src/engine/velden.ts';
import { controleerSituatie } from '../../src/engine/situation.ts';

const flow = vragenBestand.parse(parse(readFileSync('content/verkenner/vragen.yaml', 'utf8'))) as unknown as Flow;
const toestanden = alleToestanden(flow);
const uitkomsten = toestanden.filter((a) => isKlaar(flow, a));

describe('the question tree as data', () => {
  it('ends every path in an outcome (no dead end, no cycle: the walk terminates)', () => {
    expect(uitkomsten.length).toBeGreaterThan(0);
    for (const a of toestanden) {
      const v = volgende(flow, a);
      if (v) expect(v.opties.length, v.id).toBeGreaterThan(1);
      // every path is at most as long as the question list: no cycle
      expect(Object.keys(a).length).toBeLessThanOrEqual(flow.vragen.length);
    }
  });
  it('reaches every question and every option', () => {
    const gezien = new Set<string>();
    for (const a of toestanden) for (const [v, o] of Object.entries(a)) gezien.add(`${v}=${o}`);
    for (const v of flow.vragen) for (const o of v.opties) expect(gezien.has(`${v.id}=${o.id}`), `${v.id}=${o.id}`).toBe(true);
  });
  it('skips questions that do not matter for earlier answers', () => {
    const inkoop = uitkomsten.find((a) => a.doel === 'inkoop')!;
    expect(inkoop.gegevens).toBeUndefined();
    expect(inkoop.inloggen).toBeUndefined();
    const fg = uitkomsten.find((a) => a.doel === 'fg')!;
    expect(fg.inloggen).toBeUndefined();
    expect(uitkomsten.find((a) => a.doel === 'ict')!.inloggen).toBeDefined();
  });
  it('keeps the number of static pages within reason', () => {
    expect(toestanden.length).toBeLessThan(4000);
  });
  it('gives every outcome a valid situation for the rules engine', () => {
    for (const a of uitkomsten) expect(controleerSituatie(situatie(flow, a, standaardSituatie)), JSON.stringify(a)).toEqual([]);
  });
  it('maps answers to the situation', () => {
    const s = situatie(flow, { doel: 'ict', gegevens: 'basisregistraties', inloggen: 'digid', aantal: '10-14', bevoegdheid: 'delegatie', organisatie: 'ja', private: 'nee', voorkeur: 'snel' }, standaardSituatie);
    expect(s).toMatchObject({ aantalGemeenten: 14, persoonsgegevens: true, basisregistraties: ['brp', 'nhr'], digid: true, besluitenNamensDeelnemers: true, mandaat: false, personeelInDienst: true, contractenSluiten: true, privatePartijen: false, multiTenantApplicaties: 'onbekend' });
  });
});

describe('answers in the URL', () => {
  it('round-trips every state through its path', () => {
    for (const a of toestanden) expect(lees(flow, pad(flow, a))).toEqual({ antwoorden: a });
  });
  it('orders the path by question, whatever order the answers were given in', () => {
    expect(pad(flow, { aantal: '2-4', doel: 'soc', gegevens: 'geen' })).toBe('/verkenner/v/soc/geen/2-4/');
  });
  it('reports an unknown answer with the last valid state', () => {
    expect(lees(flow, '/verkenner/v/fg/hallo/')).toEqual({
      antwoorden: { doel: 'fg' },
      fout: { bericht: '“hallo” is geen antwoord op de vraag “Werkt de samenwerking met gegevens over inwoners of bedrijven?”.', terug: '/verkenner/v/fg/' },
    });
  });
  it('reports parts after a complete walk', () => {
    const a = uitkomsten[0];
    const r = lees(flow, `${pad(flow, a)}extra/`);
    expect(r.antwoorden).toEqual(a);
    expect(r.fout?.terug).toBe(pad(flow, a));
  });
  it('never throws on malformed or random paths, and always offers a way back', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alfabet = ['fg', 'ict', 'ja', 'nee', '2-4', '%', '%E0%A4%A', '..', '', ' ', 'ü', '<script>', 'geen', 'mandaat', '10-14', '💥'];
    for (let i = 0; i < 2000; i++) {
      const n = Math.floor(rnd() * 10);
      const p = '/verkenner/v/' + Array.from({ length: n }, () => alfabet[Math.floor(rnd() * alfabet.length)]).join('/');
      const r = lees(flow, p);
      if (r.fout) {
        expect(r.fout.bericht.length).toBeGreaterThan(0);
        expect(lees(flow, r.fout.terug).fout).toBeUndefined();
      }
      expect(lees(flow, pad(flow, r.antwoorden)).fout).toBeUndefined();
    }
  });
});

describe('summary', () => {
  it('lists each asked question with a link that goes back to it', () => {
    const a = { doel: 'fg', gegevens: 'persoonsgegevens', aantal: '10-14' };
    const rows = samenvatting(flow, a);
    expect(rows.map((r) => [r.vraag.id, r.optie.id, r.wijzig])).toEqual([
      ['doel', 'fg', '/verkenner/'],
      ['gegevens', 'persoonsgegevens', '/verkenner/v/fg/'],
      ['aantal', '10-14', '/verkenner/v/fg/persoonsgegevens/'],
    ]);
    expect(gesteld(flow, a).map((v) => v.id)).toEqual(['doel', 'gegevens', 'aantal', 'bevoegdheid']);
  });
});
