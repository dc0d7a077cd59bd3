/**
 * HTML of the explorer's steps and outcome, as strings. The same functions
 * render the static pages at build time and the island in the browser, so
 * the page looks the same with and without JavaScript. Everything from data
 * is escaped.
 */
import { datumNl } from '../lib/dates.ts';
import { ONBEKEND } from '../schemas/explorer-constants.ts';
import { ernstLabel } from '../schemas/engine-constants.ts';
import type { Citation } from '../schemas/index.ts';
import { esc } from '../lib/html.ts';

import { citeLink, citeLinks, uniqueCitations, type CiteIndex } from '../lib/cite.ts';
import { CRITERIUM_LABEL, OORDEEL_LABEL } from '../lib/labels.ts';
import {
  metOpenVragen,
  pad,
  samenvatting,
  volgende,
  gesteld,
  type Antwoorden,
  type LeesFout,
  type Vraag,
} from './flow.ts';
import {
  VOORKEUR_CRITERIA,
  rekenhulpLinks,
  uitkomstBronnen,
  waaromMetBron,
  waaromRoute,
  watHetVerandert,
  type DoelUitkomst,
  type Klasse,
  type RouteUitkomst,
  type UitkomstModel,
  type VerkennerData,
} from './outcome.ts';
import type { Route } from '../schemas/explorer.ts';

const e = (s: unknown): string => esc(String(s ?? ''));

export const KLASSE: Record<Klasse, string> = {
  'past-goed': 'Past goed',
  past: 'Past',
  open: 'Hangt af',
  'past-minder': 'Past minder',
  'past-niet': 'Past niet',
};
const KLASSE_CSS: Record<Klasse, string> = {
  'past-goed': 'vk-past-goed',
  past: 'vk-past',
  open: 'vk-past',
  'past-minder': 'vk-past-minder',
  'past-niet': 'vk-past-niet',
};

function cites(list: Citation[], idx: CiteIndex): string {
  if (!list.length) return '';
  const links = citeLinks(list, idx).map((l) => `<a href="${e(l.href)}">${e(l.tekst)}</a>`);
  return `<span class="cite vk-cite">Bron${links.length > 1 ? 'nen' : ''}: ${links.join('; ')}</span>`;
}
const cited = (c: { tekst: string; bronnen: Citation[] }, idx: CiteIndex) => `${e(c.tekst)} ${cites(c.bronnen, idx)}`;

/** The summary of answers with "wijzig" links (static: from that question on; with JavaScript: other answers kept). */
function overzicht(d: VerkennerData, a: Antwoorden, titel: string): string {
  const rows = samenvatting(d.flow, a);
  if (!rows.length) return '';
  return `<section class="vk-overzicht" aria-labelledby="vk-overzicht-kop">
<h2 id="vk-overzicht-kop">${e(titel)}</h2>
<dl class="fields">${rows
    .map(
      (r) =>
        `<dt>${e(r.vraag.kort)}</dt><dd>${e(r.labels.join('; '))} <a class="vk-stap vk-wijzig" href="${e(r.wijzig)}" data-vk-href="${e(r.wijzigBehoud)}">wijzig<span class="visually-hidden"> ${e(r.vraag.kort.toLowerCase())}</span></a></dd>`,
    )
    .join('')}</dl>
</section>`;
}

export function titelVan(d: VerkennerData, a: Antwoorden): string {
  const v = volgende(d.flow, a);
  return v ? v.vraag : 'Uitkomst: wat u kunt doen';
}

/** One question step: the question, help, and each answer as a link to the next step. */
export function renderStap(d: VerkennerData, a: Antwoorden, v: Vraag): string {
  const gevraagd = gesteld(d.flow, a);
  const nr = gevraagd.indexOf(v) + 1;
  // while a question that decides which questions follow is unanswered, the total is not known yet
  const totaalBekend = d.flow.vragen.every((q) => !q.toonAls || a[q.toonAls.vraag] !== undefined);
  const voortgang = totaalBekend ? `Vraag ${nr} van ${gevraagd.length}` : `Vraag ${nr}`;
  const b = v.begrip ? d.begrippen[v.begrip] : undefined;
  const begrip = b
    ? `<details class="vk-begrip"><summary>Wat is ${e(/^[A-Z][a-z]/.test(b.term) ? b.term[0].toLowerCase() + b.term.slice(1) : b.term)}?</summary><p>${e(b.uitleg)}</p></details>`
    : '';
  const intro =
    nr === 1 && Object.keys(a).length === 0
      ? `<div class="vk-intro"><p class="vk-kop">Verkenner</p><p class="lead">Beantwoord een paar korte vragen. U ziet dan per doel welke route past: een samenwerkingsvorm, een afspraak tussen gemeenten of aansluiten bij iets wat al bestaat. Met wie besluit, de rol van de raad, de procedure en de bronnen.</p>
<p>Werkt u aan de motie van Hof van Twente over ICT, informatieveiligheid en privacy? <a href="/verkenner/motie-hof-van-twente/">Bekijk de uitkomst voor de vragen van de motie</a>.</p></div>`
      : '';
  const meerdere = v.meerdere
    ? `<form class="vk-meerdere no-print" data-vk-meerdere="${e(v.id)}" hidden><fieldset><legend>Of kies meerdere doelen tegelijk</legend>${v.opties
        .map(
          (o) =>
            `<div class="vk-vink"><input type="checkbox" id="vk-m-${e(o.id)}" name="${e(v.id)}" value="${e(o.id)}"${(a[v.id] ?? []).includes(o.id) ? ' checked' : ''}><label for="vk-m-${e(o.id)}">${e(o.label)}</label></div>`,
        )
        .join('')}<p><button type="submit" class="button">Verder met deze doelen</button></p></fieldset></form>`
    : '';
  const vorigeVraag = nr > 1 ? gevraagd[nr - 2] : undefined;
  const vorige = vorigeVraag
    ? (() => {
        const x = { ...a };
        delete x[vorigeVraag.id];
        return pad(d.flow, x);
      })()
    : '';
  return `${intro}<p class="vk-voortgang">${voortgang}</p>
<h1 id="vk-titel" tabindex="-1">${e(v.vraag)}</h1>
${v.hulp ? `<p class="vk-hulp">${e(v.hulp)}</p>` : ''}${begrip}
<ul class="vk-opties">${v.opties
    .map(
      (o) =>
        `<li><a class="vk-stap vk-optie" href="${e(pad(d.flow, { ...a, [v.id]: [o.id] }))}">${e(o.label)}</a>${o.hulp ? `<p class="vk-hulp">${e(o.hulp)}</p>` : ''}</li>`,
    )
    .join(
      '',
    )}<li><a class="vk-stap vk-optie vk-onbekend" href="${e(pad(d.flow, { ...a, [v.id]: [ONBEKEND] }))}">Weet ik nog niet</a><p class="vk-hulp">Dan blijft deze vraag open. De uitkomst laat zien wat ervan afhangt.</p></li></ul>
${meerdere}
${vorige || Object.keys(a).length ? `<p class="no-print">${vorige ? `<a class="vk-stap" href="${e(vorige)}">Vorige vraag</a> · ` : ''}<a class="vk-stap" href="/verkenner/">Opnieuw beginnen</a></p>` : ''}
${overzicht(d, a, 'Uw antwoorden tot nu toe')}`;
}

function velden(r: Route, idx: CiteIndex): string {
  const rij = (k: string, c: { tekst: string; bronnen: Citation[] }) => `<dt>${e(k)}</dt><dd>${cited(c, idx)}</dd>`;
  return `<dl class="fields vk-velden">${rij('Wettelijke basis', r.rechtsgrondslag)}${rij('Wat het is', r.wat)}${rij('Wie besluit', r.beslisser)}${rij('Rol van de raad', r.raad)}${rij('Procedure', r.procedure)}${rij('Doorlooptijd', r.doorlooptijd)}${rij('Werkgever', r.werkgever)}${rij('Kosten', r.kosten)}<dt>Wat dit niet oplost</dt><dd><ul>${r.lostNietOp.map((c) => `<li>${cited(c, idx)}</li>`).join('')}</ul></dd>${rekenhulp(r)}</dl>`;
}

/** Links to the cost calculator, the procedure planner and the agenda for this route. */
function rekenhulp(r: Route): string {
  const links = [...rekenhulpLinks(r), { label: 'Agenda: wat komt eraan', href: '/agenda/' }];
  return `<dt>Rekenen en plannen</dt><dd>${links.map((l) => `<a href="${e(l.href)}">${e(l.label)}</a>`).join(' · ')}</dd>`;
}

function vormLinks(d: VerkennerData, r: Route): string {
  const links = r.vormen
    .filter((v) => d.vormTitels[v])
    .map((v) => `<a href="/vormen/${e(v)}/">${e(d.vormTitels[v])}</a>`);
  const casus = r.casus
    ? ` Voorbeeld: <a href="/casussen/${e(r.casus)}/">${e(d.casusTitels[r.casus] ?? r.casus)}</a>.`
    : '';
  return links.length || casus ? `<p>${links.length ? `Meer over de vorm: ${links.join(', ')}.` : ''}${casus}</p>` : '';
}

function scores(d: VerkennerData, r: RouteUitkomst): string {
  if (!r.scores.length) return '';
  return r.scores
    .map(
      (
        s,
      ) => `<p><strong>Belemmeringen bij ${e(s.titel)}</strong> (alleen die voor dit doel tellen): ${s.bekend ? `${s.punten} ${s.punten === 1 ? 'punt' : 'punten'} uit ${s.bekend} bekende` : 'geen bekende'}${s.onbekend ? `; ${s.onbekend} onbekend` : ''}.</p>
<ul class="vk-bel">${s.belemmeringen
        .map(
          (b) =>
            `<li><a href="/belemmeringen/${e(b.id)}/">${e(b.titel)}</a>${d.belemmeringKingNamen[b.id] ? ` <span class="vk-hulp">(KING: ${e(d.belemmeringKingNamen[b.id])})</span>` : ''}: ${b.ernst ? `<strong>${e(ernstLabel[b.ernst])}</strong>` : b.alGewogen ? `<strong>al meegewogen</strong> bij de beoordeling van deze route (telt niet nog eens mee): ${e(b.alGewogen)}` : b.onzeker ? `<strong>onzeker</strong> (telt niet mee): ${e(b.onzeker)}` : `<strong>onbekend</strong>, hangt af van ${e(b.hangtAf.join(', '))}`}. <span class="vk-hulp">${e(b.reden)}</span></li>`,
        )
        .join('')}</ul>`,
    )
    .join('');
}

function routeBlok(d: VerkennerData, g: DoelUitkomst, r: RouteUitkomst, open: boolean, beknopt = false): string {
  const id = `route-${g.doel}-${r.route.id}`;
  // the reason that decides the class is the sentence above; further reasons follow as a list
  // the page of several goals says once, in its notice, what each open question does; here only which are open
  const w = waaromMetBron(r, { kort: beknopt });
  const hoofd = r.fit.find((f) => f.reden === w.tekst);
  const verder = r.fit.filter((f) => f !== hoofd);
  const fit = verder.length
    ? `<ul>${verder.map((f) => `<li>${e(f.reden)} ${cites(f.bronnen, d.cites)}</li>`).join('')}</ul>`
    : '';
  // the advised route carries its whole decision chain here; every other route has it on its own page,
  // one link away, so an outcome stays short (and within its page budget) however many routes it weighs
  const geadviseerd = g.advies?.route.id === r.route.id;
  const keten = geadviseerd
    ? velden(r.route, d.cites)
    : `<p><a href="${e(routePad(r.route.id))}">Wettelijke basis, wie besluit, rol van de raad, procedure en kosten<span class="visually-hidden">: ${e(r.route.titel)}</span></a></p>`;
  return `<li class="vk-route ${KLASSE_CSS[r.klasse]}"><details class="vk-profiel" id="${e(id)}"${open ? ' open' : ''}><summary>${e(r.route.titel)} <span class="tag">${e(KLASSE[r.klasse])}</span></summary>
<p><strong>Wat u doet:</strong> ${e(r.route.kort)}</p>
<p>${e(w.tekst)} ${cites(w.bronnen, d.cites)}</p>${fit}
${keten}
${vormLinks(d, r.route)}${beknopt ? '' : scores(d, r)}</details></li>`;
}

/** The page of one route: what it is, its whole decision chain, and which answers make it fit or not. */
export function routePad(id: string): string {
  return `/verkenner/route/${id}/`;
}

/** A route on its own page: the advice, when it fits (each fit rule with its reason), then the fields with their sources. */
export function renderRoute(d: VerkennerData, r: Route): string {
  const vraag = (id: string) => d.flow.vragen.find((v) => v.id === id);
  const regels = r.past.map((f) => {
    const v = vraag(f.als.vraag);
    const antwoorden = f.als.in.map((o) => v?.opties.find((x) => x.id === o)?.label ?? o);
    return `<li><strong>${e(v?.kort ?? f.als.vraag)}: ${e(antwoorden.join(' of '))}</strong> → ${e(KLASSE[f.oordeel])}. ${e(f.reden)} ${cites(f.bronnen, d.cites)}</li>`;
  });
  const doelen = r.doelen.map((g) => d.doelen[g]?.titel ?? g);
  return `<p class="lead">${e(r.kort)}</p>
<p>Voor: ${e(doelen.join(', '))}. <a href="/verkenner/">Naar de verkenner</a></p>
${regels.length ? `<h2 id="wanneer">Wanneer deze route past</h2><ul>${regels.join('')}</ul>` : ''}
<h2 id="keten">Wie besluit wat, en hoe</h2>
${velden(r, d.cites)}
${vormLinks(d, r)}`;
}

/** The forms' own judgements on what a raad often weighs most: the reader applies the preference here, no question needed. */
function voorkeur(d: VerkennerData, g: DoelUitkomst, kop: string): string {
  const vormen = [...new Set(g.routes.flatMap((r) => r.route.vormen))].filter(
    (v) => d.vormOordelen[v] && d.vormTitels[v],
  );
  if (vormen.length < 2) return '';
  const cel = (v: string, c: string) => {
    const o = d.vormOordelen[v][c] as keyof typeof OORDEEL_LABEL | undefined;
    return `<td>${o ? e(OORDEEL_LABEL[o]) : '–'}</td>`;
  };
  return `<details class="vk-profiel"><summary>Wat weegt voor uw raad het zwaarst?</summary>
<p>Geen vorm is op alles goed. Zo beoordelen de vormpagina's de vormen van deze routes; daar staan ook de redenen en bronnen. Alle vormen naast elkaar ziet u bij <a href="/vergelijk/">Vergelijk</a>.</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="vk-vk-${e(g.doel)}"><table><caption id="vk-vk-${e(g.doel)}">${e(kop)}</caption>
<thead><tr><th scope="col">Vorm</th>${VOORKEUR_CRITERIA.map((c) => `<th scope="col">${e(CRITERIUM_LABEL[c])}</th>`).join('')}</tr></thead>
<tbody>${vormen.map((v) => `<tr><th scope="row"><a href="/vormen/${e(v)}/">${e(d.vormTitels[v])}</a></th>${VOORKEUR_CRITERIA.map((c) => cel(v, c)).join('')}</tr>`).join('')}</tbody></table></div></details>`;
}

function adviesRegel(g: DoelUitkomst, kort = false): string {
  if (g.advies)
    return `<strong>${e(g.label)}:</strong> ${e(g.advies.route.kort)} <span class="vk-hulp">Waarom: ${e(kort ? waaromMetBron(g.advies, { kort }).tekst : waaromRoute(g.advies))}</span> <a href="#route-${e(g.doel)}-${e(g.advies.route.id)}">Meer over deze route<span class="visually-hidden"> voor ${e(g.label.toLowerCase())}</span></a>`;
  return `<strong>${e(g.label)}:</strong> geen van de routes past bij uw antwoorden. <a href="#doel-${e(g.doel)}">Bekijk waarom</a>`;
}

export interface UitkomstOpties {
  /** heading of the page; default "Uitkomst: wat u kunt doen" */
  titel?: string;
  /** heading level offset: the motion page puts the outcome under its own h1 */
  ingebed?: boolean;
  /** static download files of the memo */
  downloads?: { label: string; href: string; download: string }[];
  /**
   * several goals on one static page: the routes without the obstacle scores per form (the page of
   * each goal has them), so the page stays within its size budget
   */
  beknopt?: { doelPad: (doel: string) => string };
}

/** The outcome: first the advice per goal, then the routes in folded sections, then sources. */
export function renderUitkomst(d: VerkennerData, m: UitkomstModel, o: UitkomstOpties = {}): string {
  const h = (n: number) => `h${n}`;
  const onbekend = m.onbekend.length
    ? `<div class="notice"><p><strong>Nog niet bekend:</strong> ${m.onbekend.map((v) => e(v.kort)).join(', ')}. Wij vullen hier niets voor in. Routes die ervan afhangen staan als “hangt af”; belemmeringen die ervan afhangen tellen niet mee.</p>${o.beknopt ? `<ul>${m.onbekend.map((v) => `<li><strong>${e(v.kort)}:</strong> ${e(watHetVerandert(m, v))}</li>`).join('')}</ul>` : ''}</div>`
    : '';
  const gekozen = m.doelen.map((g) => g.doel);
  const kaderRegels = d.kader.filter((x) => x.doelen.some((g) => gekozen.includes(g)));
  const kader = kaderRegels.length
    ? `<${h(2)} id="vk-kader">Regels voor beveiliging en privacy</${h(2)}><ul>${kaderRegels.map((k) => `<li><strong>${e(k.onderwerp)}:</strong> ${cited(k, d.cites)} <span class="vk-hulp">Stand van de bronnen op ${e(datumNl(k.gecontroleerd))}.</span></li>`).join('')}</ul>`
    : '';
  const delen = m.delen.length
    ? `<${h(2)} id="vk-delen-doelen">Wat de doelen kunnen delen</${h(2)}><ul>${m.delen.map((x) => `<li>${cited(x, d.cites)}</li>`).join('')}</ul>`
    : '';
  const perDoel = m.doelen
    .map(
      (g) => `<section class="vk-doel" aria-labelledby="doel-${e(g.doel)}">
<${h(2)} id="doel-${e(g.doel)}">${e(g.label)}</${h(2)}>
<p>${e(g.data.uitleg)} ${cites(g.data.bronnen, d.cites)}</p>
<ol class="vk-volgorde vk-routes">${g.routes.map((r) => routeBlok(d, g, r, false, !!o.beknopt)).join('')}</ol>${o.beknopt ? `<p>De belemmeringen per vorm, de oordelen van de vormen, bestaande samenwerkingen, volgende stappen en vragen voor de raad staan op <a href="${e(o.beknopt.doelPad(g.doel))}">de pagina van dit doel<span class="visually-hidden"> (${e(g.label.toLowerCase())})</span></a>.</p>` : ''}
${o.beknopt ? '' : voorkeur(d, g, `Oordelen van de vormen voor ${g.label.toLowerCase()}`)}
${
  o.beknopt
    ? ''
    : `<details class="vk-profiel"><summary>${g.data.bestaand.length ? 'Bestaande samenwerkingen, volgende stappen' : 'Volgende stappen'} en vragen voor de raad</summary>
${g.data.bestaand.length ? `<${h(3)}>Bestaande samenwerkingen die kunnen helpen</${h(3)}><ul>${g.data.bestaand.map((b) => `<li><strong>${b.casus ? `<a href="/casussen/${e(b.casus)}/">${e(b.titel)}</a>` : e(b.titel)}:</strong> ${cited(b.wat, d.cites)}${b.aansluiten ? ` <em>Aansluiten:</em> ${cited(b.aansluiten, d.cites)}` : ''}${b.nietGeboden ? ` <em>Wat het niet biedt:</em> ${cited(b.nietGeboden, d.cites)}` : ''}</li>`).join('')}</ul>` : ''}
<${h(3)}>Volgende stappen</${h(3)}><ol>${g.data.volgendeStappen.map((s) => `<li>${cited(s, d.cites)}</li>`).join('')}</ol>
<${h(3)}>Vragen die de raad kan stellen</${h(3)}><ul>${g.data.vragenVoorDeRaad.map((s) => `<li>${cited(s, d.cites)}</li>`).join('')}</ul></details>`
}
</section>`,
    )
    .join('\n');
  const downloads = o.downloads?.length
    ? `<p class="no-print">Notitie voor college en raad: ${o.downloads.map((l) => `<a href="${e(l.href)}" download="${e(l.download)}">${e(l.label)}</a>`).join(' · ')}</p>`
    : '';
  return `${o.ingebed ? '' : `<h1 id="vk-titel" tabindex="-1">${e(o.titel ?? 'Uitkomst: wat u kunt doen')}</h1>`}
<section class="vk-advies card" aria-labelledby="vk-advies-kop"><${h(2)} id="vk-advies-kop">Ons advies</${h(2)}>
<ul>${m.doelen.map((g) => `<li>${adviesRegel(g, !!o.beknopt)}</li>`).join('')}</ul>
<p class="vk-hulp">Het advies is de route die het best past bij uw antwoorden. Hieronder staat per route de wettelijke basis, wie besluit, de rol van de raad, de procedure en wat het niet oplost, met bronnen.</p></section>
${onbekend}
${delen}
${kader}
${o.ingebed ? '' : overzicht(d, m.antwoorden, 'Uw antwoorden')}
${perDoel}
<${h(2)} id="vk-delen" class="no-print">Notitie, delen en printen</${h(2)}>
<p class="no-print">Het adres van deze pagina bevat uw antwoorden. Wie het opent, ziet dezelfde uitkomst. Bij het printen gaan alle onderdelen open.</p>
${downloads}
<p class="no-print vk-export" data-vk-export hidden><button type="button" class="button" data-vk-actie="docx:raadsinformatiebrief">Raadsinformatiebrief (Word)</button> <button type="button" class="button secondary" data-vk-actie="docx:collegevoorstel">Collegevoorstel (Word)</button> <button type="button" class="button secondary" data-vk-actie="markdown:raadsinformatiebrief">Raadsinformatiebrief (Markdown)</button> <button type="button" class="button secondary" data-vk-actie="print">Printen</button> <button type="button" class="button secondary" data-vk-actie="json">Gegevens als JSON</button> <button type="button" class="button secondary" data-vk-actie="kopieer">Kopieer de link naar deze uitkomst</button></p>
<p class="no-print vk-status" data-vk-status role="status"></p>
${bronnenLijst(uitkomstBronnen(m), d.cites)}`;
}

/** The "Bronnen" section: every citation of the outcome, once, folded away on screen. */
function bronnenLijst(list: Citation[], idx: CiteIndex): string {
  const items = uniqueCitations(list)
    .map((c) => ({ c, l: citeLink(c, idx) }))
    .map(
      ({ c, l }) =>
        `<li><a href="${e(l.href)}">${e(l.tekst)}</a>${c.citaat ? `<blockquote>“${e(c.citaat)}”</blockquote>` : ''}</li>`,
    );
  const h = 'h2';
  return `<section aria-labelledby="vk-bronnen-kop"><${h} id="vk-bronnen-kop">Bronnen</${h}><details class="vk-profiel"><summary>Alle ${items.length} bronnen van deze uitkomst</summary><ul class="bronnen-lijst">${items.join('')}</ul></details></section>`;
}

/** A message for a URL the explorer could not read. */
export function renderFout(f: LeesFout): string {
  return `<h1 id="vk-titel" tabindex="-1">Deze stap van de verkenner kunnen wij niet lezen</h1>
<div class="notice" role="alert"><p>${e(f.bericht)}</p></div>
<ul><li><a class="vk-stap" href="${e(f.terug)}">Ga verder vanaf uw laatste geldige antwoord</a></li><li><a class="vk-stap" href="/verkenner/">Begin opnieuw</a></li></ul>`;
}

/** The page of a combination of goals: their outcome with every other question open, routes without the per-form scores. */
export function renderCombinatie(
  d: VerkennerData,
  a: Antwoorden,
  uitkomst: (a: Antwoorden) => UitkomstModel,
  downloads: UitkomstOpties['downloads'] = [],
): string {
  return renderUitkomst(d, uitkomst(metOpenVragen(d.flow, a)), {
    downloads,
    beknopt: { doelPad: (g) => pad(d.flow, { [d.flow.vragen[0].id]: [g] }) },
  });
}

/** Step or outcome for these answers. */
export function render(
  d: VerkennerData,
  a: Antwoorden,
  uitkomst: (a: Antwoorden) => UitkomstModel,
  wijzig?: string,
): string {
  // "wijzig": that question again, its answer chosen, the other answers kept in its links
  const w = wijzig ? d.flow.vragen.find((x) => x.id === wijzig) : undefined;
  if (w) return renderStap(d, a, w);
  const v = volgende(d.flow, a);
  return v ? renderStap(d, a, v) : renderUitkomst(d, uitkomst(a));
}

/** The outcome as plain data, for export. */
export function alsJson(d: VerkennerData, m: UitkomstModel, url: string): unknown {
  return {
    bron: 'Samenwerkingswijzer, verkenner',
    adres: url,
    antwoorden: samenvatting(d.flow, m.antwoorden).map((r) => ({
      vraag: r.vraag.id,
      antwoorden: r.onbekend ? [] : m.antwoorden[r.vraag.id],
      onbekend: r.onbekend,
      labels: r.labels,
    })),
    onbekend: m.onbekend.map((v) => v.id),
    doelen: m.doelen.map((g) => ({
      doel: g.doel,
      advies: g.advies?.route.id ?? null,
      routes: g.routes.map((r) => ({
        route: r.route.id,
        klasse: r.klasse,
        open: r.open.map((v) => v.id),
        fit: r.fit,
        scores: r.scores,
      })),
    })),
  };
}
