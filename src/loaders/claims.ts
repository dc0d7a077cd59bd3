/**
 * The claims report: every outside claim (a public source the site cites
 * besides the five source documents) with the date it was checked, and
 * - the claims checked more than a year before the build date;
 * - the claims with no check date;
 * - the examples that name organisations that no longer exist (`opgeheven`).
 * And the check that no editor note reaches rendered text. Pure: content in,
 * a report out; scripts/report-claims.ts prints it (`npm run report:claims`).
 */
import type { Content } from './load-content.ts';
import { citationsIn } from './references.ts';
import { datumNl } from '../lib/dates.ts';

/** Wording that only a writer is meant to read (it belongs in a `notitie` field). */
export const REDACTIE =
  /\b(citeer de tekst|formuleer als|gebruik alleen met bronvermelding|controleer in de|gebruik die niet|gebruik als “volgens|het vooronderzoek|TODO|FIXME)\b/i;

export interface ClaimRegel {
  id: string;
  titel: string;
  gecontroleerd?: string;
  /** where the site cites it: "content/…: field" */
  geciteerd: string[];
}
export interface OpgehevenRegel extends ClaimRegel {
  organisatie: string;
  opgeheven: string;
}
export interface ClaimsRapport {
  bouwdatum: string;
  grens: string;
  totaal: number;
  verouderd: ClaimRegel[];
  zonderDatum: ClaimRegel[];
  opgeheven: OpgehevenRegel[];
}

/** The day one year before `iso` (29 February → 28 February). */
export function jaarEerder(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function claimsRapport(c: Content, bouwdatum: string): ClaimsRapport {
  const geciteerd = new Map<string, string[]>();
  const noteer = (file: string, data: unknown) => {
    for (const [cit, pad] of citationsIn(data)) {
      const l = geciteerd.get(cit.bron) ?? [];
      l.push(`${file}: ${pad}`);
      geciteerd.set(cit.bron, l);
    }
  };
  for (const list of Object.values(c))
    if (Array.isArray(list)) for (const e of list as { file: string; data: unknown }[]) noteer(e.file, e.data);
  noteer('content/verkenner', c.verkenner);

  const grens = jaarEerder(bouwdatum);
  const regels: ClaimRegel[] = c.externeBronnen.map((e) => ({
    id: e.id,
    titel: e.data.titel,
    gecontroleerd: e.data.geraadpleegd,
    geciteerd: geciteerd.get(e.id) ?? [],
  }));
  const opgeheven: OpgehevenRegel[] = c.externeBronnen.flatMap((e) =>
    e.data.opgeheven
      .filter((o) => o.datum <= bouwdatum)
      .map((o) => ({
        id: e.id,
        titel: e.data.titel,
        gecontroleerd: e.data.geraadpleegd,
        geciteerd: geciteerd.get(e.id) ?? [],
        organisatie: o.organisatie,
        opgeheven: o.datum,
      })),
  );
  return {
    bouwdatum,
    grens,
    totaal: regels.length,
    verouderd: regels.filter((r) => r.gecontroleerd && r.gecontroleerd < grens),
    zonderDatum: regels.filter((r) => !r.gecontroleerd),
    opgeheven,
  };
}

/** The report as plain Dutch text. */
export function rapportTekst(r: ClaimsRapport): string {
  const regel = (x: ClaimRegel) =>
    `- ${x.id}: ${x.titel}${x.gecontroleerd ? ` (gecontroleerd op ${datumNl(x.gecontroleerd)})` : ''}; geciteerd op ${x.geciteerd.length} plaats(en)`;
  return [
    `Claims uit publieke bronnen: ${r.totaal}. Bouwdatum ${datumNl(r.bouwdatum)}; verouderd is gecontroleerd vóór ${datumNl(r.grens)}.`,
    '',
    `Langer dan een jaar geleden gecontroleerd (${r.verouderd.length}):`,
    ...(r.verouderd.length ? r.verouderd.map(regel) : ['- geen']),
    '',
    `Zonder controledatum (${r.zonderDatum.length}):`,
    ...(r.zonderDatum.length ? r.zonderDatum.map(regel) : ['- geen']),
    '',
    `Voorbeelden die een organisatie noemen die niet meer bestaat (${r.opgeheven.length}):`,
    ...(r.opgeheven.length
      ? r.opgeheven.map(
          (o) =>
            `- ${o.id}: ${o.organisatie}, opgeheven op ${datumNl(o.opgeheven)}; geciteerd in ${o.geciteerd.join('; ') || 'geen tekst'}`,
        )
      : ['- geen']),
  ].join('\n');
}
