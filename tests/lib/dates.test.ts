import { isoDelen, dagErvoor, eindeVanPeriode, parseDatum, naarIso, plusMaanden } from '../../src/lib/dates.ts';
import { describe, expect, it } from 'vitest';

const iso = (s: string) => isoDelen(s);
describe('calendar arithmetic', () => {
  it('adds months on the same day', () => {
    expect(naarIso(plusMaanden(iso('2025-12-31'), 12))).toBe('2026-12-31');
    expect(naarIso(plusMaanden(iso('2026-03-15'), 24))).toBe('2028-03-15');
    expect(naarIso(plusMaanden(iso('2026-11-30'), 3))).toBe('2027-03-01'); // 30 February does not exist
  });
  it('moves a missing day to the first of the next month', () => {
    expect(naarIso(plusMaanden(iso('2024-02-29'), 12))).toBe('2025-03-01');
    expect(naarIso(plusMaanden(iso('2024-02-29'), 48))).toBe('2028-02-29');
    expect(naarIso(plusMaanden(iso('2026-01-31'), 1))).toBe('2026-03-01');
  });
  it('finds the last day of a period', () => {
    expect(naarIso(eindeVanPeriode(iso('2022-01-01'), 36))).toBe('2024-12-31');
    expect(naarIso(eindeVanPeriode(iso('2024-02-29'), 36))).toBe('2027-02-28');
    expect(naarIso(eindeVanPeriode(iso('2024-03-01'), 36))).toBe('2027-02-28');
    expect(naarIso(dagErvoor(iso('2024-03-01')))).toBe('2024-02-29');
    expect(naarIso(dagErvoor(iso('2026-01-01')))).toBe('2025-12-31');
  });
  it('reads ISO and Dutch dates and rejects dates that do not exist, in Dutch', () => {
    expect(parseDatum('15-03-2026')).toEqual({ ok: true, datum: { y: 2026, m: 3, d: 15 } });
    expect(parseDatum('2026-03-15')).toEqual({ ok: true, datum: { y: 2026, m: 3, d: 15 } });
    expect(parseDatum('29-02-2024').ok).toBe(true);
    const feb = parseDatum('29-02-2026');
    expect(feb.ok).toBe(false);
    if (!feb.ok) expect(feb.fout).toMatch(/geen bestaande datum/);
    const tekst = parseDatum('morgen');
    expect(tekst.ok).toBe(false);
    if (!tekst.ok) expect(tekst.fout).toMatch(/dag-maand-jaar/);
    const leeg = parseDatum('', 'de datum van opzegging');
    expect(leeg).toEqual({ ok: false, fout: 'Vul de datum van opzegging in.' });
  });
});
