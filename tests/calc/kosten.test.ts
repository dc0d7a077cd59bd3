import { describe, expect, it } from 'vitest';
import { computeKosten, kostenNaarQuery, kostenUitQuery, type KostenUitkomst } from '../../src/calc/kosten.ts';
import { regels } from './helpers.ts';

const ok = (u: ReturnType<typeof computeKosten>): KostenUitkomst => {
  if (!u.ok) throw new Error(JSON.stringify(u.fouten));
  return u;
};

describe('cost calculator', () => {
  it('fte × cost per fte plus overhead, split equally to the cent', () => {
    const u = ok(computeKosten({ fte: '1', kosten: '100.000', opslag: '0', n: '3', sleutel: 'gelijk' }));
    expect(u.totaalCenten).toBe(10000000);
    expect(u.rijen.map((r) => r.bedrag)).toEqual(['€ 33.333,34', '€ 33.333,33', '€ 33.333,33']);
    expect(u.rijen.reduce((a, r) => a + r.centen, 0)).toBe(u.totaalCenten);
  });
  it('rounds the overhead half up to a cent', () => {
    // 0,33 fte × € 1.000,01 = € 330,0033 → € 330,00; 12,5% of € 330,00 = € 41,25
    const u = ok(computeKosten({ fte: '0,33', kosten: '1000,01', opslag: '12,5', n: '1' }));
    expect(u.personeelCenten).toBe(33000);
    expect(u.opslagCenten).toBe(4125);
    expect(u.totaal).toBe('€ 371,25');
    // 1 fte × € 0,05 with 10% overhead: 0,5 cent rounds up to 1 cent
    expect(ok(computeKosten({ fte: '1', kosten: '0,05', opslag: '10', n: '1' })).opslagCenten).toBe(1);
  });
  it('splits by inhabitants the user enters; shares add up to the total', () => {
    const u = ok(
      computeKosten({
        fte: '1,5',
        kosten: '95.000',
        opslag: '15',
        n: '3',
        sleutel: 'inwoners',
        namen: ['A', 'B', ''],
        gewichten: ['35.000', '25000', '40.000'],
      }),
    );
    // 1,5 × 95.000 = 142.500; + 15% = 163.875
    expect(u.totaal).toBe('€ 163.875,00');
    expect(u.rijen.map((r) => r.centen)).toEqual([5735625, 4096875, 6555000]);
    expect(u.rijen[2].naam).toBe('Gemeente 3');
    expect(u.rijen.reduce((a, r) => a + r.centen, 0)).toBe(u.totaalCenten);
    expect(u.rijen.map((r) => r.procent)).toEqual([35, 25, 40]);
  });
  it('compares with going alone: fte alone × cost per fte, no host overhead', () => {
    const u = ok(computeKosten({ fte: '1', kosten: '90000', opslag: '10', n: '4', sleutel: 'gelijk', alleen: '0,5' }));
    expect(u.rijen[0].bedrag).toBe('€ 24.750,00');
    expect(u.rijen[0].alleen).toBe('€ 45.000,00');
    expect(u.rijen[0].verschil).toBe('€ 20.250,00');
    expect(u.alleenTotaal).toBe('€ 180.000,00');
    const duurder = ok(computeKosten({ fte: '2', kosten: '90000', opslag: '10', n: '2', alleen: '0,5' }));
    expect(duurder.rijen[0].verschil).toBe('−€ 54.000,00');
  });
  it('many random splits add up exactly', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const n = 1 + Math.floor(rnd() * 14);
      const u = ok(
        computeKosten({
          fte: (rnd() * 10).toFixed(2),
          kosten: (rnd() * 200000).toFixed(2),
          opslag: (rnd() * 40).toFixed(2),
          n: String(n),
          sleutel: 'gebruik',
          gewichten: Array.from({ length: n }, () => String(1 + Math.floor(rnd() * 5000))),
        }),
      );
      expect(u.rijen.reduce((a, r) => a + r.centen, 0)).toBe(u.totaalCenten);
    }
  });
  it('names every bad field in Dutch', () => {
    const u = computeKosten({ fte: 'een', kosten: '', opslag: '-5', n: '15', sleutel: 'loting', alleen: '1,234' });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.fte).toMatch(/geen getal/);
    expect(u.fouten.kosten).toMatch(/kosten van één fte/);
    expect(u.fouten.opslag).toMatch(/niet negatief/);
    expect(u.fouten.n).toMatch(/1 tot en met 14/);
    expect(u.fouten.sleutel).toMatch(/verdeelsleutel/);
    expect(u.fouten.alleen).toMatch(/2 cijfers achter de komma/);
    const w = computeKosten({
      fte: '1',
      kosten: '1000',
      opslag: '0',
      n: '2',
      sleutel: 'inwoners',
      namen: ['Almelo', ''],
      gewichten: ['', 'veel'],
    });
    expect(w.ok).toBe(false);
    if (!w.ok) {
      expect(w.fouten['gewicht-0']).toMatch(/inwoners van Almelo/);
      expect(w.fouten['gewicht-1']).toMatch(/geen getal/);
    }
    const nul = computeKosten({
      fte: '0',
      kosten: '1000',
      opslag: '0',
      n: '2',
      sleutel: 'gebruik',
      gewichten: ['0', '0'],
    });
    expect(nul.ok).toBe(false);
    if (!nul.ok) {
      expect(nul.fouten.fte).toMatch(/groter dan 0/);
      expect(nul.fouten['gewicht-0']).toMatch(/groter dan 0 is/);
    }
  });
  it('round-trips its input through the URL query', () => {
    const invoer = {
      route: 'soc',
      fte: '1,5',
      kosten: '95.000',
      opslag: '15',
      n: '2',
      sleutel: 'inwoners',
      alleen: '0,5',
      namen: ['A', 'B'],
      gewichten: ['35000', '25000'],
    };
    const q = kostenNaarQuery(invoer);
    expect(q.toString()).toBe(
      'route=soc&fte=1%2C5&kosten=95.000&opslag=15&n=2&sleutel=inwoners&alleen=0%2C5&naam=A&w=35000&naam=B&w=25000',
    );
    expect(kostenUitQuery(new URLSearchParams(q.toString()))).toEqual(invoer);
  });
});

describe('cost lines per route', () => {
  it('has the four routes of the explorer, each line cited', () => {
    const k = regels().kosten;
    expect(k.map((r) => r.id)).toEqual(['fg-privacy-ciso', 'soc', 'it-platform-twente', 'gemeenschappelijke-regeling']);
    for (const r of k)
      for (const p of r.data.posten) expect(p.bronnen.length, `${r.id}: ${p.label}`).toBeGreaterThan(0);
  });
  it('states the figures of the sources: KING’s DigiD estimate (2015) and the host overhead of 2020', () => {
    const gr = regels().kosten.find((r) => r.id === 'gemeenschappelijke-regeling')!.data;
    expect(gr.posten.find((p) => p.bedrag?.jaar === 2015)?.bedrag).toEqual({
      van: 10000,
      tot: 15000,
      per: 'gemeente',
      jaar: 2015,
    });
    const it = regels().kosten.find((r) => r.id === 'it-platform-twente')!.data;
    const overhead = it.posten.find((p) => p.label === 'Overhead van de gastheer')!;
    expect(overhead.bedrag?.van).toBe(65635);
    expect(overhead.bronnen[0]).toMatchObject({ bron: 'it-platform-twente', plaats: 'bijlage-2' });
  });
});
