/**
 * A memo ("notitie") for the college and the raad, built from an outcome:
 * per goal the advised route, employer, who decides, the raad's role, the
 * procedure and its timing from the build date, known costs, open questions
 * and sources. One model, three outputs: Markdown, .docx (WordprocessingML
 * in a stored ZIP, written here: no dependency, small enough for the
 * browser) and the printed outcome page itself.
 */
import type { Citation } from '../schemas/index.ts';
import { datumNl } from '../lib/text.ts';
import { KLASSE, citeLink } from './render.ts';
import { rekenhulpLinks, uitkomstBronnen, waaromRoute, type UitkomstModel, type VerkennerData } from './outcome.ts';
import type { Motie } from './schema.ts';
import { esc } from '../lib/html.ts';
import { isSitePad, metBasis } from '../lib/basis.ts';

export interface MemoRegel {
  label?: string;
  tekst: string;
  bronnen: { label: string; href: string }[];
}
export interface MemoSectie { kop: string; niveau: 1 | 2 | 3; regels: MemoRegel[]; lijst?: boolean }
export interface Memo { titel: string; ondertitel: string; secties: MemoSectie[] }

/** Where a moment of the motion stands on a given date (the motion gives a year, not a date). */
export function momentStatus(m: { naam: string; jaar: number; datum?: string }, datum: string): string {
  const zin = momentZin(m, datum);
  return zin[0].toUpperCase() + zin.slice(1);
}
function momentZin(m: { naam: string; jaar: number; datum?: string }, datum: string): string {
  const vandaag = datum.slice(0, 10);
  if (m.datum) return m.datum < vandaag ? `${m.naam} (${datumNl(m.datum)}) is voorbij.` : `${m.naam} is op ${datumNl(m.datum)}.`;
  const jaar = Number(vandaag.slice(0, 4));
  if (m.jaar < jaar) return `${m.naam} viel in ${m.jaar}. Dat jaar is voorbij, dus dit moment is geweest.`;
  if (m.jaar > jaar) return `${m.naam} valt in ${m.jaar}: dat is nog niet begonnen.`;
  return `${m.naam} valt in ${m.jaar}, dit jaar. De motie noemt geen datum; of het moment al voorbij is, is niet vastgesteld. Vraag het na bij de griffie.`;
}

export function bouwMemo(d: VerkennerData, m: UitkomstModel, o: { datum: string; adres: string; motie?: Motie }): Memo {
  // site paths follow the base path; they become absolute only when the site's address is known (adres is then absolute)
  const abs = (href: string) => (isSitePad(href) ? (/^https?:/.test(o.adres) ? new URL(metBasis(href), o.adres).href : metBasis(href)) : href);
  const br = (list: Citation[]) => {
    const seen = new Set<string>();
    return list
      .map((c) => citeLink(c, d.cites))
      .filter((l) => (seen.has(l.href + l.label) ? false : (seen.add(l.href + l.label), true)))
      .map((l) => ({ label: l.label, href: abs(l.href) }));
  };
  const c = (label: string | undefined, x: { tekst: string; bronnen: Citation[] }): MemoRegel => ({ label, tekst: x.tekst, bronnen: br(x.bronnen) });
  const datumTekst = datumNl(o.datum.slice(0, 10));
  const secties: MemoSectie[] = [];
  secties.push({
    kop: 'Advies in het kort',
    niveau: 2,
    lijst: true,
    regels: m.doelen.map((g) => ({ label: g.label, tekst: g.advies ? `${g.advies.route.kort} ${g.advies.klasse === 'open' ? waaromRoute(g.advies) : ''}`.trim() : 'Geen van de routes past bij de antwoorden.', bronnen: [] })),
  });
  if (o.motie) {
    secties.push({
      kop: 'Aanleiding: de motie',
      niveau: 2,
      regels: [c(undefined, o.motie.verzoeken), c(undefined, o.motie.vastgesteld), ...o.motie.momenten.map((x) => ({ label: 'Moment', tekst: `${x.wat.tekst} ${momentStatus(x, o.datum)} (peildatum ${datumTekst})`, bronnen: br(x.wat.bronnen) }))],
    });
  }
  for (const g of m.doelen) {
    secties.push({ kop: g.label, niveau: 2, regels: [c(undefined, { tekst: g.data.uitleg, bronnen: g.data.bronnen })] });
    const r = g.advies ?? g.routes[0];
    if (r) {
      const rt = r.route;
      secties.push({
        kop: `${g.advies ? 'Geadviseerde route' : 'Eerste route (past niet zonder aanpassing)'}: ${rt.titel}`,
        niveau: 3,
        regels: [
          { label: 'Wat u doet', tekst: rt.kort, bronnen: [] },
          { label: 'Waarom', tekst: waaromRoute(r), bronnen: br(r.fit.flatMap((f) => f.bronnen)) },
          c('Wettelijke basis', rt.rechtsgrondslag),
          c('Werkgever', rt.werkgever),
          c('Wie besluit', rt.beslisser),
          c('Rol van de raad', rt.raad),
          c('Procedure', rt.procedure),
          { label: 'Doorlooptijd', tekst: /niet vastgesteld/i.test(rt.doorlooptijd.tekst) ? `${rt.doorlooptijd.tekst} Gerekend vanaf ${datumTekst} is daarom geen einddatum te geven.` : rt.doorlooptijd.tekst, bronnen: br(rt.doorlooptijd.bronnen) },
          c('Kosten', rt.kosten),
          ...rt.lostNietOp.map((x) => c('Lost niet op', x)),
          ...[...rekenhulpLinks(rt), { label: 'Agenda: wat komt eraan', href: '/agenda/' }].map((l): MemoRegel => ({ label: l.label, tekst: abs(l.href), bronnen: [] })),
        ],
      });
    }
    for (const x of g.routes.filter((y) => y !== r))
      secties.push({
        kop: `Andere route: ${x.route.titel} (${KLASSE[x.klasse].toLowerCase()})`,
        niveau: 3,
        regels: [
          { label: 'Wat u doet', tekst: x.route.kort, bronnen: [] },
          { label: 'Waarom', tekst: waaromRoute(x), bronnen: br(x.fit.flatMap((f) => f.bronnen)) },
          c('Werkgever', x.route.werkgever),
          c('Wie besluit', x.route.beslisser),
          c('Rol van de raad', x.route.raad),
          c('Procedure', x.route.procedure),
          c('Doorlooptijd', x.route.doorlooptijd),
        ],
      });
    secties.push({ kop: 'Volgende stappen', niveau: 3, lijst: true, regels: g.data.volgendeStappen.map((x) => c(undefined, x)) });
    const open = [
      ...g.onbekend.map((v): MemoRegel => ({ label: 'Nog niet beantwoord', tekst: v.vraag, bronnen: [] })),
      ...g.data.vragenVoorDeRaad.map((x) => c(undefined, x)),
    ];
    secties.push({ kop: 'Open vragen', niveau: 3, lijst: true, regels: open });
  }
  if (m.delen.length) secties.push({ kop: 'Wat de doelen kunnen delen', niveau: 2, lijst: true, regels: m.delen.map((x) => c(undefined, x)) });
  secties.push({ kop: 'Bronnen', niveau: 2, lijst: true, regels: br(uitkomstBronnen(m)).map((b) => ({ tekst: `${b.label}: ${b.href}`, bronnen: [] })) });
  const namen = m.doelen.map((g) => g.label.replace(/^Een (gedeelde |regionaal )?/i, '').replace(/^Gedeelde /, '').replace(/^Samen /, 'samen '));
  return {
    titel: o.motie ? 'Notitie: de motie ICT, informatieveiligheid en privacy' : `Notitie: ${namen.join(', ')}`,
    ondertitel: `Voor college en raad. Opgesteld met de Samenwerkingswijzer op ${datumTekst}. Elke uitspraak heeft een bron. Webadres van deze uitkomst: ${o.adres}`,
    secties,
  };
}

const bronTekst = (r: MemoRegel) => (r.bronnen.length ? ` (Bron: ${r.bronnen.map((b) => `${b.label}, ${b.href}`).join('; ')})` : '');

export function memoMarkdown(memo: Memo): string {
  const md = (s: string) => s.replace(/([\\`*_[\]])/g, '\\$1');
  const lines = [`# ${md(memo.titel)}`, '', md(memo.ondertitel), ''];
  for (const s of memo.secties) {
    lines.push(`${'#'.repeat(s.niveau)} ${md(s.kop)}`, '');
    for (const r of s.regels) {
      const bron = r.bronnen.length ? ` (Bron: ${r.bronnen.map((b) => `[${md(b.label)}](${b.href})`).join('; ')})` : '';
      lines.push(`${s.lijst ? '- ' : ''}${r.label ? `**${md(r.label)}:** ` : ''}${md(r.tekst)}${bron}`);
      if (!s.lijst) lines.push('');
    }
    if (s.lijst) lines.push('');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// ---------------------------------------------------------------- .docx

// XML text: the one escaper, and no control characters (not allowed in XML 1.0)
const xml = (s: string) => esc(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const run = (t: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
const para = (runs: string, stijl?: string) => `<w:p>${stijl ? `<w:pPr><w:pStyle w:val="${stijl}"/></w:pPr>` : ''}${runs}</w:p>`;

function documentXml(memo: Memo): string {
  const body: string[] = [para(run(memo.titel), 'Title'), para(run(memo.ondertitel))];
  for (const s of memo.secties) {
    body.push(para(run(s.kop), `Heading${s.niveau}`));
    for (const r of s.regels) body.push(para(`${s.lijst ? run('• ') : ''}${r.label ? run(`${r.label}: `, true) : ''}${run(r.tekst + bronTekst(r))}`, s.lijst ? 'ListParagraph' : undefined));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="300" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

let crcTabel: Uint32Array | undefined;
function crc32(b: Uint8Array): number {
  if (!crcTabel) {
    crcTabel = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTabel[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = crcTabel[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with stored (uncompressed) entries and a fixed date, so the output is deterministic. */
export function zip(files: { naam: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const delen: Uint8Array[] = [];
  const centraal: Uint8Array[] = [];
  let offset = 0;
  const DATUM = 0x0021; // 1980-01-01
  for (const f of files) {
    const naam = enc.encode(f.naam);
    const crc = crc32(f.data);
    const lokaal = new DataView(new ArrayBuffer(30));
    lokaal.setUint32(0, 0x04034b50, true);
    lokaal.setUint16(4, 20, true);
    lokaal.setUint16(6, 0x0800, true); // UTF-8 names
    lokaal.setUint16(8, 0, true); // stored
    lokaal.setUint16(10, 0, true);
    lokaal.setUint16(12, DATUM, true);
    lokaal.setUint32(14, crc, true);
    lokaal.setUint32(18, f.data.length, true);
    lokaal.setUint32(22, f.data.length, true);
    lokaal.setUint16(26, naam.length, true);
    lokaal.setUint16(28, 0, true);
    const kop = new DataView(new ArrayBuffer(46));
    kop.setUint32(0, 0x02014b50, true);
    kop.setUint16(4, 20, true);
    kop.setUint16(6, 20, true);
    kop.setUint16(8, 0x0800, true);
    kop.setUint16(10, 0, true);
    kop.setUint16(12, 0, true);
    kop.setUint16(14, DATUM, true);
    kop.setUint32(16, crc, true);
    kop.setUint32(20, f.data.length, true);
    kop.setUint32(24, f.data.length, true);
    kop.setUint16(28, naam.length, true);
    kop.setUint32(42, offset, true);
    delen.push(new Uint8Array(lokaal.buffer), naam, f.data);
    centraal.push(new Uint8Array(kop.buffer), naam);
    offset += 30 + naam.length + f.data.length;
  }
  const cdGrootte = centraal.reduce((n, x) => n + x.length, 0);
  const eind = new DataView(new ArrayBuffer(22));
  eind.setUint32(0, 0x06054b50, true);
  eind.setUint16(8, files.length, true);
  eind.setUint16(10, files.length, true);
  eind.setUint32(12, cdGrootte, true);
  eind.setUint32(16, offset, true);
  const alles = [...delen, ...centraal, new Uint8Array(eind.buffer)];
  const out = new Uint8Array(alles.reduce((n, x) => n + x.length, 0));
  let p = 0;
  for (const x of alles) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

/** The memo as a .docx file (Office Open XML), ready to edit in an office suite. */
export function memoDocx(memo: Memo): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  return zip([
    { naam: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { naam: '_rels/.rels', data: enc.encode(RELS) },
    { naam: 'word/document.xml', data: enc.encode(documentXml(memo)) },
    { naam: 'word/_rels/document.xml.rels', data: enc.encode(DOC_RELS) },
    { naam: 'word/styles.xml', data: enc.encode(STYLES) },
  ]);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
