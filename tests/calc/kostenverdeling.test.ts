import { describe, expect, it } from 'vitest';
import {
  computeVerdeling,
  euro,
  parseGetal,
  distributeCenten,
  type VerdelingUitkomst,
} from '../../src/calc/kostenverdeling.ts';
import { grafiekSvg, verdelingHtml } from '../../src/calc/render.ts';
import { sleutel } from './helpers.ts';

const ok = (u: ReturnType<typeof computeVerdeling>): VerdelingUitkomst => {
  if (!u.ok) throw new Error(JSON.stringify(u.fouten));
  if (!u.berekenbaar) throw new Error('niet berekenbaar');
  return u;
};
const g = (naam: string, inwoners: string) => ({ naam, soort: 'gemeente', inwoners });

describe('rounding', () => {
  it('parts add up exactly to the budget (many random cases)', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      const totaal = BigInt(Math.floor(rnd() * 1e9));
      const w = Array.from({ length: 1 + Math.floor(rnd() * 15) }, () => BigInt(Math.floor(rnd() * 200000)) + 1n);
      const delen = distributeCenten(totaal, w);
      expect(delen.reduce((a, b) => a + b, 0n)).toBe(totaal);
      delen.forEach((d, i) => {
        const exact = (Number(totaal) * Number(w[i])) / Number(w.reduce((a, b) => a + b, 0n));
        expect(Math.abs(Number(d) - exact)).toBeLessThan(1);
      });
    }
  });
  it('gives the remaining cents deterministically: largest remainder, then order', () => {
    expect(distributeCenten(10000000n, [1n, 1n, 1n])).toEqual([3333334n, 3333333n, 3333333n]);
    expect(distributeCenten(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(distributeCenten(200n, [1n, 1n, 1n])).toEqual([67n, 67n, 66n]);
    expect(distributeCenten(1n, [1n, 3n])).toEqual([0n, 1n]);
  });
  it('€ 100.000 over three equal GGI participants adds up to the cent', () => {
    const u = ok(
      computeVerdeling(sleutel('it-ggi'), { bedrag: '100.000', deelnemers: [g('A', ''), g('B', ''), g('C', '')] }),
    );
    expect(u.rijen.map((r) => r.bedrag)).toEqual(['€ 33.333,34', '€ 33.333,33', '€ 33.333,33']);
    expect(u.totaalCenten).toBe(10000000);
  });
});

describe('cost keys from the documents', () => {
  it('general costs (art. 12.2 a): inhabitants, cooperations count the Twente average', () => {
    const u = ok(
      computeVerdeling(sleutel('it-algemene-kosten'), {
        bedrag: '100000',
        gemiddelde: '40000',
        deelnemers: [g('A', '60000'), g('B', '20000'), { naam: 'C', soort: 'samenwerkingsverband' }],
      }),
    );
    expect(u.rijen.map((r) => r.centen)).toEqual([5000000, 1666667, 3333333]);
    expect(u.rijen.reduce((a, r) => a + r.centen, 0)).toBe(10000000);
  });
  it('RDNG (art. 10.2): Veiligheidsregio Twente counts 69% of the average, OLG the full average', () => {
    const u = ok(
      computeVerdeling(sleutel('it-rdng'), {
        bedrag: '269.000',
        gemiddelde: '100.000',
        deelnemers: [
          g('A', '100000'),
          { naam: 'VRT', soort: 'veiligheidsregio-twente' },
          { naam: 'OLG', soort: 'openbaar-lichaam-gezondheid' },
        ],
      }),
    );
    expect(u.rijen.map((r) => r.bedrag)).toEqual(['€ 100.000,00', '€ 69.000,00', '€ 100.000,00']);
    expect(u.rijen[1].grondslag).toBe('69% van 100.000 = 69.000 inwoners');
  });
  it('Digikoppeling/ESB (art. 10.2): cooperations count half the average', () => {
    const u = ok(
      computeVerdeling(sleutel('it-digikoppeling-esb'), {
        bedrag: '3000',
        gemiddelde: '50000',
        deelnemers: [g('A', '50000'), { naam: 'SV', soort: 'samenwerkingsverband' }],
      }),
    );
    expect(u.rijen.map((r) => r.centen)).toEqual([200000, 100000]);
  });
  it('Govroam cannot be computed and says so, with its article', () => {
    const u = computeVerdeling(sleutel('it-govroam'), { bedrag: '1000', deelnemers: [g('A', '1')] });
    expect(u).toMatchObject({ ok: true, berekenbaar: false });
    if (u.ok && !u.berekenbaar) {
      expect(u.samenvatting).toMatch(/kortingsafspraak/);
      expect(u.bronnen[0]).toMatchObject({ bron: 'it-platform-twente', plaats: 'art-10' });
    }
  });
  it('VTH art. 7.1: every participant pays 0,1 fte of the entered cost per fte', () => {
    const u = ok(
      computeVerdeling(sleutel('vth-bijdrage-fte'), { bedrag: '95.000,05', deelnemers: [g('A', ''), g('B', '')] }),
    );
    expect(u.rijen.map((r) => r.bedrag)).toEqual(['€ 9.500,01', '€ 9.500,01']);
    expect(u.totaal).toBe('€ 19.000,02');
  });
  it('VTH art. 7.3: € 10.000 per participant that does not deploy staff', () => {
    const u = ok(computeVerdeling(sleutel('vth-kerngroep'), { deelnemers: [g('A', ''), g('B', ''), g('C', '')] }));
    expect(u.totaal).toBe('€ 30.000,00');
  });
  it('VTH art. 7.4: variable contribution split equally', () => {
    const u = ok(
      computeVerdeling(sleutel('vth-variabele-bijdrage'), {
        bedrag: '1000',
        deelnemers: Array.from({ length: 15 }, (_, i) => g(`P${i}`, '')),
      }),
    );
    expect(u.rijen.reduce((a, r) => a + r.centen, 0)).toBe(100000);
    expect(new Set(u.rijen.map((r) => r.centen))).toEqual(new Set([6667, 6666]));
  });
});

describe('invalid input: a Dutch message per field', () => {
  const k = () => sleutel('it-algemene-kosten');
  it('negative amount, text in a number field, missing inhabitants, missing average', () => {
    const u = computeVerdeling(k(), {
      bedrag: '-5',
      gemiddelde: '',
      deelnemers: [g('A', 'veel'), g('B', ''), { naam: 'C', soort: 'samenwerkingsverband' }, g('D', '0')],
    });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.bedrag).toMatch(/niet negatief/);
    expect(u.fouten['deelnemer-0-inwoners']).toMatch(/"veel" is geen getal/);
    expect(u.fouten['deelnemer-1-inwoners']).toMatch(/Vul het aantal inwoners van B in/);
    expect(u.fouten['deelnemer-3-inwoners']).toMatch(/groter zijn dan 0/);
    expect(u.fouten.gemiddelde).toMatch(/gemiddelde inwonertal/);
  });
  it('no participants', () => {
    const u = computeVerdeling(k(), { bedrag: '100', deelnemers: [{ naam: '', inwoners: '' }] });
    expect(u.ok === false && u.fouten.deelnemers).toMatch(/minstens één deelnemer/);
  });
  it('numbers in Dutch notation', () => {
    expect(parseGetal('100.000', 2)).toEqual({ ok: true, waarde: 10000000n });
    expect(parseGetal('€ 2.500,50', 2)).toEqual({ ok: true, waarde: 250050n });
    expect(parseGetal('2500.5', 2)).toEqual({ ok: true, waarde: 250050n });
    expect(parseGetal('12,345', 2).ok).toBe(false);
    expect(parseGetal('1,5', 0)).toEqual({ ok: false, fout: 'Vul een heel getal in, zonder komma.' });
    expect(euro(123456789n)).toBe('€ 1.234.567,89');
  });
});

describe('table and chart', () => {
  it('render the same numbers; bars carry their values; no inline styles', () => {
    const u = ok(computeVerdeling(sleutel('it-ggi'), { bedrag: '100', deelnemers: [g('A & B', ''), g('C', '')] }));
    const html = verdelingHtml(u, {}, 'Test');
    const svg = grafiekSvg(u);
    for (const r of u.rijen) {
      expect(html).toContain(r.bedrag);
      expect(svg).toContain(r.bedrag);
    }
    expect(html).toContain('A &amp; B');
    expect(html).not.toMatch(/style=/);
    expect(svg).toMatch(/aria-hidden="true"/);
  });
});
