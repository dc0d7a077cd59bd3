import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, inhoud } from './helpers.ts';
import { bouwUitkomst } from '../../src/explorer/outcome.ts';
import { bouwMemo, memoDocx, memoMarkdown, momentStatus, zip } from '../../src/explorer/memo.ts';
import { motieAntwoorden } from '../../src/loaders/explorer-data.ts';

const motie = bouwUitkomst(data, motieAntwoorden(inhoud));
const memo = bouwMemo(data, motie, { datum: '2026-11-29', adres: 'https://example.nl/verkenner/motie-hof-van-twente/', motie: inhoud.motie });
const md = memoMarkdown(memo);
const plat = md.replace(/\s+/g, ' ');

describe('the motion preset memo', () => {
  it('covers every ask of the motion with a route per function', () => {
    expect(motie.doelen.map((g) => g.doel)).toEqual(['privacy-officer', 'fg', 'ciso', 'soc', 'inkoop']);
    for (const g of motie.doelen) expect(md).toContain(`## ${g.label}`);
  });
  it('names AVG 37(3), ITPT art. 15.1 sub b and the route via the GR Samenwerking ICT Hengelo', () => {
    expect(plat).toContain('Artikel 37, lid 3 AVG');
    expect(plat).toMatch(/Verordening \(EU\) 2016\/679.*art\. 37 lid 3/);
    expect(plat).toContain('(15.1 sub b)');
    expect(plat).toContain('CISO- en FG-functies');
    expect(plat).toContain('Toetreden tot de GR Samenwerking ICT Hengelo');
  });
  it('links each advised route to its cost calculator, procedure planner and the agenda', () => {
    for (const g of motie.doelen) {
      const r = (g.advies ?? g.routes[0]).route;
      if (r.rekenhulp.kosten) expect(plat).toContain(`https://example.nl/rekenhulp/kosten/?route=${r.rekenhulp.kosten}`);
      for (const p of r.rekenhulp.procedures) expect(plat).toContain(`https://example.nl/planner/?route=${p}`);
    }
    expect(plat).toContain('https://example.nl/agenda/');
    // the FG route by a DVO or detachering plans both procedures
    expect(plat).toContain('https://example.nl/planner/?route=dvo');
  });
  it('gives the procedure, decision-maker, raad role and employer of each route', () => {
    for (const g of motie.doelen)
      for (const r of g.routes) {
        for (const veld of [r.route.procedure, r.route.beslisser, r.route.raad, r.route.werkgever]) expect(plat, `${g.doel}/${r.route.id}`).toContain(veld.tekst.replace(/\s+/g, ' ').slice(0, 60));
      }
  });
  it('says the motion text does not show it was adopted, and places its moments from the build date', () => {
    expect(plat).toContain('Uit deze tekst blijkt dus niet dat de raad de motie heeft aangenomen');
    expect(plat).toContain('peildatum 29 november 2026');
  });
  it('lists open questions and sources with full URLs', () => {
    expect(plat).toContain('Nog niet beantwoord:** Bij wie komt de medewerker in dienst?');
    expect(md).toMatch(/## Bronnen\n\n- [\s\S]*: https:\/\/example\.nl\/bronnen\/it-platform-twente\/#art-15\n/);
  });
});

describe('moments relative to a date (the motion names a year, no date)', () => {
  const berap = inhoud.motie.momenten[0];
  it('is past once its year is over, open in its own year, future before', () => {
    expect(momentStatus(berap, '2027-02-01')).toMatch(/^De 1e Berap 2026 viel in 2026\. Dat jaar is voorbij/);
    expect(momentStatus(berap, '2026-11-29')).toMatch(/niet vastgesteld/);
    expect(momentStatus(berap, '2025-12-01')).toMatch(/nog niet begonnen/);
    expect(momentStatus({ ...berap, datum: '2026-06-30' }, '2026-11-29')).toMatch(/is voorbij/);
  });
});

describe('the .docx file', () => {
  const bytes = memoDocx(memo);
  it('is a valid ZIP with the parts of a Word document, and holds the memo text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-'));
    const f = join(dir, 'notitie.docx');
    writeFileSync(f, bytes);
    const lijst = execFileSync('unzip', ['-Z1', f], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(lijst).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    // unzip -t checks every CRC
    expect(execFileSync('unzip', ['-t', f], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const doc = execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8' });
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('Toetreden tot de GR Samenwerking ICT Hengelo');
    expect(doc).not.toMatch(/<(?!\/?w:|\?xml)/);
  });
  it('is deterministic', () => {
    expect(Buffer.from(memoDocx(memo)).equals(Buffer.from(bytes))).toBe(true);
  });
  it('escapes text for XML', () => {
    const m = { titel: 'A & <B>', ondertitel: 'x', secties: [] };
    const f = join(mkdtempSync(join(tmpdir(), 'memo-')), 'x.docx');
    writeFileSync(f, memoDocx(m));
    expect(execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8' })).toContain('A &amp; &lt;B&gt;');
  });
  it('zip() stores names and sizes', () => {
    const z = zip([{ naam: 'a.txt', data: new TextEncoder().encode('hallo') }]);
    expect(new DataView(z.buffer).getUint32(0, true)).toBe(0x04034b50);
    expect(z.length).toBe(30 + 5 + 5 + 46 + 5 + 22);
  });
});
