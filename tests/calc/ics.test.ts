import { describe, expect, it } from 'vitest';
import { icsTekst, buildIcs, vouw } from '../../src/calc/ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const opties = { prodid: '-//Samenwerkingswijzer//Agenda//NL', naam: 'Agenda', stempel: '2026-11-29' };

describe('iCalendar (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(icsTekst('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('folds lines at 75 octets, continuation lines start with one space, never inside a character', () => {
    const lang = 'DESCRIPTION:' + 'é'.repeat(100) + 'x'.repeat(80);
    const gevouwen = vouw(lang);
    const regels = gevouwen.split('\r\n');
    expect(regels.length).toBeGreaterThan(2);
    for (const r of regels) expect(octets(r)).toBeLessThanOrEqual(75);
    for (const r of regels.slice(1)) expect(r.startsWith(' ')).toBe(true);
    expect(regels.map((r, i) => (i ? r.slice(1) : r)).join('')).toBe(lang); // unfolding gives the line back
    expect(gevouwen).not.toMatch(/\uFFFD/);
    expect(vouw('kort')).toBe('kort');
    const precies = 'X'.repeat(75);
    expect(vouw(precies)).toBe(precies);
    expect(vouw(precies + 'Y')).toBe(`${precies}\r\n Y`);
  });
  it('writes all-day events with UID, DTSTAMP, DTSTART;VALUE=DATE and the next day as DTEND, CRLF only', () => {
    const ics = buildIcs(
      [
        {
          uid: 'vth-einde@samenwerkingswijzer',
          datum: '2027-10-31',
          samenvatting: 'Einde looptijd, VTH',
          beschrijving: 'Regel 1\nRegel 2; met komma, en punt',
          url: 'https://example.org/agenda/',
        },
        { uid: 'schrikkel@samenwerkingswijzer', datum: '2028-02-28', samenvatting: 'Schrikkeljaar' },
        { uid: 'jaareinde@samenwerkingswijzer', datum: '2026-12-31', samenvatting: 'Jaareinde' },
      ],
      opties,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(3);
    expect(ics).toContain('UID:vth-einde@samenwerkingswijzer\r\n');
    expect(ics).toContain('DTSTAMP:20261129T000000Z\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20271031\r\nDTEND;VALUE=DATE:20271101\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20280228\r\nDTEND;VALUE=DATE:20280229\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('SUMMARY:Einde looptijd\\, VTH\r\n');
    expect(ics).toContain('DESCRIPTION:Regel 1\\nRegel 2\\; met komma\\, en punt\r\n');
    for (const r of ics.split('\r\n')) expect(octets(r)).toBeLessThanOrEqual(75);
  });
  it('rejects a date that is not JJJJ-MM-DD, naming the event', () => {
    expect(() => buildIcs([{ uid: 'u1', datum: '31-10-2027', samenvatting: 's' }], opties)).toThrow(/u1/);
  });
});
