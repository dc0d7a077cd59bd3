import { describe, expect, it } from 'vitest';
import { computeUittreding, type UittredingUitkomst } from '../../src/calc/uittreding.ts';
import { uittreding } from './helpers.ts';

const ok = (u: ReturnType<typeof computeUittreding>): UittredingUitkomst => {
  if (!u.ok) throw new Error(JSON.stringify(u.fouten));
  return u;
};
const plaatsen = (u: UittredingUitkomst) =>
  [...u.redenering, ...u.kosten, ...u.voorbehouden].flatMap((s) => s.bronnen.map((b) => `${b.bron}#${b.plaats}`));

describe('IT Platform Twente, art. 8', () => {
  const r = () => uittreding('it-platform-twente');
  it('notice on 31 December: end of the next calendar year', () => {
    expect(ok(computeUittreding(r(), { opzegdatum: '2025-12-31', startDeelname: '2022-01-01' })).einddatum).toBe(
      '2026-12-31',
    );
  });
  it('notice on 1 January: end of the year after', () => {
    expect(ok(computeUittreding(r(), { opzegdatum: '2026-01-01', startDeelname: '2022-01-01' })).einddatum).toBe(
      '2027-12-31',
    );
  });
  it('worked example: notice 15 March 2026, member since 1 January 2022', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15', startDeelname: '2022-01-01' }));
    expect(u.einddatum).toBe('2027-12-31');
    expect(u.status).toBe('zeker');
    expect(plaatsen(u)).toContain('it-platform-twente#art-8');
    expect(u.kosten.map((k) => k.bronnen[0].detail)).toEqual(['8.3 sub a', '8.3 sub b', '8.3 sub c', '8.4']);
    expect(u.procedure.map((p) => p.tekst).join(' ')).toMatch(/veertien dagen/);
    expect(u.procedure.map((p) => p.tekst).join(' ')).toMatch(/deskundigen/);
  });
  it('36 months of participation not yet reached: moves to the first year-end where both hold', () => {
    // 36 months from 1 July 2024 are complete on 30 June 2027 → 31 December 2027, not 2026
    expect(ok(computeUittreding(r(), { opzegdatum: '2025-06-01', startDeelname: '2024-07-01' })).einddatum).toBe(
      '2027-12-31',
    );
    // exactly 36 months on 31 December 2024
    expect(ok(computeUittreding(r(), { opzegdatum: '2023-12-31', startDeelname: '2022-01-01' })).einddatum).toBe(
      '2024-12-31',
    );
    // one day short → a year later
    expect(ok(computeUittreding(r(), { opzegdatum: '2023-12-31', startDeelname: '2022-01-02' })).einddatum).toBe(
      '2025-12-31',
    );
  });
  it('the most recent IT-voorziening also needs 36 months', () => {
    const u = ok(
      computeUittreding(r(), { opzegdatum: '2026-03-15', startDeelname: '2022-01-01', startVoorziening: '2025-06-01' }),
    );
    expect(u.einddatum).toBe('2028-12-31');
    expect(u.redenering).toContainEqual(
      expect.objectContaining({ soort: 'minimumduur', start: '2025-06-01', vol: '2028-05-31', later: true }),
    );
  });
  it('leaving the voorziening date empty is noted as a reservation', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15', startDeelname: '2022-01-01' }));
    expect(u.voorbehouden).toContainEqual(expect.objectContaining({ soort: 'geen-startdatum', maanden: 36 }));
  });
  it('leap year: start on 29 February', () => {
    // 36 months from 29 Feb 2024 are complete on 28 Feb 2027
    expect(ok(computeUittreding(r(), { opzegdatum: '2026-12-31', startDeelname: '2024-02-29' })).einddatum).toBe(
      '2027-12-31',
    );
    // notice on 29 February 2024: 12 months → 1 March 2025 → 31 December 2025
    expect(ok(computeUittreding(r(), { opzegdatum: '29-02-2024', startDeelname: '2022-01-01' })).einddatum).toBe(
      '2025-12-31',
    );
  });
  it('gives Dutch messages per field', () => {
    const u = computeUittreding(r(), { opzegdatum: '31-02-2026', startDeelname: '' });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.opzegdatum).toMatchObject({ soort: 'datum' });
    expect(u.fouten.startDeelname).toMatchObject({ soort: 'datum' });
    expect(Object.keys(u.fouten).sort()).toEqual(['opzegdatum', 'startDeelname']);
    const later = computeUittreding(r(), { opzegdatum: '2026-01-01', startDeelname: '2026-05-01' });
    expect(later.ok === false && later.fouten.startDeelname).toEqual({ soort: 'deelname-na-opzegging' });
  });
});

describe('IT Platform Twente, one IT-voorziening, art. 11', () => {
  const r = () => uittreding('it-platform-twente-voorziening');
  it('end of calendar year, 12 months notice, 36 months use', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15', startVoorziening: '2024-09-01' }));
    expect(u.einddatum).toBe('2027-12-31');
    expect(u.kosten.map((k) => k.bronnen[0].detail)).toEqual(['11.2 sub a', '11.2 sub b', '11.3']);
    expect(ok(computeUittreding(r(), { opzegdatum: '2026-03-15', startVoorziening: '2025-01-02' })).einddatum).toBe(
      '2028-12-31',
    );
  });
  it('needs the start date of the voorziening', () => {
    const u = computeUittreding(r(), { opzegdatum: '2026-03-15' });
    expect(u.ok === false && u.fouten.startVoorziening).toMatchObject({ soort: 'datum' });
  });
});

describe('VTH Omgevingsrecht Twente, art. 9–10', () => {
  const r = () => uittreding('vth-twente');
  it('consent pending: the date holds only with consent on the day of notice', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15' }));
    expect(u.einddatum).toBe('2028-03-15');
    expect(u.status).toBe('onder-voorbehoud');
    expect(u.voorwaarde).toEqual({ orgaan: 'het bestuurlijk overleg', opDagVanOpzegging: true });
    expect(u.voorbehouden[0]).toMatchObject({ soort: 'instemming-nodig', naInstemming: true, maanden: 24 });
    expect(u.voorbehouden[0].bronnen[0]).toMatchObject({ bron: 'vth-twente', plaats: 'art-9', detail: 'lid 1' });
  });
  it('24 months run from the consent, any day of the year', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15', instemmingsdatum: '2026-06-10' }));
    expect(u.einddatum).toBe('2028-06-10');
    expect(u.status).toBe('zeker');
    expect(u.voorwaarde).toBeUndefined();
    expect(ok(computeUittreding(r(), { opzegdatum: '2026-01-10', instemmingsdatum: '2026-02-28' })).einddatum).toBe(
      '2028-02-28',
    );
    expect(ok(computeUittreding(r(), { opzegdatum: '2028-01-10', instemmingsdatum: '2028-02-29' })).einddatum).toBe(
      '2030-03-01',
    );
  });
  it('notes that the agreement runs for 3 years from 1 November 2024', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15' }));
    expect(u.voorbehouden).toContainEqual(
      expect.objectContaining({ soort: 'na-looptijd', eindLooptijd: '2027-10-31' }),
    );
    expect(u.voorbehouden.find((v) => v.soort === 'na-looptijd')?.bronnen[0].plaats).toBe('art-11');
    const vroeg = ok(computeUittreding(r(), { opzegdatum: '2024-11-01', instemmingsdatum: '2024-11-01' }));
    expect(vroeg.einddatum).toBe('2026-11-01');
    expect(vroeg.voorbehouden.map((v) => v.soort)).not.toContain('na-looptijd');
  });
  it('cost elements: disintegration costs, plan period, employer costs', () => {
    const u = ok(computeUittreding(r(), { opzegdatum: '2026-03-15' }));
    expect(u.kosten.map((k) => `${k.bronnen[0].plaats} ${k.bronnen[0].detail}`)).toEqual([
      'art-10 lid 1',
      'art-9 lid 2',
      'art-7 lid 4',
    ]);
  });
  it('consent before the notice is rejected', () => {
    const u = computeUittreding(r(), { opzegdatum: '2026-03-15', instemmingsdatum: '2026-03-14' });
    expect(u.ok === false && u.fouten.instemmingsdatum).toEqual({ soort: 'instemming-voor-opzegging' });
  });
});
