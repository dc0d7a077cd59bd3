import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loaders/load-content.ts';
import { claimsRapport, jaarEerder, rapportTekst } from '../../src/loaders/claims.ts';

const c = loadContent('content');

describe('the claims report', () => {
  it('a year before the build date', () => {
    expect(jaarEerder('2026-12-01')).toBe('2025-12-01');
    expect(jaarEerder('2028-02-29')).toBe('2027-02-28');
  });
  it('lists claims checked more than a year before the build date, and none checked within the year', () => {
    const nu = claimsRapport(c, '2026-12-01');
    expect(nu.verouderd.map((r) => r.id)).not.toContain('cip-bio2-vastgesteld');
    const later = claimsRapport(c, '2027-12-02');
    expect(later.verouderd.map((r) => r.id)).toContain('cip-bio2-vastgesteld');
    expect(later.verouderd.every((r) => r.gecontroleerd! < '2026-12-02')).toBe(true);
    expect(nu.totaal).toBe(c.externeBronnen.length);
    expect(nu.zonderDatum.every((r) => !r.gecontroleerd)).toBe(true);
  });
  it('lists examples that name organisations that no longer exist, with where they are cited', () => {
    const r = claimsRapport(c, '2026-12-01');
    const haaren = r.opgeheven.find((o) => o.organisatie === 'gemeente Haaren');
    expect(haaren?.opgeheven).toBe('2021-01-01');
    expect(haaren?.geciteerd.length).toBeGreaterThan(0);
    expect(claimsRapport(c, '2020-06-01').opgeheven).toEqual([]);
    expect(rapportTekst(r)).toMatch(/gemeente Haaren, opgeheven op 1 januari 2021/);
  });
});
