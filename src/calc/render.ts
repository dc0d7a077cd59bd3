/**
 * HTML for the calculators' results, as escaped strings. The same functions
 * render the worked examples at build time (Astro, set:html) and the live
 * results in the browser, so both look the same. No inline styles: the bar
 * chart is sized with SVG attributes and coloured by CSS classes.
 */
import type { Citation } from '../schemas/index.ts';
import type { UittredingUitkomst, UittredingFout, Redenering, Voorbehoud, Stap } from './uittreding.ts';
import type { VerdelingUitkomst, NietBerekenbaar } from './kostenverdeling.ts';
import { datumNl } from '../lib/dates.ts';
import { esc } from '../lib/html.ts';
import { citationText, citeKey, sourceHref, uniqueCitations } from '../lib/cite.ts';
import { REKENHULP_TEKST, UI } from '../lib/labels.ts';

export interface CiteLink {
  href: string;
  tekst: string;
}
export type CiteMap = Record<string, CiteLink>;

export function citeHtml(bronnen: Citation[], cites: CiteMap): string {
  const links = uniqueCitations(bronnen).map((c) => {
    const v = cites[citeKey(c)] ?? { href: sourceHref(c.bron), tekst: citationText(c.bron, c) };
    return `<a href="${esc(v.href)}">${esc(v.tekst)}</a>`;
  });
  return `<p class="cite">${UI.bronLabel(links.length)}: ${links.join('; ')}</p>`;
}

const U = REKENHULP_TEKST.uittreding;

/** One step of the exit calculator's reasoning as a sentence. */
export function redeneringTekst(s: Redenering): string {
  switch (s.soort) {
    case 'opzegging':
      return U.stap.opzegging({ opzegdatum: datumNl(s.opzegdatum), maanden: s.maanden });
    case 'opzegging-na-instemming':
      return s.instemmingsdatum
        ? U.stap.opzeggingNaInstemming({
            opzegdatum: datumNl(s.opzegdatum),
            orgaan: s.orgaan,
            instemmingsdatum: datumNl(s.instemmingsdatum),
            maanden: s.maanden,
          })
        : U.stap.opzeggingInstemmingOpen({ opzegdatum: datumNl(s.opzegdatum), orgaan: s.orgaan, maanden: s.maanden });
    case 'na-termijn':
      return U.stap.naTermijn(datumNl(s.datum));
    case 'minimumduur':
      return U.stap.minimumduur({ ...s, start: datumNl(s.start), vol: datumNl(s.vol) });
    case 'einde-kalenderjaar':
      return U.stap.eindeKalenderjaar({ grens: datumNl(s.grens), einde: datumNl(s.einde) });
    case 'einde-elke-dag':
      return U.stap.eindeElkeDag;
    case 'instemming':
      return U.stap.instemming({ orgaan: s.orgaan, datum: datumNl(s.datum) });
  }
}

/** One reservation of the exit calculator as a sentence. */
export function voorbehoudTekst(v: Voorbehoud): string {
  switch (v.soort) {
    case 'geen-startdatum':
      return U.voorbehoud.geenStartdatum(v);
    case 'instemming-nodig':
      return U.voorbehoud.instemmingNodig(v);
    case 'na-looptijd':
      return U.voorbehoud.naLooptijd({ eindLooptijd: datumNl(v.eindLooptijd), tekst: v.tekst });
    case 'regels':
      return v.tekst;
  }
}

/** The message under a form field of the exit calculator. */
export function uittredingFoutTekst(f: UittredingFout): string {
  switch (f.soort) {
    case 'datum':
      return f.melding;
    case 'deelname-na-opzegging':
      return U.fout.deelnameNaOpzegging;
    case 'instemming-voor-opzegging':
      return U.fout.instemmingVoorOpzegging;
  }
}

/** The one short sentence of the exit calculator's result, for the polite live region. */
export const uittredingSamenvatting = (u: UittredingUitkomst): string =>
  U.samenvatting({ einddatum: datumNl(u.einddatum), voorwaarde: u.voorwaarde });

const stappen = (lijst: Stap[], cites: CiteMap, tag: 'ol' | 'ul') =>
  `<${tag}>${lijst.map((s) => `<li>${esc(s.tekst)}${citeHtml(s.bronnen, cites)}</li>`).join('')}</${tag}>`;

/** The full result of the exit calculator (without the short live summary). */
export function uittredingHtml(u: UittredingUitkomst, cites: CiteMap, kop = 3): string {
  const h = `h${kop}`;
  const redenering = u.redenering.map((s) => ({ tekst: redeneringTekst(s), bronnen: s.bronnen }));
  const voorbehouden = u.voorbehouden.map((v) => ({ tekst: voorbehoudTekst(v), bronnen: v.bronnen }));
  return [
    `<p class="calc-uitkomst"><span>${U.uitkomstLabel}</span> <strong><time datetime="${u.einddatum}">${datumNl(u.einddatum)}</time></strong>${
      u.status === 'onder-voorbehoud' ? ` <span class="tag">${U.onderVoorbehoud}</span>` : ''
    }</p>`,
    `<${h}>${U.kop.redenering}</${h}>`,
    stappen(redenering, cites, 'ol'),
    `<${h}>${U.kop.kosten}</${h}>`,
    `<dl class="fields">${u.kosten.map((k) => `<dt>${esc(k.label)}</dt><dd>${esc(k.tekst)}${citeHtml(k.bronnen, cites)}</dd>`).join('')}</dl>`,
    u.procedure.length ? `<${h}>${U.kop.procedure}</${h}>${stappen(u.procedure, cites, 'ul')}` : '',
    voorbehouden.length
      ? `<div class="notice"><${h}>${U.kop.voorbehouden}</${h}>${stappen(voorbehouden, cites, 'ul')}</div>`
      : '',
  ].join('');
}

const kort = (s: string, n = 24) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A horizontal bar chart of the parts; every bar carries its amount as text. */
export function grafiekSvg(u: VerdelingUitkomst): string {
  const rijH = 34;
  const labelW = 190;
  const barMax = 300;
  const breedte = labelW + barMax + 130;
  const hoogte = u.rijen.length * rijH + 8;
  const max = Math.max(...u.rijen.map((r) => r.centen), 1);
  const bars = u.rijen
    .map((r, i) => {
      const y = 4 + i * rijH;
      const w = Math.max(2, Math.round((r.centen / max) * barMax));
      return (
        `<text class="calc-bar-naam" x="${labelW - 8}" y="${y + 21}" text-anchor="end">${esc(kort(r.naam))}</text>` +
        `<rect class="calc-bar" x="${labelW}" y="${y + 4}" width="${w}" height="${rijH - 10}" rx="2"></rect>` +
        `<text class="calc-bar-waarde" x="${labelW + w + 6}" y="${y + 21}">${esc(r.bedrag)}</text>`
      );
    })
    .join('');
  return `<svg class="calc-grafiek" viewBox="0 0 ${breedte} ${hoogte}" width="${breedte}" height="${hoogte}" aria-hidden="true" focusable="false">${bars}</svg>`;
}

const K = REKENHULP_TEKST.verdeling.tabel;

/** Table (the text alternative) plus bar chart of a cost split. */
export function verdelingHtml(u: VerdelingUitkomst | NietBerekenbaar, cites: CiteMap, bijschrift: string): string {
  if (!u.berekenbaar) return `<div class="notice"><p>${esc(u.samenvatting)}</p>${citeHtml(u.bronnen, cites)}</div>`;
  const metSoort = u.rijen.some((r) => r.soort);
  const rijen = u.rijen
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.naam)}</th>${metSoort ? `<td>${esc(r.soort ?? '')}</td>` : ''}<td>${esc(r.grondslag)}</td><td class="getal">${r.procent
          .toFixed(2)
          .replace('.', ',')}%</td><td class="getal">${esc(r.bedrag)}</td></tr>`,
    )
    .join('');
  return [
    `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(bijschrift)}"><table class="calc-tabel">`,
    `<caption>${esc(bijschrift)}</caption>`,
    `<thead><tr><th scope="col">${K.deelnemer}</th>${metSoort ? `<th scope="col">${K.soort}</th>` : ''}<th scope="col">${K.grondslag}</th><th scope="col" class="getal">${K.aandeel}</th><th scope="col" class="getal">${K.bedrag}</th></tr></thead>`,
    `<tbody>${rijen}</tbody>`,
    `<tfoot><tr><th scope="row">${K.totaal}</th><td${metSoort ? ' colspan="3"' : ' colspan="2"'}></td><td class="getal">${esc(u.totaal)}</td></tr></tfoot>`,
    `</table></div>`,
    `<figure class="calc-figuur">${grafiekSvg(u)}<figcaption>${K.grafiek}</figcaption></figure>`,
    u.uitleg.map((t) => `<p>${esc(t)}</p>`).join(''),
    citeHtml(u.bronnen, cites),
  ].join('');
}
