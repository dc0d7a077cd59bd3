import { describe, expect, it } from 'vitest';
import { antwoordenEerst, eigenTitelEerst, zoekwoorden } from '../../src/lib/zoekvraag.ts';

describe('zoekwoorden: a question as people type it becomes the words the site uses', () => {
  it('turns "stap uit" into uittreden and drops stop words', () => {
    expect(zoekwoorden('hoe stap je uit een gemeenschappelijke regeling')).toBe(
      'uittreden gemeenschappelijke regeling',
    );
    expect(zoekwoorden('Hoe komen we eruit?')).toBe('uittreden');
    expect(zoekwoorden('hoe kom je uit IT Platform Twente')).toBe('uittreden it platform twente');
    expect(zoekwoorden('wat kost een openbaar lichaam')).toBe('kosten openbaar lichaam');
  });
  it('leaves a short query alone', () => {
    expect(zoekwoorden('SOC')).toBe('SOC');
    expect(zoekwoorden('de raad')).toBe('de raad');
  });
});

describe('eigenTitelEerst: a page titled with the query word itself comes first', () => {
  it('puts the acronym page before a page that only shares its first letters', () => {
    const r = [{ t: 'Sociaal domein' }, { t: 'SOC (Security Operations Center)' }, { t: 'Iets anders' }];
    expect(eigenTitelEerst(r, 'SOC', (x) => x.t).map((x) => x.t)).toEqual([
      'SOC (Security Operations Center)',
      'Sociaal domein',
      'Iets anders',
    ]);
  });
  it('then a title with the word as part of a compound, but not an acronym inside another word', () => {
    const r = [{ t: 'Incongruente samenwerking' }, { t: 'Samenwerkingsverband' }, { t: 'SubOIN' }, { t: 'OIN' }];
    expect(eigenTitelEerst(r, 'verband', (x) => x.t).map((x) => x.t)).toEqual([
      'Samenwerkingsverband',
      'Incongruente samenwerking',
      'SubOIN',
      'OIN',
    ]);
    expect(eigenTitelEerst(r, 'OIN', (x) => x.t).map((x) => x.t)).toEqual([
      'OIN',
      'Incongruente samenwerking',
      'Samenwerkingsverband',
      'SubOIN',
    ]);
  });
  it('keeps the order when no title holds the word', () => {
    const r = [{ t: 'a b' }, { t: 'c d' }];
    expect(eigenTitelEerst(r, 'x', (x) => x.t)).toEqual(r);
  });
});

describe('antwoordenEerst: for a question, the answering pages before the source texts', () => {
  const r = [
    { t: 'Samenwerkingsovereenkomst IT Platform Twente', type: 'Bron' },
    { t: 'IT Platform Twente', type: 'Casus' },
    { t: 'Rekenhulp uittreden', type: 'Pagina' },
  ];
  it("puts the page titled with the question's term first and the source last", () => {
    expect(
      antwoordenEerst(
        r,
        'hoe kom je uit IT Platform Twente',
        (x) => x.t,
        (x) => x.type,
        'Bron',
      ).map((x) => x.t),
    ).toEqual(['Rekenhulp uittreden', 'IT Platform Twente', 'Samenwerkingsovereenkomst IT Platform Twente']);
  });
  it("leaves a plain query in Pagefind's order", () => {
    expect(
      antwoordenEerst(
        r,
        'IT Platform',
        (x) => x.t,
        (x) => x.type,
        'Bron',
      ),
    ).toEqual(r);
  });
});
