/**
 * HTML for the cost calculator and the procedure planner, as escaped strings.
 * The same functions render the worked examples at build time (set:html) and
 * the live results in the browser. No inline styles: the chart is sized with
 * SVG attributes and coloured by CSS classes (see components/calc/calc.css).
 */

import { datumNl, isoDelen } from '../lib/dates.ts';
import { esc } from '../lib/html.ts';
import type { KostenUitkomst } from './kosten.ts';
import type { PlanUitkomst } from './procedure.ts';
import { citeHtml, type CiteMap } from './render.ts';

const kort = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const procent = (p: number) => `${p.toFixed(2).replace('.', ',')}%`;

/** Bars per municipality: shared (filled) and, when given, alone (outlined). Every bar carries its amount as text. */
function kostenGrafiekSvg(u: KostenUitkomst): string {
  const metAlleen = u.rijen.some((r) => r.alleenCenten !== undefined);
  const balk = 22;
  const rijH = metAlleen ? balk * 2 + 14 : balk + 12;
  const labelW = 170;
  const barMax = 300;
  const breedte = labelW + barMax + 130;
  const hoogte = u.rijen.length * rijH + 8;
  const max = Math.max(...u.rijen.flatMap((r) => [r.centen, r.alleenCenten ?? 0]), 1);
  const w = (c: number) => Math.max(2, Math.round((c / max) * barMax));
  const bars = u.rijen
    .map((r, i) => {
      const y = 4 + i * rijH;
      let s =
        `<text class="calc-bar-naam" x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(kort(r.naam))}</text>` +
        `<rect class="calc-bar" x="${labelW}" y="${y}" width="${w(r.centen)}" height="${balk}" rx="2"></rect>` +
        `<text class="calc-bar-waarde" x="${labelW + w(r.centen) + 6}" y="${y + 16}">${esc(r.bedrag)}</text>`;
      if (metAlleen && r.alleenCenten !== undefined)
        s +=
          `<rect class="calc-bar-alleen" x="${labelW}" y="${y + balk + 2}" width="${w(r.alleenCenten)}" height="${balk}" rx="2"></rect>` +
          `<text class="calc-bar-waarde" x="${labelW + w(r.alleenCenten) + 6}" y="${y + balk + 18}">${esc(r.alleen ?? '')} alleen</text>`;
      return s;
    })
    .join('');
  return `<svg class="calc-grafiek" viewBox="0 0 ${breedte} ${hoogte}" width="${breedte}" height="${hoogte}" aria-hidden="true" focusable="false">${bars}</svg>`;
}

/** Table (the text alternative), chart and the computation in words. */
export function kostenHtml(u: KostenUitkomst, bijschrift: string): string {
  const metAlleen = u.rijen.some((r) => r.alleen !== undefined);
  const rijen = u.rijen
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.naam)}</th><td>${esc(r.grondslag)}</td><td class="getal">${procent(r.procent)}</td><td class="getal">${esc(r.bedrag)}</td>${
          metAlleen
            ? `<td class="getal">${esc(r.alleen ?? '')}</td><td class="getal">${esc(r.verschil ?? '')}</td>`
            : ''
        }</tr>`,
    )
    .join('');
  return [
    `<p class="calc-uitkomst"><span>Samen per jaar:</span> <strong>${esc(u.totaal)}</strong>${
      u.alleenTotaal
        ? `<br><span>Alleen, alle gemeenten bij elkaar:</span> <strong>${esc(u.alleenTotaal)}</strong>`
        : ''
    }</p>`,
    `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(bijschrift)}"><table class="calc-tabel">`,
    `<caption>${esc(bijschrift)}</caption>`,
    `<thead><tr><th scope="col">Gemeente</th><th scope="col">Grondslag</th><th scope="col" class="getal">Aandeel</th><th scope="col" class="getal">Samen, per jaar</th>${
      metAlleen ? '<th scope="col" class="getal">Alleen, per jaar</th><th scope="col" class="getal">Verschil</th>' : ''
    }</tr></thead>`,
    `<tbody>${rijen}</tbody>`,
    `<tfoot><tr><th scope="row">Totaal</th><td colspan="2"></td><td class="getal">${esc(u.totaal)}</td>${
      metAlleen ? `<td class="getal">${esc(u.alleenTotaal ?? '')}</td><td></td>` : ''
    }</tr></tfoot>`,
    `</table></div>`,
    `<figure class="calc-figuur">${kostenGrafiekSvg(u)}<figcaption>Staafdiagram van dezelfde bedragen${
      metAlleen ? ': de gevulde staaf is samen, de open staaf is alleen' : ''
    }. De tabel hierboven geeft dezelfde getallen als tekst.</figcaption></figure>`,
    metAlleen
      ? '<p>Verschil: wat de gemeente alleen zou betalen min haar deel samen. Een positief bedrag is een besparing door samen te werken.</p>'
      : '',
    `<h3>Zo rekent de rekenhulp</h3><ol>${u.stappen.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`,
    `<p class="cite">Alle bedragen en getallen in deze berekening zijn uw eigen invoer.</p>`,
  ].join('');
}

const BRON_TEKST = {
  wet: 'termijn uit de wet',
  afspraak: 'termijn uit de overeenkomst',
  'uw-invoer': 'uw schatting',
} as const;

/** The plan: outcome, steps as an ordered list with dates, and the reasoning. */
export function planHtml(u: PlanUitkomst, cites: CiteMap, kop = 3): string {
  const h = `h${kop}`;
  const d = (iso: string) => `<time datetime="${iso}">${datumNl(isoDelen(iso))}</time>`;
  return [
    `<p class="calc-uitkomst"><span>Vroegste besluit:</span> <strong>${d(u.besluitdatum)}</strong><br><span>Vroegste start:</span> <strong>${d(u.startdatum)}</strong></p>`,
    `<${h}>De stappen</${h}>`,
    `<ol class="plan-stappen">${u.stappen
      .map(
        (s) =>
          `<li${s.besluit ? ' class="plan-besluit"' : ''}><p><strong>${esc(s.label)}</strong>${s.besluit ? ' <span class="tag">besluit</span>' : ''}<br>${d(s.van)} tot ${d(
            s.tot,
          )}: ${esc(s.duurTekst.replace(/ \(.*\)$/, ''))} <span class="tag${s.bron === 'uw-invoer' ? ' tag-invoer' : ''}">${BRON_TEKST[s.bron]}</span></p><p><strong>Wie:</strong> ${esc(s.wie)}.</p><p>${esc(s.tekst)}</p>${citeHtml(s.bronnen, cites)}</li>`,
      )
      .join('')}</ol>`,
    `<${h}>Zo rekent de planner</${h}>`,
    `<ul>${u.uitleg.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`,
  ].join('');
}
