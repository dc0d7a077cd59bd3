/**
 * /agenda.ics: the dated agenda items as an iCalendar file (RFC 5545), one
 * all-day event per item with an established date. Items without a date are
 * on /agenda/ only.
 */
import type { APIRoute } from 'astro';
import { agenda } from '../components/calc/agenda.ts';
import { maakIcs } from '../calc/ics.ts';
import { metBasis } from '../lib/basis.ts';

export const GET: APIRoute = async ({ site }) => {
  const { items, peildatum } = await agenda();
  const ics = maakIcs(
    items
      .filter((a) => a.datum)
      .map((a) => ({
        uid: `${a.id}-${a.datum}@samenwerkingswijzer`,
        datum: a.datum!,
        samenvatting: a.titel,
        beschrijving: `${a.wat}\n\n${a.berekening}\n\nBron: ${a.bronnen.map((b) => `${b.bron}${b.plaats ? ` ${b.plaats}` : ''}${b.detail ? ` (${b.detail})` : ''}`).join('; ')}`,
        url: site ? new URL(metBasis(`/agenda/#agenda-${a.id}`), site).href : undefined,
      })),
    { prodid: '-//Samenwerkingswijzer//Agenda//NL', naam: 'Samenwerkingswijzer: agenda', stempel: peildatum },
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
