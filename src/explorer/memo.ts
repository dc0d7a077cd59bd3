/**
 * A memo for the college, built from an outcome: a raadsinformatiebrief (the college informs the
 * raad) or a collegevoorstel (an official proposes to the college), as the user picks. It has a
 * header block, a kernboodschap, beslispunten, per function the advised route and its decision
 * chain per body, a financial and a legal section, planning from the build date, the answers the
 * advice rests on and the sources as one numbered appendix. Every statement carries its source as a
 * note number that links to that source. One model, three outputs: Markdown, .docx
 * (WordprocessingML in a deflated ZIP written with fflate, which runs in the browser too) and
 * the printed outcome page itself.
 *
 * Links: an internal page is absolute when the site's address is known (`site`, from Astro's
 * configuration, passed in), else site-relative; a public source links to its official publication.
 */
import { zipSync, type Zippable } from 'fflate';

import { datumNl } from '../lib/dates.ts';
import type { Citation } from '../schemas/index.ts';

import { KLASSE } from './render.ts';
import { citeLink } from '../lib/cite.ts';
import { rekenhulpLinks, waaromMetBron, watHetVerandert, type UitkomstModel, type VerkennerData } from './outcome.ts';
import { samenvatting } from './flow.ts';
import type { Motie } from '../schemas/explorer.ts';
import { esc } from '../lib/html.ts';
import { isSitePad, metBasis } from '../lib/basis.ts';
import { opsomming } from '../lib/text.ts';

export type MemoSoort = 'raadsinformatiebrief' | 'collegevoorstel';
export const MEMO_SOORTEN: Record<MemoSoort, string> = {
  raadsinformatiebrief: 'Raadsinformatiebrief',
  collegevoorstel: 'Collegevoorstel',
};

/** A source in the appendix: its number, its name and where it is. */
export interface MemoBron {
  nr: number;
  label: string;
  href: string;
}
export interface MemoRegel {
  label?: string;
  tekst: string;
  /** numbers of the sources (appendix) this line rests on */
  noten: number[];
  /** the line's text links here (a calculator, the outcome page) */
  href?: string;
  /** a link after the text, such as the calculator for this line */
  verder?: { tekst: string; href: string };
}
export interface MemoSectie {
  kop: string;
  niveau: 1 | 2 | 3;
  regels: MemoRegel[];
  lijst?: 'punt' | 'nummer';
}
export interface Memo {
  soort: MemoSoort;
  titel: string;
  onderwerp: string;
  /** the header block: Aan, Van, Datum, Onderwerp, Status, Zaaknummer, Portefeuillehouder */
  kop: { label: string; waarde: string }[];
  secties: MemoSectie[];
  /** appendices after the body (the body is what the page budget counts); the sources come last */
  bijlagen: MemoSectie[];
  bronnen: MemoBron[];
  /** a file name that says what the file holds, without extension */
  bestandsnaam: string;
  /** the date the memo speaks from (ISO) */
  datum: string;
}

type Moment = { naam: string; jaar: number; datum?: string; grond?: { tekst: string; bronnen: Citation[] } };

/**
 * Where a moment of the motion stands on a given date. A moment with a date (the law's latest day or the
 * municipality's own date, cited in `grond`) is past or ahead; a moment with only a year is past once
 * that year is over; within its year, without a date, whether it has passed is not settled.
 */
export function momentStatus(m: Moment, datum: string): string {
  const zin = momentZin(m, datum);
  return zin[0].toUpperCase() + zin.slice(1);
}
function momentZin(m: Moment, datum: string): string {
  const vandaag = datum.slice(0, 10);
  if (m.datum)
    return m.datum < vandaag
      ? `${m.naam} is voorbij (uiterlijk ${datumNl(m.datum)}).`
      : `${m.naam} komt nog (uiterlijk ${datumNl(m.datum)}).`;
  const jaar = Number(vandaag.slice(0, 4));
  if (m.jaar < jaar) return `${m.naam} viel in ${m.jaar}. Dat jaar is voorbij, dus dit moment is geweest.`;
  if (m.jaar > jaar) return `${m.naam} valt in ${m.jaar}: dat is nog niet begonnen.`;
  return `${m.naam} valt in ${m.jaar}, dit jaar, maar heeft geen vaste datum. Of dat moment al is geweest, is niet vastgesteld; ${m.jaar} loopt tot en met 31 december.`;
}

/** The moment's status with its ground (why it lies where it lies), cited. */
export function momentMetGrond(m: Moment & { wat?: { tekst: string; bronnen: Citation[] } }, datum: string) {
  return {
    tekst: `${momentStatus(m, datum)}${m.grond ? ` ${m.grond.tekst.trim()}` : ''}`,
    bronnen: m.grond?.bronnen ?? [],
  };
}

const GW = (plaats: string): Citation => ({ bron: 'gemeentewet', plaats });

/**
 * The next moments that lie after a date, as far as the law places them (Gemeentewet, art. 191, 192,
 * 198, 200), with their ground; the moments the law does not date (bestuursrapportages, the document
 * that frames the next begroting) are named as the municipality's own. Computed from the date: in
 * December the current year's budget can still be changed, the accounts of this year and the budget
 * of the year after next both fall next year.
 */
export function volgendeMomenten(datum: string): { tekst: string; bronnen: Citation[] } {
  const jaar = Number(datum.slice(0, 4));
  const na = (mmdd: string) => `${jaar}-${mmdd}` > datum.slice(0, 10);
  const delen: string[] = [];
  // this year's budget can be changed until the end of this year (art. 192 lid 1)
  delen.push(`een wijziging van de begroting ${jaar} kan tot het eind van ${jaar} (Gemeentewet, art. 192)`);
  // the accounts of the past year: adopted this year, at GS before 15 July (art. 198, 200)
  if (na('07-14'))
    delen.push(
      `de jaarstukken ${jaar - 1} gaan uiterlijk 14 juli ${jaar} naar Gedeputeerde Staten (art. 198 lid 1 en 200)`,
    );
  delen.push(
    `de jaarstukken ${jaar} gaan uiterlijk 14 juli ${jaar + 1} naar Gedeputeerde Staten (art. 198 lid 1 en 200)`,
  );
  const begrotingJaar = na('11-14') ? jaar + 1 : jaar + 2;
  delen.push(
    `de begroting ${begrotingJaar} gaat uiterlijk 14 november ${begrotingJaar - 1} naar Gedeputeerde Staten (art. 191); wat een samenwerking in ${begrotingJaar} kost, moet daarop staan (art. 189 lid 3)`,
  );
  return {
    tekst: `Wat de wet vastlegt over de momenten die nog komen: ${delen.join('; ')}. Andere data (bestuursrapportages, de kadernota) volgen uit de eigen cyclus van de gemeente.`,
    bronnen: [
      GW('art. 192 lid 1 en 2'),
      GW('art. 198 lid 1 en art. 200'),
      GW('art. 191 lid 1 en 2'),
      GW('art. 189 lid 3'),
    ],
  };
}

/** A lower-case, hyphenated file name part. */
const bestandsdeel = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The function's name in a sentence: "Een gedeelde FG" → "gedeelde FG". */
const hoofd = (s: string) => s[0].toUpperCase() + s.slice(1);
const functieNaam = (label: string) => label.replace(/^Een /, '').replace(/^Samen /, 'samen ');

/** The procedures the planner knows (content/procedures/), by their titles there. */
const PROCEDURE_NAAM: Record<string, string> = {
  dvo: 'een dienstverleningsovereenkomst (DVO) tussen colleges',
  detachering: 'een medewerker detacheren bij andere gemeenten',
  'wgr-regeling': 'een gemeenschappelijke regeling treffen of eraan toetreden',
  'it-platform-voorziening': 'deelnemen aan een IT-voorziening van IT Platform Twente',
  'it-platform-toetreden': 'toetreden tot IT Platform Twente',
};

export interface MemoOpties {
  /** the date the memo speaks from (ISO) */
  datum: string;
  /** the site's public address, when configured; else internal links stay site-relative */
  site?: string | URL;
  /** the outcome page's path on the site */
  pad: string;
  motie?: Motie;
  soort?: MemoSoort;
}

export function buildMemo(d: VerkennerData, m: UitkomstModel, o: MemoOpties): Memo {
  const soort = o.soort ?? 'raadsinformatiebrief';
  // site paths follow the base path; they become absolute only when the site's address is known
  const link = (href: string) =>
    isSitePad(href) ? (o.site ? new URL(metBasis(href), o.site).href : metBasis(href)) : href;
  // the appendix: each source once, numbered in order of first use
  const bronnen: MemoBron[] = [];
  const nrVan = new Map<string, number>();
  const noten = (list: Citation[]): number[] => {
    const uit: number[] = [];
    for (const c of list) {
      const l = citeLink(c, d.cites);
      const sleutel = `${l.href}\u0000${l.tekst}`;
      let nr = nrVan.get(sleutel);
      if (nr === undefined) {
        nr = bronnen.length + 1;
        nrVan.set(sleutel, nr);
        bronnen.push({ nr, label: l.tekst, href: link(l.href) });
      }
      if (!uit.includes(nr)) uit.push(nr);
    }
    return uit;
  };
  const c = (label: string | undefined, x: { tekst: string; bronnen: Citation[] }): MemoRegel => ({
    label,
    tekst: x.tekst.trim(),
    noten: noten(x.bronnen),
  });
  const t = (tekst: string, label?: string): MemoRegel => ({ label, tekst, noten: [] });
  const datumTekst = datumNl(o.datum.slice(0, 10));
  const namen = m.doelen.map((g) => functieNaam(g.label));
  const onderwerp = o.motie
    ? 'Motie ICT, informatieveiligheid en privacy: stand en vervolgstappen'
    : `Samenwerking: ${opsomming(namen)}`;
  const secties: MemoSectie[] = [];

  // ------------------------------------------------------------ kernboodschap
  const kern: MemoRegel[] = [];
  if (o.motie) {
    kern.push(
      c(undefined, {
        tekst:
          'Met een motie vroeg de raad het college te verkennen hoe de Twentse gemeenten kunnen samenwerken op ICT-infrastructuur, informatieveiligheid en privacy, en of gezamenlijke functies of gezamenlijke inkoop haalbaar en financieel aantrekkelijk zijn.',
        bronnen: o.motie.verzoeken.bronnen,
      }),
    );
    kern.push(
      c(undefined, {
        tekst: `Stand op ${datumTekst}: ${o.motie.momenten.map((x) => momentStatus(x, o.datum)).join(' ')}`,
        bronnen: o.motie.momenten.flatMap((x) => x.grond?.bronnen ?? []),
      }),
    );
    kern.push(t('Het college stelt per functie de volgende route voor:'));
  } else
    kern.push(
      t(
        `Het college heeft verkend hoe de gemeenten samen ${opsomming(namen)} kunnen regelen. Hieronder staat per functie de route die het best past, wie wat besluit en wat het kost, voor zover de bronnen dat zeggen.`,
      ),
    );
  secties.push({ kop: 'Kernboodschap', niveau: 2, regels: kern });
  secties.push({
    kop: 'Advies per functie',
    niveau: 3,
    lijst: 'punt',
    regels: m.doelen.map((g) =>
      g.advies
        ? { label: g.label, tekst: `${g.advies.route.titel}.`, noten: [] }
        : {
            label: g.label,
            tekst: 'Geen route past zonder aanpassing; eerst moeten de open vragen worden beantwoord.',
            noten: [],
          },
    ),
  });

  // ------------------------------------------------------------ beslispunten
  const punten: MemoRegel[] = [];
  punten.push(
    t(
      o.motie
        ? soort === 'raadsinformatiebrief'
          ? 'De raad met deze brief te informeren over de stand van de motie en de vervolgstappen.'
          : 'De raad met een raadsinformatiebrief te informeren over de stand van de motie en de vervolgstappen.'
        : 'Kennis te nemen van deze verkenning.',
    ),
  );
  const metAdvies = m.doelen.filter((g) => g.advies).map((g) => functieNaam(g.label));
  const zonder = m.doelen.filter((g) => !g.advies).map((g) => functieNaam(g.label));
  if (metAdvies.length)
    punten.push(
      t(
        `De voorgestelde route voor ${opsomming(metAdvies)} met de andere gemeenten uit te werken en de besluiten voor te bereiden die daarbij horen (zie “Wie besluit wat”).`,
      ),
    );
  if (zonder.length)
    punten.push(
      t(
        `Voor ${opsomming(zonder)} eerst de open vragen te beantwoorden (zie “Waarop dit advies rust”) en daarna een route te kiezen.`,
      ),
    );
  punten.push(
    t('De huidige uren en kosten van deze functies in elke deelnemende gemeente te inventariseren (zie “Financiën”).'),
  );
  if (o.motie)
    punten.push(
      t(
        'De raad opnieuw te informeren bij het eerstvolgende moment van de planning- en controlcyclus dat nog komt (zie “Planning”).',
      ),
    );
  secties.push({ kop: 'Beslispunten', niveau: 2, lijst: 'nummer', regels: punten });

  // ------------------------------------------------------------ aanleiding
  if (o.motie)
    secties.push({
      kop: 'Aanleiding',
      niveau: 2,
      regels: [c(undefined, o.motie.verzoeken), c(undefined, o.motie.vastgesteld)],
    });

  // ------------------------------------------------------------ per function: the route and who decides what
  secties.push({ kop: 'Per functie: de route en wie besluit wat', niveau: 2, regels: [] });
  // a rule of the law that holds for several functions is stated once, at the first; later ones refer to it
  const eerderGezegd = new Map<string, string>();
  const eenmaal = (label: string, x: { tekst: string; bronnen: Citation[] }, functie: string): MemoRegel => {
    const zinnen = x.tekst.trim().split(/(?<=[.;:])\s+(?=[A-Z({])/);
    const nieuw: string[] = [];
    let bij: string | undefined;
    for (const z of zinnen) {
      const eerder = z.length > 60 ? eerderGezegd.get(z) : undefined;
      if (eerder) bij ??= eerder;
      else {
        nieuw.push(z);
        if (z.length > 60) eerderGezegd.set(z, functie);
      }
    }
    if (!bij) return c(label, x);
    return c(label, {
      tekst: `${nieuw.join(' ')}${nieuw.length ? ' ' : ''}Verder als bij ${bij}.`,
      bronnen: x.bronnen,
    });
  };
  for (const g of m.doelen) {
    const r = g.advies ?? g.routes[0];
    if (!r) {
      secties.push({
        kop: g.label,
        niveau: 3,
        regels: [t('Geen van de routes van de verkenning hoort bij deze functie.')],
      });
      continue;
    }
    const rt = r.route;
    const w = waaromMetBron(r, { kort: true });
    secties.push({
      kop: `${g.label}: ${rt.titel}`,
      niveau: 3,
      regels: [
        ...(g.advies ? [] : [t('Geen route past zonder aanpassing. Deze route komt het dichtst bij.')]),
        c('Wat het is', rt.wat),
        c('Waarom', w),
      ],
    });
    secties.push({
      kop: 'Wie besluit wat',
      niveau: 3,
      lijst: 'punt',
      regels: [
        eenmaal('Besluit', rt.beslisser, functieNaam(g.label)),
        eenmaal('Raad', rt.raad, functieNaam(g.label)),
        eenmaal('Stappen', rt.procedure, functieNaam(g.label)),
        c('Werkgever', rt.werkgever),
        ...(/niet vastgesteld/i.test(rt.doorlooptijd.tekst) ? [] : [c('Doorlooptijd', rt.doorlooptijd)]),
      ],
    });
    const anders = g.routes.filter((y) => y !== r);
    if (anders.length)
      secties[secties.length - 1].regels.push(
        t(anders.map((x) => `${x.route.titel} (${KLASSE[x.klasse].toLowerCase()})`).join('; ') + '.', 'Ook bekeken'),
      );
  }
  if (m.delen.length)
    secties.push({
      kop: 'Wat de functies kunnen delen',
      niveau: 3,
      lijst: 'punt',
      regels: m.delen.map((x) => c(undefined, x)),
    });

  // ------------------------------------------------------------ finances
  const fin: MemoRegel[] = [];
  for (const g of m.doelen) {
    const r = g.advies ?? g.routes[0];
    if (!r) continue;
    const reken = rekenhulpLinks(r.route).find((x) => x.href.startsWith('/rekenhulp/'));
    fin.push({
      ...c(hoofd(functieNaam(g.label)), r.route.kosten),
      verder: reken ? { tekst: 'rekenhulp', href: link(reken.href) } : undefined,
    });
  }
  fin.push(
    t(
      'Wat de gemeenten nog moeten inventariseren: de uren en kosten die elke gemeente nu aan deze functies besteedt, en de bestaande contracten. Geen bron die deze verkenning kent, noemt die cijfers per gemeente.',
      'Te inventariseren',
    ),
  );
  secties.push({ kop: 'Financiën', niveau: 2, lijst: 'punt', regels: fin });

  // ------------------------------------------------------------ legal
  // the legal basis of each route is its "Waarom" above; here what each route leaves open, once, and
  // not again when "Wat de functies kunnen delen" already says it
  const jur: MemoRegel[] = [t('De wettelijke basis van elke route staat bij de functie, onder “Waarom”.', 'Grondslag')];
  const gezienLet = new Set<string>();
  for (const g of m.doelen) {
    const r = g.advies ?? g.routes[0];
    if (!r) continue;
    for (const x of r.route.lostNietOp) {
      if (gezienLet.has(x.tekst) || m.delen.some((dl) => dl.tekst.includes(x.tekst))) continue;
      gezienLet.add(x.tekst);
      jur.push(c('Let op', x));
    }
  }
  // security and privacy rules with their status, once, for the goals chosen
  const gekozen = m.doelen.map((g) => g.doel);
  for (const k of d.kader.filter((x) => x.doelen.some((g) => gekozen.includes(g))))
    jur.push({
      ...c(k.onderwerp, {
        tekst: `${k.tekst.trim()} (Stand van de bronnen op ${datumNl(k.gecontroleerd)}.)`,
        bronnen: k.bronnen,
      }),
    });
  secties.push({ kop: 'Juridisch kader', niveau: 2, lijst: 'punt', regels: jur });

  // ------------------------------------------------------------ planning
  const plan: MemoRegel[] = [];
  if (o.motie)
    for (const x of o.motie.momenten)
      plan.push({
        label: 'Moment uit de motie',
        // the kernboodschap states where the moment stands; here its ground
        tekst: x.grond ? `${hoofd(x.naam)}: ${x.grond.tekst.trim()}` : momentStatus(x, o.datum),
        noten: noten([...x.wat.bronnen, ...(x.grond?.bronnen ?? [])]),
      });
  plan.push({
    ...c('Volgende momenten', volgendeMomenten(o.datum)),
    verder: { tekst: 'agenda', href: link('/agenda/') },
  });
  const stappen = new Map<string, MemoRegel>();
  for (const g of m.doelen)
    for (const s of g.data.volgendeStappen) if (!stappen.has(s.tekst)) stappen.set(s.tekst, c(undefined, s));
  if (m.doelen.some((g) => /niet vastgesteld/i.test((g.advies ?? g.routes[0])?.route.doorlooptijd.tekst ?? '')))
    plan.push(t('Geen bron noemt hoe lang de routes duren: niet vastgesteld.', 'Doorlooptijd'));
  const planners = new Map<string, MemoRegel>();
  for (const g of m.doelen) {
    const r = g.advies ?? g.routes[0];
    for (const p of r?.route.rekenhulp.procedures ?? [])
      planners.set(p, { tekst: `Planner: ${PROCEDURE_NAAM[p] ?? p}`, noten: [], href: link(`/planner/?route=${p}`) });
  }
  plan.push(...planners.values());
  secties.push({ kop: 'Planning', niveau: 2, lijst: 'punt', regels: plan });

  // ------------------------------------------------------------ what the advice rests on
  const basis: MemoRegel[] = samenvatting(d.flow, m.antwoorden).map((rij) =>
    t(rij.onbekend ? 'nog niet bekend' : `${rij.labels.join('; ')}.`, rij.vraag.kort),
  );
  if (o.motie) basis.push(...o.motie.antwoordenUitleg.map((x) => c('Toelichting', x)));
  // the short label names the question, the text counts per answer what it changes (the question's wording speaks to the site's reader)
  for (const v of m.onbekend) basis.push(t(watHetVerandert(m, v), `Nog open (${v.kort})`));
  basis.push({ tekst: 'De hele verkenning, met alle routes en hun bronnen', noten: [], href: link(o.pad) });
  secties.push({ kop: 'Waarop dit advies rust', niveau: 2, lijst: 'punt', regels: basis });

  const titel = MEMO_SOORTEN[soort];
  // the site's texts say what "deze site" read or found; in the college's memo that is this verkenning
  const alsCollege = (lijst: MemoSectie[]) =>
    lijst.map((s) => ({
      ...s,
      regels: s.regels.map((r) => ({ ...r, tekst: r.tekst.replace(/\b([Dd])eze site\b/g, '$1eze verkenning') })),
    }));
  return {
    soort,
    titel,
    onderwerp,
    kop: [
      {
        label: 'Aan',
        waarde: soort === 'raadsinformatiebrief' ? 'De gemeenteraad' : 'Het college van burgemeester en wethouders',
      },
      {
        label: 'Van',
        waarde:
          soort === 'raadsinformatiebrief'
            ? 'Het college van burgemeester en wethouders'
            : 'De werkgroep van de Twentse gemeenten (in te vullen)',
      },
      { label: 'Datum', waarde: datumTekst },
      { label: 'Onderwerp', waarde: onderwerp },
      { label: 'Status', waarde: 'Concept' },
      { label: 'Zaaknummer', waarde: '(in te vullen)' },
      { label: 'Portefeuillehouder', waarde: '(in te vullen)' },
    ],
    secties: alsCollege(secties),
    bijlagen: alsCollege([
      { kop: 'Bijlage 1: werkpunten voor de werkgroep', niveau: 2, lijst: 'punt', regels: [...stappen.values()] },
    ]),
    bronnen,
    datum: o.datum.slice(0, 10),
    bestandsnaam: `${soort}-${o.motie ? 'motie-ict-informatieveiligheid-privacy-hof-van-twente' : bestandsdeel(namen.join(' '))}`,
  };
}

export function memoMarkdown(memo: Memo): string {
  const md = (s: string) => s.replace(/([\\`*_[\]])/g, '\\$1');
  const href = (u: string) => u.replace(/[()\s]/g, (x) => encodeURIComponent(x));
  const lines = [
    `# ${md(memo.titel)}: ${md(memo.onderwerp)}`,
    '',
    '| | |',
    '|---|---|',
    ...memo.kop.map((k) => `| **${md(k.label)}** | ${md(k.waarde)} |`),
    '',
  ];
  for (const s of memo.secties) {
    lines.push(`${'#'.repeat(s.niveau)} ${md(s.kop)}`, '');
    s.regels.forEach((r, i) => {
      const noot = r.noten.length
        ? ` [${r.noten.map((n) => `[${n}](${href(memo.bronnen[n - 1].href)})`).join(', ')}]`
        : '';
      const tekst = r.href ? `[${md(r.tekst)}](${href(r.href)})` : md(r.tekst);
      const verder = r.verder ? ` ([${md(r.verder.tekst)}](${href(r.verder.href)}))` : '';
      lines.push(
        `${s.lijst === 'punt' ? '- ' : s.lijst === 'nummer' ? `${i + 1}. ` : ''}${r.label ? `**${md(r.label)}:** ` : ''}${tekst}${noot}${verder}`,
      );
      if (!s.lijst) lines.push('');
    });
    if (s.lijst) lines.push('');
  }
  for (const s of memo.bijlagen)
    lines.push(
      `## ${md(s.kop)}`,
      '',
      ...s.regels.map(
        (r) =>
          `- ${r.label ? `**${md(r.label)}:** ` : ''}${md(r.tekst)}${r.noten.length ? ` [${r.noten.map((n) => `[${n}](${href(memo.bronnen[n - 1].href)})`).join(', ')}]` : ''}`,
      ),
      '',
    );
  lines.push(
    `## Bijlage ${memo.bijlagen.length + 1}: bronnen`,
    '',
    ...memo.bronnen.map((b) => `${b.nr}. [${md(b.label)}](${href(b.href)})`),
    '',
  );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

// ---------------------------------------------------------------- .docx

// XML text: the one escaper, and no control characters (not allowed in XML 1.0)
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const xml = (s: string) => esc(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const run = (t: string, opmaak = '') =>
  `<w:r>${opmaak ? `<w:rPr>${opmaak}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
const vet = (t: string) => run(t, '<w:b/>');
const para = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const stijl = (s: string) => `<w:pStyle w:val="${s}"/>`;
/** a list paragraph: numbering 1 = bullets, 2 = decimal */
const lijstPPr = (num: 1 | 2) =>
  `${stijl('ListParagraph')}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>`;

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The hyperlinks of a document as relationships: one id per distinct target. */
class Links {
  private ids = new Map<string, string>();
  /** first ids are taken by styles, numbering, footer */
  constructor(private eerste = 10) {}
  id(href: string): string {
    let id = this.ids.get(href);
    if (!id) this.ids.set(href, (id = `rId${this.eerste + this.ids.size}`));
    return id;
  }
  rels(): string {
    return [...this.ids]
      .map(
        ([href, id]) =>
          `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${xml(href)}" TargetMode="External"/>`,
      )
      .join('');
  }
}
const hyperlink = (links: Links, href: string, tekst: string) =>
  `<w:hyperlink r:id="${links.id(href)}" w:history="1">${run(tekst, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;

function kopBlok(memo: Memo): string {
  const rand =
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="2" w:space="0" w:color="BFBFBF"/></w:tblBorders>';
  const rij = (k: { label: string; waarde: string }) =>
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${para(vet(k.label), '<w:spacing w:before="40" w:after="40"/>')}</w:tc><w:tc><w:tcPr><w:tcW w:w="6670" w:type="dxa"/></w:tcPr>${para(run(k.waarde), '<w:spacing w:before="40" w:after="40"/>')}</w:tc></w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="9070" w:type="dxa"/>${rand}<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6670"/></w:tblGrid>${memo.kop.map(rij).join('')}</w:tbl>`;
}

function documentXml(memo: Memo, links: Links): string {
  const body: string[] = [para(run(memo.titel), stijl('Title')), kopBlok(memo)];
  const noten = (r: MemoRegel) =>
    r.noten.length
      ? `${run(' [')}${r.noten.map((n) => hyperlink(links, memo.bronnen[n - 1].href, String(n))).join(run(', '))}${run(']')}`
      : '';
  for (const s of memo.secties) {
    body.push(para(run(s.kop), stijl(`Heading${s.niveau}`)));
    for (const r of s.regels) {
      const verder = r.verder ? `${run(' (')}${hyperlink(links, r.verder.href, r.verder.tekst)}${run(')')}` : '';
      const inhoud = `${r.label ? vet(`${r.label}: `) : ''}${r.href ? hyperlink(links, r.href, r.tekst) : run(r.tekst)}${noten(r)}${verder}`;
      body.push(para(inhoud, s.lijst ? lijstPPr(s.lijst === 'punt' ? 1 : 2) : ''));
    }
  }
  memo.bijlagen.forEach((s, i) => {
    body.push(para(run(s.kop), `${stijl('Heading2')}${i === 0 ? '<w:pageBreakBefore/>' : ''}`));
    for (const r of s.regels)
      body.push(para(`${r.label ? vet(`${r.label}: `) : ''}${run(r.tekst)}${noten(r)}`, lijstPPr(1)));
  });
  body.push(
    para(
      run(`Bijlage ${memo.bijlagen.length + 1}: bronnen`),
      `${stijl('Heading2')}${memo.bijlagen.length ? '' : '<w:pageBreakBefore/>'}`,
    ),
  );
  for (const b of memo.bronnen)
    body.push(para(`${run(`[${b.nr}] `)}${hyperlink(links, b.href, b.label)}`, stijl('Bron')));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${body.join('')}<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

const veld = (instr: string, tekst: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${tekst}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run('Pagina ')}${veld('PAGE', '1')}${run(' van ')}${veld('NUMPAGES', '1')}</w:p></w:ftr>`;

const lvl = (fmt: string, tekst: string, font = '') =>
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${tekst}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>${font}</w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${NS_W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${lvl('bullet', '\u2022', '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr>')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${lvl('decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${NS_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="300" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Bron"><w:name w:val="Bron"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="20"/><w:ind w:left="480" w:hanging="480"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>`;

const CT = 'application/vnd.openxmlformats-officedocument';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${CT}.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="${CT}.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const docRels = (links: Links) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footer" Target="footer1.xml"/>${links.rels()}</Relationships>`;
const core = (memo: Memo, datum: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(`${memo.titel}: ${memo.onderwerp}`)}</dc:title><dc:subject>${xml(memo.onderwerp)}</dc:subject><dc:creator>Samenwerkingswijzer</dc:creator><dc:language>nl-NL</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${datum}T00:00:00Z</dcterms:created></cp:coreProperties>`;

/**
 * A ZIP archive with deflated entries (fflate: small, the same in the browser and in Node) and a fixed
 * date, so the same memo gives the same bytes.
 */
export function zip(files: { naam: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const VAST = new Date(1980, 0, 1, 0, 0, 0);
  const uit = zipSync(
    Object.fromEntries(files.map((f) => [f.naam, [f.data, { level: 9, mtime: VAST }] as const])) as Zippable,
  );
  return new Uint8Array(uit);
}

/** The memo as a .docx file (Office Open XML), ready to edit in an office suite. */
export function memoDocx(memo: Memo): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const links = new Links();
  const doc = documentXml(memo, links);
  return zip([
    { naam: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { naam: '_rels/.rels', data: enc.encode(RELS) },
    { naam: 'docProps/core.xml', data: enc.encode(core(memo, memo.datum)) },
    { naam: 'word/document.xml', data: enc.encode(doc) },
    { naam: 'word/_rels/document.xml.rels', data: enc.encode(docRels(links)) },
    { naam: 'word/styles.xml', data: enc.encode(STYLES) },
    { naam: 'word/numbering.xml', data: enc.encode(NUMBERING) },
    { naam: 'word/footer1.xml', data: enc.encode(FOOTER) },
  ]);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
