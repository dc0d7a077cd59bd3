/**
 * /agenda.ics: the dated agenda items as an iCalendar file (RFC 5545), one
 * all-day event per item with an established date. Items without a date are
 * on /agenda/ only.
 */
import type { APIRoute } from 'astro';
import { agenda } from '../loaders/agenda.ts';
import { buildIcs } from '../calc/ics.ts';
import { citationViews } from '../loaders/view.ts';
import { citationLink } from '../lib/cite.ts';
import { metBasis } from '../lib/basis.ts';

export const GET: APIRoute = async ({ site }) => {
  const { items, peildatum } = await agenda();
  // sources by their readable titles ("IT Platform Twente, Artikel 8 – … (8.2 sub a)"), each with its address
  const bronTekst = async (a: (typeof items)[number]) =>
    (await citationViews(a.bronnen))
      .map(citationLink)
      .map((l) => {
        const href = /^https?:/.test(l.href) ? l.href : site ? new URL(l.href, site).href : undefined;
        return href ? `${l.tekst} <${href}>` : l.tekst;
      })
      .join('; ');
  const gedateerd = items.filter((a): a is typeof a & { datum: string } => a.datum !== undefined);
  const bronnen = new Map(await Promise.all(gedateerd.map(async (a) => [a.id, await bronTekst(a)] as const)));
  const ics = buildIcs(
    gedateerd.map((a) => ({
      uid: `${a.id}-${a.datum}@samenwerkingswijzer`,
      datum: a.datum,
      samenvatting: a.titel,
      beschrijving: `${a.wat}\n\n${a.berekening}\n\nBron: ${bronnen.get(a.id)}`,
      url: site ? new URL(metBasis(`/agenda/#agenda-${a.id}`), site).href : undefined,
    })),
    { prodid: '-//Samenwerkingswijzer//Agenda//NL', naam: 'Samenwerkingswijzer: agenda', stempel: peildatum },
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
