/**
 * The importer of the official formats (src/import/): the CVDR XML of a
 * regeling and the export of the GR register (XML and CSV), on the fixtures
 * in tests/fixtures/import/ (see its README for what is real). Each fixture
 * is read through the same code the build uses; the results must pass the
 * schema of content/regelingen/, and a broken file must fail with the file
 * and the element named.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCvdr, artikelId } from '../../src/import/cvdr.ts';
import { parseRegisterCsv, parseRegisterXml, vormUitRegister, csvRows } from '../../src/import/register.ts';
import { naarRegeling, organisatieVan } from '../../src/import/naar-regeling.ts';
import { readImportMap } from '../../src/import/folder.ts';
import { ImportError } from '../../src/import/xml.ts';
import { regeling } from '../../src/schemas/regeling.ts';
import { checkContent } from '../../src/loaders/load-content.ts';
import { deelnamesVan } from '../../src/loaders/regelingen.ts';
import { TWENTE_GEMEENTEN } from '../fixtures/twente.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIX = join(ROOT, 'tests', 'fixtures', 'import');
const lees = (p: string) => readFileSync(join(FIX, p), 'utf8');
const TWENTE = new Set([...TWENTE_GEMEENTEN, 'provincie-overijssel']);

function fout(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('geen fout gegooid');
}

describe('CVDR XML', () => {
  it('reads metadata, the intitulé and the articles with their list items, keeping the version id', () => {
    const t = parseCvdr(lees('goed/cvdr/CVDR600142_1.xml'), 'CVDR600142_1.xml');
    expect(t).toMatchObject({ cvdrId: 'CVDR600142', versie: '1', creator: 'Hengelo', inwerkingtreding: '2016-07-15' });
    expect(t.titel).toBe('Gemeenschappelijke regeling samenwerking sociale zaken Borne, Haaksbergen en Hengelo');
    expect(t.artikelen.map((a) => a.id)).toEqual(['intitule', 'art-1']);
    const a1 = t.artikelen[1];
    expect(a1.titel).toBe('Artikel 1 Algemene bepalingen');
    expect(a1.tekst[0]).toBe('Deze regeling verstaan onder:'.replace('verstaan', 'verstaat'));
    expect(a1.tekst).toContain('b. centrumgemeente: de gemeente Hengelo;');
    expect(a1.tekst).toHaveLength(6);
  });

  it('reads the namespace variant (other URI, other prefixes) the same way, with lid numbers', () => {
    const t = parseCvdr(lees('goed/cvdr/CVDR380690_1.xml'), 'CVDR380690_1.xml');
    expect(t).toMatchObject({ cvdrId: 'CVDR380690', versie: '1', inwerkingtreding: '2016-04-21' });
    const a1 = t.artikelen.find((a) => a.id === 'art-1')!;
    expect(a1.tekst[0]).toBe('1. In deze gemeenschappelijke regeling wordt verstaan onder:');
    expect(a1.tekst.at(-1)).toMatch(/^f\. de bevolkingscijfers/);
    expect(t.artikelen[0].tekst[0]).toMatch(/^De colleges van burgemeester en wethouders van de gemeenten Almelo/);
  });

  it('makes article ids from their numbers', () => {
    expect(artikelId('1')).toBe('art-1');
    expect(artikelId('4.1')).toBe('art-4-1');
    expect(artikelId('Artikel 2a')).toBe('art-2a');
  });

  it('names file and element for an article without a number', () => {
    const e = fout(() => parseCvdr(lees('kapot/artikel-zonder-nr.xml'), 'kapot/artikel-zonder-nr.xml'));
    expect(e.message).toMatch(/^kapot\/artikel-zonder-nr\.xml: element <artikel>: artikel zonder <kop><nr>/);
  });

  it('names file and element for a missing or malformed identifier, and for a document that is not a regeling', () => {
    const zonderId = lees('goed/cvdr/CVDR600142_1.xml').replace(/<dcterms:identifier>.*<\/dcterms:identifier>/, '');
    expect(fout(() => parseCvdr(zonderId, 'x.xml')).element).toBe('identifier');
    const kapotId = lees('goed/cvdr/CVDR600142_1.xml').replace('CVDR600142_1', 'BWBR0003740');
    expect(fout(() => parseCvdr(kapotId, 'x.xml')).message).toMatch(/"BWBR0003740" is geen CVDR-id/);
    const e = fout(() => parseCvdr('<html><body><p>geen regeling</p></body></html>', 'y.xml'));
    expect(e.message).toBe(
      'y.xml: element <html>: onbekend document: verwacht de CVDR-XML van een regeling (met <regeling> en <artikel>)',
    );
  });
});

describe('register export', () => {
  it('reads the XML records, keeping systemId, form, participants and publication id', () => {
    const rs = parseRegisterXml(lees('goed/register/export.xml'), 'export.xml');
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({
      systemId: '900001',
      samenwerkingsvorm: 'regeling-zonder-meer',
      publicatie: 'CVDR600142',
      deelnemers: ['Gemeente Borne', 'Gemeente Haaksbergen', 'Gemeente Hengelo'],
    });
    expect(rs[1].eindDatum).toBe('2021-07-08');
  });

  it('reads an older export version: another namespace and <regeling> as the record element', () => {
    const [r] = parseRegisterXml(lees('goed/register/variant-2-4-10.xml'), 'variant.xml');
    expect(r).toMatchObject({ systemId: '900002', samenwerkingsvorm: 'openbaar-lichaam', publicatie: 'CVDR380690' });
    expect(r.deelnemers).toHaveLength(14);
  });

  it('reads the CSV extract, with quoted fields and participants separated by "|"', () => {
    const rs = parseRegisterCsv(lees('goed/register/extract.csv'), 'extract.csv');
    expect(rs.map((r) => r.systemId)).toEqual(['900004', '900005']);
    expect(rs[0]).toMatchObject({
      samenwerkingsvorm: 'bedrijfsvoeringsorganisatie',
      deelnemers: ['Gemeente Dinkelland', 'Gemeente Tubbergen'],
    });
    expect(rs[1].titel).toBe('Gemeenschappelijke regeling Stadsbank Oost Nederland 2023');
    expect(rs[1].samenwerkingsvorm).toBeUndefined();
    expect(rs[1].deelnemers).toHaveLength(21);
    expect(csvRows('a;"b;""c"""\n1;2', ';')).toEqual([
      ['a', 'b;"c"'],
      ['1', '2'],
    ]);
  });

  it('maps the four register forms and nothing else', () => {
    expect(vormUitRegister('Openbaar lichaam')).toBe('openbaar-lichaam');
    expect(vormUitRegister('Gemeenschappelijk orgaan')).toBe('gemeenschappelijk-orgaan');
    expect(vormUitRegister('Bedrijfsvoeringsorganisatie')).toBe('bedrijfsvoeringsorganisatie');
    expect(vormUitRegister("'Regeling zonder meer' (regeling zonder eigen orgaan; art. 8, vierde lid, WGR)")).toBe(
      'regeling-zonder-meer',
    );
    expect(vormUitRegister('Stichting')).toBeNull();
  });

  it('names file and element for broken XML, an unknown record and an unknown form', () => {
    expect(fout(() => parseRegisterXml(lees('kapot/niet-xml.xml'), 'kapot/niet-xml.xml')).message).toMatch(
      /^kapot\/niet-xml\.xml: element <[\w]+>: geen geldige XML/,
    );
    const e = fout(() => parseRegisterXml(lees('kapot/onbekend-record.xml'), 'kapot/onbekend-record.xml'));
    expect(e.element).toBe('zelfstandigBestuursorgaan');
    expect(e.message).toMatch(/onbekend record in <gemeenschappelijkeRegelingen> \(regel 4\)/);
    const v = fout(() => parseRegisterCsv(lees('kapot/onbekende-vorm.csv'), 'kapot/onbekende-vorm.csv'));
    expect(v.message).toBe(
      'kapot/onbekende-vorm.csv: element <samenwerkingsvorm>: record "Regeling met een vreemde vorm": onbekende samenwerkingsvorm "Stichting" (verwacht openbaar lichaam, gemeenschappelijk orgaan, bedrijfsvoeringsorganisatie of regeling zonder meer)',
    );
    expect(fout(() => parseRegisterCsv('titel;kleur\nx;rood', 'k.csv')).message).toBe(
      'k.csv: element <kleur>: onbekende kolom "kleur" in de kopregel',
    );
    expect(
      fout(() =>
        parseRegisterXml(
          '<overheidsorganisaties><gemeenschappelijkeRegelingen><regeling><titel>x</titel><kleur>rood</kleur></regeling></gemeenschappelijkeRegelingen></overheidsorganisaties>',
          'k.xml',
        ),
      ).element,
    ).toBe('kleur');
  });
});

describe('from the official formats to a regeling', () => {
  it('matches participants to known organisations and keeps the others by name', () => {
    expect(organisatieVan('Gemeente Hof van Twente', TWENTE)).toBe('hof-van-twente');
    expect(organisatieVan('Hengelo (O)', TWENTE)).toBe('hengelo');
    expect(organisatieVan('Provincie Overijssel', TWENTE)).toBe('provincie-overijssel');
    expect(organisatieVan('Gemeente Berkelland', TWENTE)).toBeUndefined();
  });

  it('gives data the schema of content/regelingen/ accepts, citing the register and the articles, and "niet vastgesteld" where no article says it', () => {
    const [r] = parseRegisterXml(lees('goed/register/export.xml'), 'export.xml');
    const t = parseCvdr(lees('goed/cvdr/CVDR600142_1.xml'), 'c.xml');
    const data = regeling.parse(naarRegeling('sz', r, t, TWENTE, '2026-12-01'));
    expect(data.publicatie).toEqual({
      id: 'CVDR600142',
      versie: '1',
      blad: 'cvdr',
      url: 'https://lokaleregelgeving.overheid.nl/CVDR600142/1',
    });
    expect(data.versieDatum).toBe('2016-07-15');
    expect(data.vorm.soort).toBe('regeling-zonder-meer');
    expect(data.deelnemers.lijst).toEqual([
      { organisatie: 'borne' },
      { organisatie: 'haaksbergen' },
      { organisatie: 'hengelo' },
    ]);
    expect(data.deelnemers.bronnen[0]).toEqual({
      bron: 'register-gemeenschappelijke-regelingen',
      plaats: 'record 900001',
    });
    expect(data.uittreding.nietVastgesteld).toMatch(/geen artikel waarvan de kop over uittreding gaat/);
    expect(data.artikelen.map((a) => a.id)).toEqual(['intitule', 'art-1']);
  });

  it('cites an article whose heading is about the point', () => {
    const [r] = parseRegisterXml(lees('goed/register/export.xml'), 'export.xml');
    const xml = lees('goed/cvdr/CVDR600142_1.xml').replace(
      '</regeling-tekst>',
      '<artikel><kop><nr>20</nr><titel>Uittreding</titel></kop><lid><lidnr>1</lidnr><al>Uittreding vindt plaats met ingang van 1 januari.</al></lid></artikel></regeling-tekst>',
    );
    const data = regeling.parse(naarRegeling('sz', r, parseCvdr(xml, 'c.xml'), TWENTE, '2026-12-01'));
    expect(data.uittreding).toEqual({
      tekst: 'Artikel 20 Uittreding: "1. Uittreding vindt plaats met ingang van 1 januari."',
      bronnen: [{ bron: 'sz', plaats: 'art-20' }],
    });
  });
});

describe('the import folder as a loader step', () => {
  it('turns the fixture folder into regelingen, skips ended records, and joins texts by publication id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sww-import-'));
    try {
      cpSync(join(FIX, 'goed'), join(dir, 'import'), { recursive: true });
      const { entries, problems } = readImportMap(dir, TWENTE, '2026-12-01', (p) => p.slice(dir.length + 1));
      expect(problems).toEqual([]);
      expect(entries.map((e) => e.file).sort()).toEqual([
        'import/register/export.xml#900001',
        'import/register/extract.csv#900004',
        'import/register/extract.csv#900005',
        'import/register/variant-2-4-10.xml#900002',
      ]);
      for (const e of entries) expect(regeling.safeParse(e.data).success).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a text no record names, and a broken file, with file and element', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sww-import-'));
    try {
      cpSync(join(FIX, 'goed', 'cvdr'), join(dir, 'import', 'cvdr'), { recursive: true });
      cpSync(join(FIX, 'kapot', 'onbekend-record.xml'), join(dir, 'import', 'register', 'r.xml'));
      const { problems } = readImportMap(dir, TWENTE, '2026-12-01', (p) => p.slice(dir.length + 1));
      expect(problems).toContain(
        'import/register/r.xml: element <zelfstandigBestuursorgaan>: onbekend record in <gemeenschappelijkeRegelingen> (regel 4); verwacht <gemeenschappelijkeRegeling> of <regeling>',
      );
      expect(problems).toContain(
        'import/cvdr/CVDR600142_1.xml: element <identifier>: geen record in import/register/ noemt CVDR600142 als publicatie; zonder registerrecord zijn de deelnemers onbekend',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the same portfolio from the official formats: the whole content with the fixtures dropped into content/import/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sww-content-'));
    try {
      cpSync(join(ROOT, 'content'), dir, { recursive: true });
      cpSync(join(FIX, 'goed'), join(dir, 'import'), { recursive: true });
      const { problems, content } = checkContent(dir);
      expect(problems).toEqual([]);
      const imported = content!.regelingen.find((r) => r.file.endsWith('import/register/export.xml#900001'))!;
      expect(imported.data.publicatie?.id).toBe('CVDR600142');
      // Haaksbergen now has the imported regeling (directly) beside the hand-written one
      const hk = deelnamesVan('haaksbergen', content!.regelingen).map((d) => d.regeling);
      expect(hk).toContain(imported.id);
      expect(hk).toContain('gr-sociale-zaken-bhh');
      // a broken file fails the whole content check with file and element
      cpSync(join(FIX, 'kapot', 'niet-xml.xml'), join(dir, 'import', 'register', 'kapot.xml'));
      const kapot = checkContent(dir);
      expect(kapot.content).toBeUndefined();
      expect(
        kapot.problems.some((p) => p.startsWith(`${dir.split('/').at(-1)}/import/register/kapot.xml: element <`)),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
