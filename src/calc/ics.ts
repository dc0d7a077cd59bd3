/**
 * A small iCalendar (RFC 5545) writer for all-day events: CRLF line endings,
 * content lines folded at 75 octets (UTF-8, never inside a character), TEXT
 * values escaped (backslash, semicolon, comma, newline). Pure.
 */
import { isoDelen, dagErna, naarIso } from '../lib/dates.ts';

export interface IcsEvent {
  uid: string;
  /** JJJJ-MM-DD, the (all-day) date */
  datum: string;
  samenvatting: string;
  beschrijving?: string;
  url?: string;
}

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export const icsTekst = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const enc = new TextEncoder();

/** Fold one content line: at most 75 octets per line, continuation lines start with a space (§3.1). */
export function vouw(regel: string): string {
  const delen: string[] = [];
  let huidig = '';
  let octets = 0;
  for (const ch of regel) {
    const n = enc.encode(ch).length;
    const max = delen.length === 0 ? 75 : 74; // a continuation line spends one octet on the leading space
    if (octets + n > max) {
      delen.push(huidig);
      huidig = '';
      octets = 0;
    }
    huidig += ch;
    octets += n;
  }
  delen.push(huidig);
  return delen.join('\r\n ');
}

const datumWaarde = (iso: string) => iso.replace(/-/g, '');
const volgendeDag = (iso: string): string => naarIso(dagErna(isoDelen(iso)));

/**
 * A VCALENDAR with one all-day VEVENT per event. `stempel` is the DTSTAMP
 * (the build date, JJJJ-MM-DD), so the same build gives the same file.
 */
export function buildIcs(events: IcsEvent[], opties: { prodid: string; naam: string; stempel: string }): string {
  const regels = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opties.prodid}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsTekst(opties.naam)}`,
  ];
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.datum))
      throw new Error(`ics: "${e.datum}" is geen datum JJJJ-MM-DD (event ${e.uid})`);
    regels.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${datumWaarde(opties.stempel)}T000000Z`,
      `DTSTART;VALUE=DATE:${datumWaarde(e.datum)}`,
      `DTEND;VALUE=DATE:${datumWaarde(volgendeDag(e.datum))}`,
      `SUMMARY:${icsTekst(e.samenvatting)}`,
      ...(e.beschrijving ? [`DESCRIPTION:${icsTekst(e.beschrijving)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  regels.push('END:VCALENDAR');
  return regels.map(vouw).join('\r\n') + '\r\n';
}
