import { motieAntwoorden } from '../../src/explorer/memo-bestanden.ts';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { data, inhoud, kb } from './helpers.ts';
import { buildUitkomst } from '../../src/explorer/outcome.ts';
import {
  buildMemo,
  memoDocx,
  memoMarkdown,
  momentMetGrond,
  momentStatus,
  volgendeMomenten,
  zip,
  type Memo,
} from '../../src/explorer/memo.ts';

import { situatieVelden } from '../../src/schemas/situation-fields.ts';
import { sourcePart, sourceParts } from '../../src/lib/cite.ts';

const motie = buildUitkomst(data, motieAntwoorden(inhoud));
const opties = { datum: '2026-12-01', pad: '/verkenner/motie-hof-van-twente/', motie: inhoud.motie };
const memo = buildMemo(data, motie, opties);
const md = memoMarkdown(memo);
const plat = md.replace(/\s+/g, ' ');
const alleTekst = (m: Memo) =>
  [
    m.titel,
    m.onderwerp,
    ...m.kop.map((k) => k.waarde),
    ...[...m.secties, ...m.bijlagen].flatMap((s) => [s.kop, ...s.regels.map((r) => `${r.label ?? ''} ${r.tekst}`)]),
  ].join('\n');

/** Engine field names (camelCase situation fields) must never reach a reader. */
const VELDNAMEN = situatieVelden.map((v) => v.naam).filter((n) => /[A-Z]/.test(n));

describe('the motion memo as a college document', () => {
  it('has the header block of a raadsinformatiebrief, with fields for zaaknummer and portefeuillehouder', () => {
    expect(memo.titel).toBe('Raadsinformatiebrief');
    expect(memo.kop.map((k) => k.label)).toEqual([
      'Aan',
      'Van',
      'Datum',
      'Onderwerp',
      'Status',
      'Zaaknummer',
      'Portefeuillehouder',
    ]);
    expect(memo.kop.find((k) => k.label === 'Aan')!.waarde).toBe('De gemeenteraad');
    expect(memo.kop.find((k) => k.label === 'Datum')!.waarde).toBe('1 december 2026');
  });
  it('as a collegevoorstel, is addressed to the college', () => {
    const cv = buildMemo(data, motie, { ...opties, soort: 'collegevoorstel' });
    expect(cv.titel).toBe('Collegevoorstel');
    expect(cv.kop.find((k) => k.label === 'Aan')!.waarde).toBe('Het college van burgemeester en wethouders');
    expect(cv.bestandsnaam).toBe('collegevoorstel-motie-ict-informatieveiligheid-privacy-hof-van-twente');
  });
  it('has a kernboodschap, beslispunten, per function the route and who decides, finances, law, planning and what the advice rests on', () => {
    const koppen = memo.secties.map((s) => s.kop);
    for (const k of [
      'Kernboodschap',
      'Beslispunten',
      'Aanleiding',
      'Per functie: de route en wie besluit wat',
      'Financiën',
      'Juridisch kader',
      'Planning',
      'Waarop dit advies rust',
    ])
      expect(koppen).toContain(k);
    expect(memo.secties.find((s) => s.kop === 'Beslispunten')!.lijst).toBe('nummer');
    for (const g of motie.doelen)
      expect(
        koppen.some((k) => k.startsWith(`${g.label}: `)),
        g.doel,
      ).toBe(true);
    // each function's decision chain names who decides, the raad and the steps
    const ketens = memo.secties.filter((s) => s.kop === 'Wie besluit wat');
    expect(ketens).toHaveLength(motie.doelen.length);
    for (const k of ketens)
      expect(k.regels.map((r) => r.label)).toEqual(expect.arrayContaining(['Besluit', 'Raad', 'Stappen', 'Werkgever']));
  });
  it('lists the answers the advice rests on and what is still open', () => {
    expect(plat).toContain('**Aantal gemeenten:** 10 tot en met 14 gemeenten');
    expect(plat).toContain(
      // one in-house and one external route per function (privacy officer, FG, CISO): three fit each answer
      '**Nog open (Werkgever):** Bij “Bij een van de deelnemende gemeenten” passen 3 routes goed en 3 niet; bij “Bij een bedrijf dat de dienst levert” passen 3 routes goed en 3 niet.',
    );
    // only the SOC as an IT-voorziening is settled by art. 11.1; for a contract bought via the platform it is the site's reading, which does not rank
    expect(plat).toContain('**Nog open (Stoppen):** Bij “Ja, binnen drie jaar” past 1 route minder.');
    expect(plat).toContain('**IT Platform Twente:** Ja, wij zijn partij.');
  });
  it('speaks as the college: never to the tool user, no engine field names', () => {
    const tekst = alleTekst(memo);
    expect(tekst).not.toMatch(/uw antwoord/i);
    // the college writes to the raad about the gemeenten; it never addresses a reader as "u", in the
    // motion memo nor in the memo of any goal with every question open
    const u = /(?<![\p{L}\d-])[Uu]w?(?![\p{L}\d-])/gu;
    expect(tekst.match(u) ?? [], 'the motion memo addresses its reader').toEqual([]);
    // what the site read is, in the college's words, what this verkenning read
    expect(tekst).not.toMatch(/deze site/i);
    expect(tekst).toMatch(/deze verkenning/);
    for (const o of data.flow.vragen[0].opties) {
      const m = buildMemo(data, buildUitkomst(data, { doel: [o.id] }), { ...opties, motie: undefined });
      expect(alleTekst(m).match(u) ?? [], `the memo for ${o.id} addresses its reader`).toEqual([]);
    }
    for (const n of VELDNAMEN) expect(tekst, n).not.toContain(n);
  });
  it('gives every "Waarom" a reason with a source', () => {
    const waarom = memo.secties.flatMap((s) => s.regels).filter((r) => r.label === 'Waarom');
    expect(waarom).toHaveLength(motie.doelen.length);
    for (const r of waarom) {
      expect(r.noten.length, r.tekst).toBeGreaterThan(0);
      expect(r.tekst).not.toMatch(/sluiten deze route niet uit/);
    }
  });
  it('has each source once in the appendix, numbered, and every note points into it', () => {
    const sleutels = memo.bronnen.map((b) => `${b.href} ${b.label}`);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    memo.bronnen.forEach((b, i) => expect(b.nr).toBe(i + 1));
    for (const r of [...memo.secties, ...memo.bijlagen].flatMap((s) => s.regels))
      for (const n of r.noten) expect(n >= 1 && n <= memo.bronnen.length).toBe(true);
    // the AVG's full title appears once (in the appendix), not once per citation
    expect(md.match(/Algemene verordening gegevensbescherming/g)?.length ?? 0).toBeLessThanOrEqual(
      memo.bronnen.filter((b) => /Algemene verordening/.test(b.label)).length,
    );
  });
  it('links site-relative without a configured address, absolute with one', () => {
    // a source document section opens on the text page of its chapter
    expect(memo.bronnen.some((b) => /^\/bronnen\/it-platform-twente\/hoofdstuk-\d\/#art-\d+$/.test(b.href))).toBe(true);
    const abs = buildMemo(data, motie, { ...opties, site: 'https://gemeente.nl/' });
    expect(abs.bronnen.every((b) => /^https:\/\//.test(b.href))).toBe(true);
    expect(abs.bronnen.some((b) => b.href.startsWith('https://gemeente.nl/bronnen/'))).toBe(true);
    expect(JSON.stringify(abs)).not.toMatch(/\.example\b|example\.invalid/);
  });
  it('names the file after what it holds', () => {
    expect(memo.bestandsnaam).toBe('raadsinformatiebrief-motie-ict-informatieveiligheid-privacy-hof-van-twente');
    const fg = buildMemo(data, buildUitkomst(data, { doel: ['fg'] }), {
      datum: '2026-12-01',
      pad: '/verkenner/v/doel-fg/',
    });
    expect(fg.bestandsnaam).toMatch(/^raadsinformatiebrief-gedeelde-functionaris-gegevensbescherming-fg$/);
  });
});

describe('moments relative to a date (the motion names a year, the law a latest day)', () => {
  const berap = inhoud.motie.momenten[0];
  const begroting = inhoud.motie.momenten[1];
  it('is past once its year is over, future before', () => {
    expect(momentStatus(berap, '2027-02-01')).toMatch(/^De 1e Berap 2026 viel in 2026\. Dat jaar is voorbij/);
    expect(momentStatus(berap, '2025-12-01')).toMatch(/nog niet begonnen/);
    expect(momentStatus({ ...berap, datum: '2026-06-30' }, '2026-11-29')).toMatch(/is voorbij/);
    expect(momentStatus(berap, '2026-12-01')).toMatch(/niet vastgesteld/);
  });
  it('the begroting 2027 is past on 1 December 2026 by Gemeentewet art. 191, with that ground cited', () => {
    expect(begroting.datum).toBe('2026-11-14');
    expect(begroting.grond?.bronnen.map((b) => `${b.bron} ${b.plaats ?? ''}`)).toContain(
      'gemeentewet art. 191 lid 1 en 2',
    );
    const g = momentMetGrond(begroting, '2026-12-01');
    expect(g.tekst).toMatch(/is voorbij \(uiterlijk 14 november 2026\)\..*vóór\s+15 november 2026/s);
    expect(momentStatus(begroting, '2026-11-01')).toMatch(/komt nog/);
  });
  it('the memo says the moments are past and names the next ones the law places, each cited', () => {
    const tekst = JSON.stringify(memo.secties);
    expect(tekst).toMatch(/programmabegroting 2027 is voorbij/);
    expect(tekst).not.toMatch(/Informeer de raad uiterlijk bij de 1e Berap/i);
    const v = volgendeMomenten('2026-12-01');
    expect(v.tekst).toMatch(/begroting 2026 kan tot het eind van 2026/);
    expect(v.tekst).toMatch(/jaarstukken 2026 .* 14 juli 2027/);
    expect(v.tekst).toMatch(/begroting 2028 .* 14 november 2027/);
    expect(volgendeMomenten('2027-03-01').tekst).toMatch(/jaarstukken 2026 gaan uiterlijk 14 juli 2027/);
    expect(volgendeMomenten('2027-03-01').tekst).toMatch(/begroting 2028/);
    // every source of the planning resolves to a source the explorer knows (not the index fallback)
    const plan = memo.secties.find((x) => x.kop === 'Planning')!;
    const nrs = plan.regels.flatMap((r) => r.noten);
    expect(nrs.length).toBeGreaterThan(0);
    for (const n of nrs) expect(memo.bronnen[n - 1].href).not.toBe('/bronnen/');
    expect(memo.bronnen.some((b) => /BWBR0005416&artikel=191/.test(b.href))).toBe(true);
  });
});

// ---------------------------------------------------------------- the .docx, read as XML and opened in LibreOffice

const dir = mkdtempSync(join(tmpdir(), 'memo-'));
const bestand = join(dir, `${memo.bestandsnaam}.docx`);
writeFileSync(bestand, memoDocx(memo));
/** the parts of a .docx, read with a JS zip reader (no platform tool) */
const delen = (f: string) => unzipSync(new Uint8Array(readFileSync(f)));
const tekstVan = (b: Uint8Array | undefined) => (b ? strFromU8(b) : '');
const onderdelen = delen(bestand);
const deel = (naam: string) => tekstVan(onderdelen[naam]);
/** Each entry of the central directory: its name and stored CRC-32, read from the bytes (as `unzip -t` checks them). */
function centraleMap(b: Uint8Array): { naam: string; crc: number }[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eind = b.length - 22;
  expect(v.getUint32(eind, true), 'end of central directory').toBe(0x06054b50);
  const uit: { naam: string; crc: number }[] = [];
  for (let p = v.getUint32(eind + 16, true), n = v.getUint16(eind + 10, true); n > 0; n--) {
    expect(v.getUint32(p, true), 'central directory entry').toBe(0x02014b50);
    const lengte = v.getUint16(p + 28, true);
    uit.push({ naam: strFromU8(b.subarray(p + 46, p + 46 + lengte)), crc: v.getUint32(p + 16, true) });
    p += 46 + lengte + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return uit;
}
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/xml');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Every hyperlink of the document: its relationship target, read with an XML parser. */
function hyperlinks(): string[] {
  const doc = parse(deel('word/document.xml'));
  const rels = parse(deel('word/_rels/document.xml.rels'));
  const doel = new Map<string, string>();
  const rs = rels.getElementsByTagName('Relationship');
  for (let i = 0; i < rs.length; i++) doel.set(rs[i].getAttribute('Id')!, rs[i].getAttribute('Target')!);
  const hs = doc.getElementsByTagNameNS(W, 'hyperlink');
  const uit: string[] = [];
  for (let i = 0; i < hs.length; i++) {
    const id = hs[i].getAttributeNS(R, 'id');
    expect(id, 'hyperlink without r:id').toBeTruthy();
    expect(doel.has(id!), `relationship ${id}`).toBe(true);
    uit.push(doel.get(id!)!);
  }
  return uit;
}

/** A site-relative link resolves when the page exists: in dist/ after a build, else by the content it is built from. */
function interneBestaat(href: string): boolean {
  const [pad, anker] = href.split('#');
  const zonderQuery = pad.split('?')[0];
  if (existsSync('dist'))
    return (
      existsSync(join('dist', zonderQuery, 'index.html')) &&
      (!anker || readFileSync(join('dist', zonderQuery, 'index.html'), 'utf8').includes(`id="${anker}"`))
    );
  // a source's front page, or one of its text pages (a part) with the sections that part holds
  const bron = zonderQuery.match(/^\/bronnen\/([^/]+)\/(?:([^/]+)\/)?$/);
  if (bron) {
    const b = kb.bronnen.find((x) => x.id === bron[1]);
    if (!b) return false;
    const deel = bron[2];
    if (deel && !sourceParts(b.data.secties).some((p) => p.id === deel)) return false;
    return !anker || b.data.secties.some((s) => s.id === anker && (!deel || sourcePart(b.data.secties, s.id) === deel));
  }
  return (
    ['/rekenhulp/kosten/', '/planner/', '/agenda/', '/verkenner/motie-hof-van-twente/'].includes(zonderQuery) ||
    zonderQuery.startsWith('/verkenner/v/')
  );
}
/** A source's own address, or one of its articles (the source's article link with an article filled in). */
const officieel = {
  has: (h: string) =>
    kb.externeBronnen.some(
      (x) =>
        x.data.url === h ||
        (!!x.data.artikelUrl &&
          h.startsWith(x.data.artikelUrl.split('{artikel}')[0]) &&
          h.length > x.data.artikelUrl.split('{artikel}')[0].length),
    ),
};

describe('the .docx file', () => {
  it('has the parts of a Word document: numbering, footer, document properties', () => {
    const lijst = Object.keys(onderdelen).sort();
    expect(lijst).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footer1.xml',
      'word/numbering.xml',
      'word/styles.xml',
    ]);
    // every part's stored checksum matches its bytes
    const map = centraleMap(new Uint8Array(readFileSync(bestand)));
    expect(map.map((e) => e.naam).sort()).toEqual(lijst);
    for (const e of map) expect(crc32(onderdelen[e.naam]), e.naam).toBe(e.crc);
    for (const p of lijst) expect(parse(deel(p)).getElementsByTagName('parsererror').length, p).toBe(0);
    const core = parse(deel('docProps/core.xml'));
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0].textContent).toBe(
      'Raadsinformatiebrief: Motie ICT, informatieveiligheid en privacy: stand en vervolgstappen',
    );
    expect(deel('word/footer1.xml')).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/);
    // real list bullets: list paragraphs carry numbering, no literal bullet characters in the text
    const doc = parse(deel('word/document.xml'));
    expect(doc.getElementsByTagNameNS(W, 'numPr').length).toBeGreaterThan(20);
    expect(deel('word/document.xml')).not.toMatch(/<w:t[^>]*>• /);
  });
  it('makes every source a clickable link that resolves to a page of the site or an official publication', () => {
    const links = hyperlinks();
    expect(links.length).toBeGreaterThan(50);
    for (const h of new Set(links)) {
      if (h.startsWith('/')) expect(interneBestaat(h), h).toBe(true);
      else expect(officieel.has(h), `${h} is not the official publication of a source`).toBe(true);
    }
  });
  it('is deterministic', () => {
    expect(Buffer.from(memoDocx(memo)).equals(readFileSync(bestand))).toBe(true);
  });
  it('escapes text for XML', () => {
    const m: Memo = { ...memo, onderwerp: 'A & <B>', secties: [], bijlagen: [], bronnen: [] };
    const f = join(dir, 'x.docx');
    writeFileSync(f, memoDocx(m));
    expect(tekstVan(delen(f)['docProps/core.xml'])).toContain('A &amp; &lt;B&gt;');
  });
  it('zip() writes a deflated archive that unzip reads back', () => {
    const tekst = 'hallo '.repeat(1000);
    const z = zip([{ naam: 'a.txt', data: new TextEncoder().encode(tekst) }]);
    expect(new DataView(z.buffer).getUint32(0, true)).toBe(0x04034b50);
    expect(z.length).toBeLessThan(tekst.length / 10);
    const f = join(dir, 'a.zip');
    writeFileSync(f, z);
    expect(execFileSync('unzip', ['-p', f, 'a.txt'], { encoding: 'utf8' })).toBe(tekst);
  });
  it('compresses the memo: the motion memo is far smaller than its XML', () => {
    expect(memoDocx(memo).length).toBeLessThan(40_000);
  });
});

describe('the motion memo opened in LibreOffice (headless, to PDF)', () => {
  // LibreOffice is a system package (.ci/run installs libreoffice-writer-nogui and poppler-utils when missing)
  const pdf = bestand.replace(/\.docx$/, '.pdf');
  const profiel = `file://${join(dir, 'lo-profiel')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profiel}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, bestand],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const paginas = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
  const pagina = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
  const tekst = Array.from({ length: paginas }, (_, i) => pagina(i + 1));
  const bijlage = tekst.findIndex((t) => /^\s*Bijlage 1: werkpunten/m.test(t));

  it('has a body of at most 6 A4 pages, with the appendices after it', () => {
    expect(bijlage, 'the appendix starts on a page of its own').toBeGreaterThan(0);
    expect(bijlage, `body is ${bijlage} pages`).toBeLessThanOrEqual(6);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
  it('shows the header block, beslispunten and page numbers', () => {
    const eerste = tekst[0].replace(/\s+/g, ' ');
    for (const s of [
      'Raadsinformatiebrief',
      'Aan De gemeenteraad',
      'Van Het college van burgemeester en wethouders',
      'Datum 1 december 2026',
      'Onderwerp Motie ICT',
      'Status Concept',
      'Zaaknummer',
      'Portefeuillehouder',
      'Kernboodschap',
    ])
      expect(eerste).toContain(s);
    expect(tekst.join('\n')).toMatch(/Beslispunten\s+1\. /);
    expect(tekst[1]).toMatch(new RegExp(`Pagina 2 van ${paginas}`));
  });
  it('has no engine field names and never "uw antwoord"', () => {
    const alles = tekst.join('\n');
    expect(alles).not.toMatch(/uw antwoord/i);
    for (const n of VELDNAMEN) expect(alles, n).not.toContain(n);
  });
  it('carries the links into the PDF as clickable annotations', () => {
    const uris = readFileSync(pdf, 'latin1').match(/\/URI\s*\(/g) ?? [];
    expect(uris.length).toBeGreaterThanOrEqual(new Set(hyperlinks()).size);
  });
});
