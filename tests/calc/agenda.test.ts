import { isoDelen, naarIso } from '../../src/lib/dates.ts';
import { describe, expect, it } from 'vitest';
import {
  computeAgenda,
  computeAgendaItem,
  laatsteOpzegdag,
  laatsteStartVoor,
  type AgendaContext,
} from '../../src/calc/agenda.ts';

import type { AgendaItem } from '../../src/schemas/calc.ts';
import { regels, uittreding } from './helpers.ts';

const ctx = (): AgendaContext => ({ uittreding: Object.fromEntries(regels().uittreding.map((u) => [u.id, u.data])) });
const item = (id: string) => {
  const e = regels().agenda.find((a) => a.id === id);
  if (!e) throw new Error(`geen agenda-item ${id}`);
  return e.data;
};
const op = (id: string, ref: string) => computeAgendaItem(id, item(id), isoDelen(ref), ctx());
const bron = { bron: 'it-platform-twente', plaats: 'art-14' };
const kaal = (regel: AgendaItem['regel']): AgendaItem => ({
  titel: 't',
  casussen: [],
  regel,
  wat: 'w',
  vooraf: [],
  bronnen: [bron],
  laatstGewijzigd: '2026-11-29',
});

describe('agenda dates from the agreements', () => {
  it('VTH: evaluation at the latest two years after 1 November 2024 (art. 11 lid 2), past on the build date', () => {
    const a = op('vth-evaluatie', '2026-11-29');
    expect(a.datum).toBe('2026-10-31');
    expect(a.status).toBe('voorbij');
    expect(op('vth-evaluatie', '2026-10-31').status).toBe('vandaag');
    expect(op('vth-evaluatie', '2026-01-15').status).toBe('komend');
  });
  it('VTH: the three-year term ends on 31 October 2027 (art. 11 lid 1)', () => {
    const a = op('vth-einde-looptijd', '2026-11-29');
    expect(a.datum).toBe('2027-10-31');
    expect(a.status).toBe('komend');
    expect(a.vooraf.length).toBeGreaterThan(0);
  });
  it('VTH: no "last consent to notice" event: the agreement is fixed-term and continuing needs every party, so that date is no deadline', () => {
    expect(
      regels()
        .agenda.filter((a) => a.data.casussen.includes('vth-omgevingsrecht-twente'))
        .map((a) => a.data.titel)
        .join('\n'),
    ).not.toMatch(/instemming/i);
  });
  it('IT Platform Twente: notice by 31 December for the end of the next calendar year (art. 8.2)', () => {
    const a = op('it-platform-opzeggen', '2026-11-29');
    expect(a.datum).toBe('2026-12-31');
    expect(a.berekening).toMatch(/31 december 2027/);
    // on 31 December itself it is still in time; a day later the end moves a year
    expect(op('it-platform-opzeggen', '2026-12-31').datum).toBe('2026-12-31');
    const jan = op('it-platform-opzeggen', '2027-01-01');
    expect(jan.datum).toBe('2027-12-31');
    expect(jan.berekening).toMatch(/31 december 2028/);
  });
  it('IT Platform Twente: the 36 months of participation can push the first possible end (art. 8.2 b)', () => {
    const r = uittreding('it-platform-twente');
    const { opzeg, einde } = laatsteOpzegdag(r, isoDelen('2026-03-01'), '2026-01-01');
    expect(einde).toBe('2028-12-31'); // 36 months from 1 January 2026
    expect(naarIso(opzeg)).toBe('2027-12-31');
  });
  it('IT Platform Twente: budget and accounts by the end of April each year (art. 12.1)', () => {
    expect(op('it-platform-begroting', '2026-11-29').datum).toBe('2027-04-30');
    expect(op('it-platform-begroting', '2027-04-30').datum).toBe('2027-04-30');
    expect(op('it-platform-begroting', '2027-05-01').datum).toBe('2028-04-30');
  });
  it('a yearly deadline in February ends on the 29th in a leap year', () => {
    const ctxLeeg = { uittreding: {} };
    expect(computeAgendaItem('x', kaal({ soort: 'jaarlijks', maand: 2 }), isoDelen('2027-03-01'), ctxLeeg).datum).toBe(
      '2028-02-29',
    );
    expect(computeAgendaItem('x', kaal({ soort: 'jaarlijks', maand: 2 }), isoDelen('2028-03-01'), ctxLeeg).datum).toBe(
      '2029-02-28',
    );
  });
  it('IT Platform Twente: the audit every two years from 2021 has a year but no date (art. 14.4)', () => {
    const a = op('it-platform-audit', '2026-11-29');
    expect(a.datum).toBeUndefined();
    expect(a.jaar).toBe(2027);
    expect(a.wanneer).toMatch(/geen datum/);
    expect(op('it-platform-audit', '2027-06-01')).toMatchObject({ jaar: 2027, status: 'dit-jaar' });
    expect(op('it-platform-audit', '2028-01-01').jaar).toBe(2029);
  });
  it('the motion names moments without a date: "niet vastgesteld" with why', () => {
    const b = op('motie-berap-2026', '2026-11-29');
    expect(b.datum).toBeUndefined();
    expect(b.jaar).toBe(2026);
    expect(b.status).toBe('dit-jaar');
    expect(b.berekening).toMatch(/noemt de motie niet/);
    expect(op('motie-berap-2026', '2027-01-05').status).toBe('voorbij');
    expect(b.berekening).toMatch(/Gemeentewet geeft geen datum/);
    // the begroting 2027 reaches Gedeputeerde Staten before 15 November 2026 (Gemeentewet art. 191): past
    const c = op('motie-begroting-2027', '2026-12-01');
    expect(c.datum).toBe('2026-11-14');
    expect(c.status).toBe('voorbij');
    expect(c.berekening).toMatch(/art\. 191/);
    expect(op('motie-begroting-2027', '2026-10-01').status).toBe('komend');
    // the next moments the law dates are on the agenda (and so in agenda.ics)
    expect(op('gemeente-jaarstukken-2026', '2026-12-01')).toMatchObject({ datum: '2027-07-14', status: 'komend' });
    expect(op('gemeente-begroting-2028', '2026-12-01')).toMatchObject({ datum: '2027-11-14', status: 'komend' });
  });
  it('counting back months at a month end gives the latest start that still fits', () => {
    expect(naarIso(laatsteStartVoor(isoDelen('2027-10-31'), 24))).toBe('2025-10-31');
    expect(naarIso(laatsteStartVoor(isoDelen('2026-03-31'), 1))).toBe('2026-02-28');
    expect(naarIso(laatsteStartVoor(isoDelen('2028-02-29'), 12))).toBe('2027-02-28'); // 2027-02-28 + 12 months = 2028-02-28
  });
  it('orders upcoming first, then undated, then past; every item has a source', () => {
    const lijst = computeAgenda(regels().agenda, isoDelen('2026-11-29'), ctx());
    expect(lijst.length).toBe(regels().agenda.length);
    const orde = lijst.map((a) => a.status);
    const eersteVoorbij = orde.indexOf('voorbij');
    expect(orde.slice(eersteVoorbij).every((s) => s === 'voorbij')).toBe(true);
    const komend = lijst.filter((a) => a.datum && a.status === 'komend').map((a) => a.datum!);
    expect(komend).toEqual([...komend].sort());
    expect(lijst.every((a) => a.bronnen.length > 0)).toBe(true);
    expect(lijst[0].id).toBe('it-platform-opzeggen');
  });
  it('unknown exit rules give a clear error', () => {
    expect(() =>
      computeAgendaItem('x', kaal({ soort: 'opzegging', uittreding: 'bestaat-niet' }), isoDelen('2026-11-29'), ctx()),
    ).toThrow(/regel.uittreding.*bestaat-niet/);
  });
});
