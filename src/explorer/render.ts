/**
 * HTML of the explorer's steps and outcome, as strings. The same functions
 * render the static pages at build time and the island in the browser, so
 * the page looks the same with and without JavaScript. Everything from data
 * is escaped.
 */
import { ernstLabel, themaIds, themaTitel } from '../engine/constanten.ts';
import type { Citation } from '../schemas/index.ts';
import { CRITERIUM_LABEL, OORDEEL_LABEL } from '../lib/labels.ts';
import { euro, schattingTekst } from '../lib/text.ts';
import { pad, samenvatting, volgende, type Antwoorden, type LeesFout, type Vraag } from './flow.ts';
import { waaromPlaats, type Cited, type CiteIndex, type Klasse, type UitkomstModel, type VerkennerData } from './outcome.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const e = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

const KLASSE: Record<Klasse, string> = { 'past-goed': 'Past goed', past: 'Past', 'past-minder': 'Past minder', 'past-niet': 'Past niet' };
const FIT: Record<string, string> = { 'past-goed': 'pleit voor', 'past-minder': 'pleit tegen', 'past-niet': 'sluit uit' };

export function citeLink(c: Citation, idx: CiteIndex): { href: string; label: string } {
  const b = idx.bronnen[c.bron];
  if (b) {
    const s = c.plaats ? b.s[c.plaats] : undefined;
    return { href: `/bronnen/${c.bron}/${c.plaats ? `#${c.plaats}` : ''}`, label: `${b.t}${s ? `, ${s}` : ''}${c.detail ? ` (${c.detail})` : ''}` };
  }
  const x = idx.extern[c.bron];
  if (x) return { href: x.u, label: `${x.t}${c.plaats ? `, ${c.plaats}` : ''}${c.detail ? ` (${c.detail})` : ''}` };
  return { href: '/bronnen/', label: c.bron };
}

function cites(list: Citation[], idx: CiteIndex): string {
  if (!list.length) return '';
  const seen = new Set<string>();
  const links = list
    .map((c) => citeLink(c, idx))
    .filter((l) => (seen.has(l.href + l.label) ? false : (seen.add(l.href + l.label), true)))
    .map((l) => `<a href="${e(l.href)}">${e(l.label)}</a>`);
  return `<p class="cite">Bron${links.length > 1 ? 'nen' : ''}: ${links.join('; ')}</p>`;
}
const cited = (c: Cited, idx: CiteIndex, tag = 'p') => `<${tag}>${e(c.tekst)}</${tag}>${cites(c.bronnen, idx)}`;

/** The summary of answers with "wijzig" links. */
function overzicht(d: VerkennerData, a: Antwoorden, titel: string): string {
  const rows = samenvatting(d.flow, a);
  if (!rows.length) return '';
  return `<section class="vk-overzicht" aria-labelledby="vk-overzicht-kop">
  <h2 id="vk-overzicht-kop">${e(titel)}</h2>
  <dl class="fields">${rows
    .map(
      (r) =>
        `<dt>${e(r.vraag.kort)}</dt><dd>${e(r.optie.label)} <a class="vk-stap vk-wijzig" href="${e(r.wijzig)}">wijzig<span class="visually-hidden"> ${e(r.vraag.kort.toLowerCase())}</span></a></dd>`,
    )
    .join('')}</dl>
</section>`;
}

export function titelVan(d: VerkennerData, a: Antwoorden): string {
  const v = volgende(d.flow, a);
  return v ? v.vraag : 'Uitkomst: welke vormen passen?';
}

/** One question step: the question, help, and each answer as a link to the next step. */
export function renderStap(d: VerkennerData, a: Antwoorden, v: Vraag): string {
  const nr = Object.keys(a).length + 1;
  // questions whose condition is not yet known are not counted
  const totaal = Math.max(nr, d.flow.vragen.filter((q) => !q.toonAls || q.toonAls.in.includes(a[q.toonAls.vraag] ?? '')).length);
  // the term is explained in place: no link that leads out of the explorer half-way
  const b = v.begrip ? d.begrippen[v.begrip] : undefined;
  const begrip = b ? `<details class="vk-begrip"><summary>Wat is ${e(/^[A-Z][a-z]/.test(b.term) ? b.term[0].toLowerCase() + b.term.slice(1) : b.term)}?</summary><p>${e(b.uitleg)}</p></details>` : '';
  const intro = nr === 1
    ? `<div class="vk-intro"><p class="vk-kop">Verkenner</p><p class="lead">Beantwoord een paar korte vragen over de samenwerking die u wilt. U ziet dan welke vormen passen, welke belemmeringen elke vorm meebrengt, welke bestaande samenwerkingen in Twente kunnen helpen en wat de volgende stappen zijn.</p>
<p>Werkt u aan de motie van Hof van Twente over ICT, informatieveiligheid en privacy? <a href="/verkenner/motie-hof-van-twente/">Begin met de vragen die de motie al beantwoordt</a>.</p></div>`
    : '';
  return `${intro}<p class="vk-voortgang">Vraag ${nr} van ${totaal}</p>
<h1 id="vk-titel" tabindex="-1">${e(v.vraag)}</h1>
${v.hulp ? `<p class="vk-hulp">${e(v.hulp)}</p>` : ''}${begrip}
<ul class="vk-opties">${v.opties
    .map((o) => `<li><a class="vk-stap vk-optie" href="${e(pad(d.flow, { ...a, [v.id]: o.id }))}">${e(o.label)}</a>${o.hulp ? `<p class="vk-hulp">${e(o.hulp)}</p>` : ''}</li>`)
    .join('')}</ul>
${Object.keys(a).length ? `<p><a class="vk-stap" href="${e(pad(d.flow, Object.fromEntries(Object.entries(a).slice(0, -1))))}">Vorige vraag</a> · <a class="vk-stap" href="/verkenner/">Opnieuw beginnen</a></p>` : ''}
${overzicht(d, a, 'Uw antwoorden tot nu toe')}`;
}

function matrix(m: UitkomstModel): string {
  const bs = m.resultaat.perVorm[0]?.uitkomsten ?? [];
  const head = m.resultaat.perVorm.map((p) => `<th scope="col"><a href="/vormen/${e(p.vorm)}/">${e(p.titel)}</a></th>`).join('');
  const body = themaIds
    .map((t) => {
      const rows = bs
        .map((b, i) => ({ b, i }))
        .filter(({ b }) => b.thema === t)
        .map(
          ({ b, i }) =>
            `<tr><th scope="row"><a href="/belemmeringen/${e(b.belemmering)}/">${e(b.titel)}</a></th>${m.resultaat.perVorm
              .map((p) => {
                const u = p.uitkomsten[i];
                return `<td class="sev sev-${u.ernst}"><span class="sev-mark" aria-hidden="true"></span>${e(ernstLabel[u.ernst])}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('');
      return `<tr class="group"><th scope="rowgroup" colspan="${m.resultaat.perVorm.length + 1}">${e(themaTitel[t])}</th></tr>${rows}`;
    })
    .join('');
  const totals = `<tr class="totaal"><th scope="row">Punten</th>${m.resultaat.perVorm.map((p) => `<td>${p.totaal.punten}</td>`).join('')}</tr>`;
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="vk-matrix-titel"><table class="vk-matrix">
<caption id="vk-matrix-titel">Belemmeringen per vorm voor uw situatie (nu)</caption>
<thead><tr><th scope="col">Belemmering</th>${head}</tr></thead><tbody>${body}${totals}</tbody></table></div>
<p class="cite">Legenda: – niet van toepassing (0 punten) · ○ beheersbaar (1) · ◐ aanzienlijk (3) · ● blokkerend (9). Hoe minder punten, hoe minder belemmeringen.</p>`;
}

function profiel(m: UitkomstModel, d: VerkennerData, vorm: string, open: boolean): string {
  const p = m.resultaat.perVorm.find((x) => x.vorm === vorm)!;
  const relevant = p.uitkomsten.filter((u) => u.ernst !== 'nvt');
  const items = relevant
    .map(
      (u) => `<li><strong class="sev-mark sev-${u.ernst}">${e(u.titel)}: ${e(ernstLabel[u.ernst])}.</strong> ${u.redenen.map((r) => e(r)).join(' ')}
${u.schatting ? `<p>${e(schattingTekst(u.schatting))}</p>` : ''}
${cites(u.bronnen, d.cites)}
${u.verlichting.length ? `<p>Wat kan helpen:</p><ul>${u.verlichting.map((v) => `<li>${cited(v, d.cites, 'span')}</li>`).join('')}</ul>` : ''}</li>`,
    )
    .join('');
  return `<details class="vk-profiel${open ? '' : ' vk-profiel-rest'}"${open ? ' open' : ''}><summary>Belemmeringen bij ${e(p.titel)} (${relevant.length} van ${p.uitkomsten.length} spelen)</summary>
${relevant.length ? `<ul>${items}</ul>` : '<p>Voor uw situatie speelt bij deze vorm geen van de belemmeringen.</p>'}
<p><a href="/vormen/${e(vorm)}/">Alles over ${e(p.titel)}</a></p></details>`;
}

/** The outcome page. */
export function renderUitkomst(d: VerkennerData, m: UitkomstModel): string {
  const doel = m.doel;
  const volgorde = m.volgorde
    .map(
      (p) => `<li class="vk-vorm vk-${p.klasse}">
<h3><a href="/vormen/${e(p.vorm)}/">${e(p.titel)}</a> <span class="tag">${e(KLASSE[p.klasse])}</span></h3>
<p>${e(waaromPlaats(p))}</p>
${p.fit.length ? `<ul>${p.fit.map((f) => `<li>Uw antwoord bij “${e(d.flow.vragen.find((q) => q.id === f.vraag)?.kort ?? f.vraag)}” ${e(FIT[f.oordeel])}: ${e(f.reden)}${cites(f.bronnen, d.cites)}</li>`).join('')}</ul>` : ''}
${p.voorkeur.length ? `<p class="cite">Wat u het belangrijkst vindt: ${p.voorkeur.map((o) => `${e(CRITERIUM_LABEL[o.criterium as keyof typeof CRITERIUM_LABEL] ?? o.criterium)}: ${e(OORDEEL_LABEL[o.oordeel].toLowerCase())}`).join('; ')}.</p>${cites(p.voorkeur.flatMap((o) => o.bronnen), d.cites)}` : ''}
</li>`,
    )
    .join('');
  const king = m.king2015.ranking.map((r) => `<li>${e(r.titel)}: ${r.punten} punten${r.blokkerend ? `, ${r.blokkerend} blokkerend` : ''}</li>`).join('');
  const top = m.volgorde.filter((p) => p.klasse !== 'past-niet').slice(0, 3).map((p) => p.vorm);
  return `<h1 id="vk-titel" tabindex="-1">Uitkomst: welke vormen passen?</h1>
${doel ? `<p class="lead">Voor: ${e(doel.titel)}. ${e(doel.uitleg)}</p>${cites(doel.bronnen, d.cites)}` : ''}
<p class="no-print vk-acties"><a class="vk-stap" href="/verkenner/">Opnieuw beginnen</a></p>
${overzicht(d, m.antwoorden, 'Uw antwoorden')}
${d.flow.aannames.length ? `<details class="vk-aannames"><summary>Waar wij van uitgaan</summary><ul>${d.flow.aannames.map((x) => `<li>${e(x.uitleg)}</li>`).join('')}</ul></details>` : ''}
<h2 id="vk-volgorde">De vormen op volgorde</h2>
<p>Bovenaan staan de vormen die het best passen. Zo bepalen wij de volgorde: een vorm die door uw antwoorden niet past, komt onderaan. Daarna telt het aantal blokkerende belemmeringen, dan hoe goed uw antwoorden bij de vorm passen, dan het aantal punten van de belemmeringen. Bij gelijke stand telt wat u het belangrijkst vindt.</p>
<ol class="vk-volgorde">${volgorde}</ol>
<h2 id="vk-belemmeringen">Belemmeringen per vorm</h2>
<p>Dit zijn de belemmeringen uit het onderzoek van KING (2015), met wat er sindsdien veranderde. Per vorm ziet u hoe zwaar ze wegen voor uw situatie.</p>
${matrix(m)}
<p class="print-only">In deze afdruk staan de belemmeringen van de drie best passende vormen. De andere staan op de site, op het adres van deze uitkomst.</p>
${m.volgorde.map((p) => profiel(m, d, p.vorm, top.includes(p.vorm))).join('\n')}
<details class="vk-king"><summary>Wat KING in 2015 zou hebben gevonden</summary><p>Met de regels zoals die in 2015 golden, tellen de vormen zo:</p><ol>${king}</ol></details>
${
  doel
    ? `<h2 id="vk-bestaand">Bestaande samenwerkingen die kunnen helpen</h2>
${doel.bestaand.length ? doel.bestaand.map((b) => `<section class="card"><h3>${b.casus ? `<a href="/casussen/${e(b.casus)}/">${e(b.titel)}</a>` : e(b.titel)}</h3>${cited(b.wat, d.cites)}${b.aansluiten ? `<p><strong>Aansluiten:</strong></p>${cited(b.aansluiten, d.cites)}` : ''}${b.nietGeboden ? `<p><strong>Wat het niet biedt:</strong></p>${cited(b.nietGeboden, d.cites)}` : ''}</section>`).join('') : '<p>De documenten noemen geen bestaande samenwerking voor dit doel.</p>'}
<h2 id="vk-stappen">Volgende stappen</h2>
<ol>${doel.volgendeStappen.map((s) => `<li>${cited(s, d.cites, 'span')}</li>`).join('')}</ol>
<h2 id="vk-vragen">Vragen die de raad kan stellen</h2>
<ul>${doel.vragenVoorDeRaad.map((s) => `<li>${cited(s, d.cites, 'span')}</li>`).join('')}</ul>`
    : ''
}
<h2 id="vk-delen" class="no-print">Delen, printen en bewaren</h2>
<p class="no-print">Het adres van deze pagina bevat uw antwoorden. Wie het adres opent, ziet dezelfde uitkomst. U kunt de pagina ook printen of opslaan als PDF.</p>
<p class="no-print vk-export" data-vk-export hidden><button type="button" class="button" data-vk-actie="print">Printen</button> <button type="button" class="button secondary" data-vk-actie="json">Bewaar als JSON</button> <button type="button" class="button secondary" data-vk-actie="markdown">Bewaar als Markdown</button></p>
${bronnenLijst(uitkomstBronnen(m), d.cites)}`;
}

/** The "Bronnen" section: every citation of the outcome, once. */
export function bronnenLijst(list: Citation[], idx: CiteIndex): string {
  const seen = new Set<string>();
  const items = list
    .map((c) => ({ c, l: citeLink(c, idx) }))
    .filter(({ l }) => (seen.has(l.href + l.label) ? false : (seen.add(l.href + l.label), true)))
    .map(({ c, l }) => `<li><a href="${e(l.href)}">${e(l.label)}</a>${c.citaat ? `<blockquote>“${e(c.citaat)}”</blockquote>` : ''}</li>`);
  return `<section aria-labelledby="vk-bronnen-kop"><h2 id="vk-bronnen-kop">Bronnen</h2><ul class="bronnen-lijst">${items.join('')}</ul></section>`;
}

/** A message for a URL the explorer could not read. */
export function renderFout(f: LeesFout): string {
  return `<h1 id="vk-titel" tabindex="-1">Deze stap van de verkenner kunnen wij niet lezen</h1>
<div class="notice" role="alert"><p>${e(f.bericht)}</p></div>
<ul><li><a class="vk-stap" href="${e(f.terug)}">Ga verder vanaf uw laatste geldige antwoord</a></li><li><a class="vk-stap" href="/verkenner/">Begin opnieuw</a></li></ul>`;
}

/** Step or outcome for these answers. */
export function render(d: VerkennerData, a: Antwoorden, uitkomst: (a: Antwoorden) => UitkomstModel): string {
  const v = volgende(d.flow, a);
  return v ? renderStap(d, a, v) : renderUitkomst(d, uitkomst(a));
}


/** All citations an outcome rests on, for the page's source list. */
export function uitkomstBronnen(m: UitkomstModel): Citation[] {
  const out: Citation[] = [];
  for (const p of m.resultaat.perVorm) for (const u of p.uitkomsten) if (u.ernst !== 'nvt') out.push(...u.bronnen);
  for (const p of m.volgorde) for (const f of p.fit) out.push(...f.bronnen);
  if (m.doel) {
    out.push(...m.doel.bronnen);
    for (const b of m.doel.bestaand) out.push(...b.wat.bronnen, ...(b.aansluiten?.bronnen ?? []), ...(b.nietGeboden?.bronnen ?? []));
    for (const s of [...m.doel.volgendeStappen, ...m.doel.vragenVoorDeRaad]) out.push(...s.bronnen);
  }
  return out;
}

/** The outcome as Markdown, for export. */
export function alsMarkdown(d: VerkennerData, m: UitkomstModel, url: string): string {
  const link = (c: Citation) => {
    const l = citeLink(c, d.cites);
    return `[${l.label}](${l.href.startsWith('/') ? new URL(l.href, url).href : l.href})`;
  };
  const lines = [`# Uitkomst van de Samenwerkingswijzer-verkenner`, '', `Adres: ${url}`, '', '## Uw antwoorden', ''];
  for (const r of samenvatting(d.flow, m.antwoorden)) lines.push(`- ${r.vraag.kort}: ${r.optie.label}`);
  lines.push('', '## De vormen op volgorde', '');
  for (const p of m.volgorde) {
    lines.push(`${p.plaats}. **${p.titel}** (${KLASSE[p.klasse]}): ${waaromPlaats(p)}`);
    for (const f of p.fit) lines.push(`   - ${f.reden} (${f.bronnen.map(link).join('; ')})`);
  }
  lines.push('', '## Belemmeringen per vorm', '');
  for (const p of m.resultaat.perVorm) {
    lines.push(`### ${p.titel} (${p.totaal.punten} punten)`, '');
    for (const u of p.uitkomsten.filter((x) => x.ernst !== 'nvt'))
      lines.push(`- ${u.titel}: ${ernstLabel[u.ernst]}. ${u.redenen.join(' ')}${u.schatting ? ` Schatting: ${euro(u.schatting.min)} tot ${euro(u.schatting.max)}.` : ''} (${u.bronnen.map(link).join('; ')})`);
    lines.push('');
  }
  if (m.doel) {
    lines.push('## Volgende stappen', '');
    for (const s of m.doel.volgendeStappen) lines.push(`- ${s.tekst} (${s.bronnen.map(link).join('; ')})`);
    lines.push('', '## Vragen voor de raad', '');
    for (const s of m.doel.vragenVoorDeRaad) lines.push(`- ${s.tekst} (${s.bronnen.map(link).join('; ')})`);
  }
  return `${lines.join('\n')}\n`;
}

/** The outcome as plain data, for export. */
export function alsJson(d: VerkennerData, m: UitkomstModel, url: string): unknown {
  return {
    bron: 'Samenwerkingswijzer, verkenner',
    adres: url,
    antwoorden: samenvatting(d.flow, m.antwoorden).map((r) => ({ vraag: r.vraag.id, antwoord: r.optie.id, label: r.optie.label })),
    situatie: m.situatie,
    volgorde: m.volgorde,
    belemmeringen: m.resultaat.perVorm.map((p) => ({
      vorm: p.vorm,
      punten: p.totaal.punten,
      uitkomsten: p.uitkomsten.map((u) => ({ belemmering: u.belemmering, ernst: u.ernst, redenen: u.redenen, schatting: u.schatting, bronnen: u.bronnen, regels: u.regels })),
    })),
  };
}
