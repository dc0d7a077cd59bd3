import { describe, expect, it } from 'vitest';
import {
  evaluateBelemmering,
  evaluateVoorwaarde,
  geldtIn,
  getal,
  toets,
  type BladUitkomst,
  type Regel,
  type VormInvoer,
} from '../../src/engine/index.ts';
import { sit } from './helpers.ts';

const vorm: VormInvoer = {
  id: 'centrumgemeente',
  data: {
    korteTitel: 'Centrumgemeente',
    volgorde: 1,
    kenmerken: {
      rechtspersoon: false,
      publiekrechtelijk: true,
      delegatieMogelijk: false,
      mandaatMogelijk: true,
      eigenPersoneel: false,
      opGrondVanWgr: true,
    },
  },
};
const bel = {
  id: 'doelbinding',
  data: { titel: 'Doel', thema: 'gegevens' as const, volgorde: 1, bron: { bron: 'king-2015', plaats: 'h3-1-doel' } },
};
const regel = (id: string, ernst: Regel['ernst'], extra: Partial<Regel> = {}): Regel => ({
  id,
  belemmering: 'doelbinding',
  vormen: 'alle',
  geldig: {},
  voorwaarden: { all: [] },
  ernst,
  reden: `reden ${id}`,
  bronnen: [{ bron: 'king-2015', plaats: 'h3-1-doel' }],
  verlichting: [],
  zekerheid: 'volgens-bron',
  ...extra,
});

describe('operators', () => {
  it('behave as in json-rules-engine', () => {
    expect(toets('equal', 3, 3)).toBe(true);
    expect(toets('notEqual', 'a', 'b')).toBe(true);
    expect(toets('lessThan', 2, 3)).toBe(true);
    expect(toets('lessThan', 3, 3)).toBe(false);
    expect(toets('lessThanInclusive', 3, 3)).toBe(true);
    expect(toets('greaterThan', 4, 3)).toBe(true);
    expect(toets('greaterThanInclusive', 2, 3)).toBe(false);
    expect(toets('in', 'a', ['a', 'b'])).toBe(true);
    expect(toets('notIn', 'c', ['a', 'b'])).toBe(true);
    expect(toets('contains', ['brp'], 'brp')).toBe(true);
    expect(toets('doesNotContain', ['brp'], 'nhr')).toBe(true);
    expect(toets('contains', 'brp', 'brp')).toBe(false);
    expect(toets('equal', ['brp'], ['brp'])).toBe(true);
    expect(toets('lessThan', '2', 3)).toBe(false);
  });
});

describe('condition evaluation', () => {
  it('records every leaf, without short-circuit, with the actual value', () => {
    const log: BladUitkomst[] = [];
    const ok = evaluateVoorwaarde(
      {
        all: [
          { fact: 'digid', operator: 'equal', value: true },
          {
            any: [
              { fact: 'aantalGemeenten', operator: 'greaterThan', value: 1 },
              { fact: 'vorm.rechtspersoon', operator: 'equal', value: true },
            ],
          },
          { not: { fact: 'vorm.id', operator: 'equal', value: 'centrumgemeente' } },
        ],
      },
      sit({ digid: false, aantalGemeenten: 4 }),
      vorm,
      'r1',
      log,
    );
    expect(ok).toBe(false);
    expect(log.map((l) => [l.fact, l.actual, l.result])).toEqual([
      ['digid', false, false],
      ['aantalGemeenten', 4, true],
      ['vorm.rechtspersoon', false, false],
      ['vorm.id', 'centrumgemeente', true],
    ]);
  });
  it('empty all is true', () => {
    expect(evaluateVoorwaarde({ all: [] }, sit(), vorm, 'r', [])).toBe(true);
  });
});

describe('combining rules for one obstacle', () => {
  it('highest severity wins; reasons kept highest first, nvt reasons dropped; citations deduplicated', () => {
    const u = evaluateBelemmering(bel, vorm, sit(), [
      regel('a', 'nvt'),
      regel('b', 'beheersbaar'),
      regel('c', 'aanzienlijk', {
        bronnen: [
          { bron: 'king-2015', plaats: 'h3-1-doel' },
          { bron: 'king-2015', plaats: 'h2' },
        ],
      }),
      regel('d', 'blokkerend', { voorwaarden: { all: [{ fact: 'digid', operator: 'equal', value: true }] } }),
    ]);
    expect(u.ernst).toBe('aanzienlijk');
    expect(u.punten).toBe(3);
    expect(u.regels).toEqual(['c', 'b']);
    expect(u.redenen).toEqual(['reden c', 'reden b']);
    expect(u.bronnen).toEqual([
      { bron: 'king-2015', plaats: 'h3-1-doel' },
      { bron: 'king-2015', plaats: 'h2' },
    ]);
    expect(u.getoetst.map((g) => [g.regel, g.geraakt])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', false],
    ]);
    expect(u.voorwaarden).toEqual([
      { regel: 'd', fact: 'digid', operator: 'equal', value: true, actual: false, result: false },
    ]);
  });
  it("no rule hits: nvt, the default reason and the obstacle's KING citation, never missing", () => {
    const u = evaluateBelemmering(bel, vorm, sit(), [
      regel('d', 'blokkerend', { voorwaarden: { any: [{ fact: 'digid', operator: 'equal', value: true }] } }),
    ]);
    expect(u).toMatchObject({
      ernst: 'nvt',
      punten: 0,
      standaard: true,
      regels: [],
      bronnen: [{ bron: 'king-2015', plaats: 'h3-1-doel' }],
    });
    expect(u.redenen[0]).toMatch(/niet van toepassing/);
  });
  it('fills placeholders with Dutch formatting', () => {
    const u = evaluateBelemmering(bel, vorm, sit({ aantalGemeenten: 12, basisregistraties: ['brp', 'nhr'] }), [
      regel('p', 'beheersbaar', { reden: '{vorm}: {aantalGemeenten} gemeenten, {basisregistraties}, digid {digid}.' }),
    ]);
    expect(u.redenen[0]).toBe('Centrumgemeente: 12 gemeenten, BRP, NHR, digid nee.');
    expect(getal(105000)).toBe('105.000');
  });
  it('periods: nu takes the open-ended rules, king2015 the rules valid on 2015-07-01', () => {
    const oud = regel('oud', 'blokkerend', { geldig: { tot: '2017-07-01' } });
    const nieuw = regel('nieuw', 'beheersbaar', { geldig: { vanaf: '2017-07-01' } });
    const altijd = regel('altijd', 'beheersbaar');
    expect([oud, nieuw, altijd].filter((r) => geldtIn(r, { periode: 'nu' })).map((r) => r.id)).toEqual([
      'nieuw',
      'altijd',
    ]);
    expect([oud, nieuw, altijd].filter((r) => geldtIn(r, { periode: 'king2015' })).map((r) => r.id)).toEqual([
      'oud',
      'altijd',
    ]);
    expect([oud, nieuw].filter((r) => geldtIn(r, { peildatum: '2017-06-30' })).map((r) => r.id)).toEqual(['oud']);
  });
});
