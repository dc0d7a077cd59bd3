/**
 * Reader of the export of the register of gemeenschappelijke regelingen
 * (Overheid.nl / Organisaties, exportOO_gemeenschappelijke_regelingen.xml,
 * rewritten daily), as XML or as CSV. Pure: the text of the file in, plain
 * records out. XML elements are matched on their local names, because the
 * export's namespace changes between versions (…/schema/oo/export/2.4.10,
 * 2.4.11, …), and a record is `<gemeenschappelijkeRegeling>` in some
 * versions and `<regeling>` in others.
 *
 * Seen in public code that reads the real export: the path
 * overheidsorganisaties/gemeenschappelijkeRegelingen/gemeenschappelijkeRegeling
 * with `titel`, `internet`, `eindDatum` and `systemId`. The other fields this
 * reader takes (`samenwerkingsvorm`, `deelnemers/deelnemer`, `publicatie`,
 * `inwerkingtreding`) follow the register's fields on overheid.nl; their
 * element names were not seen in a real export (see the fixtures' README).
 */
import { child, children, ImportError, localName, parseXml, text, type XElement } from './xml.ts';
import type { Regeling } from '../schemas/regeling.ts';

export type Samenwerkingsvorm = Extract<
  Regeling['vorm']['soort'],
  'openbaar-lichaam' | 'bedrijfsvoeringsorganisatie' | 'gemeenschappelijk-orgaan' | 'regeling-zonder-meer'
>;

export interface RegisterRecord {
  /** the register's own id of the record (systemId), kept for tracing */
  systemId: string;
  titel: string;
  /** the register's value, as written */
  samenwerkingsvormTekst?: string;
  samenwerkingsvorm?: Samenwerkingsvorm;
  deelnemers: string[];
  /** the official publication of the text: CVDR600142, gmb-2021-223934, … */
  publicatie?: string;
  inwerkingtreding?: string;
  eindDatum?: string;
  internet?: string;
}

const RECORD_NAMES = new Set(['gemeenschappelijkeRegeling', 'regeling']);
const VELDEN = new Set([
  'systemId',
  'titel',
  'citeertitel',
  'naam',
  'samenwerkingsvorm',
  'deelnemers',
  'publicatie',
  'inwerkingtreding',
  'eindDatum',
  'internet',
  'doel',
  'adres',
  'bezoekAdres',
  'postAdres',
  'contact',
  'emailadres',
  'telefoonnummer',
  'afkorting',
  'beschrijving',
  'wijzigingsDatum',
  'types',
  'categorie',
]);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The register's "samenwerkingsvorm" (four values, art. 8 Wgr) as the site's form. Unknown → null. */
export function vormUitRegister(v: string): Samenwerkingsvorm | null {
  const s = v.toLowerCase();
  if (/zonder meer|zonder eigen orgaan|vierde lid/.test(s)) return 'regeling-zonder-meer';
  if (/bedrijfsvoering/.test(s)) return 'bedrijfsvoeringsorganisatie';
  if (/gemeenschappelijk orgaan/.test(s)) return 'gemeenschappelijk-orgaan';
  if (/openbaar lichaam/.test(s)) return 'openbaar-lichaam';
  return null;
}

function checkRecord(r: RegisterRecord, file: string, element: string): RegisterRecord {
  if (!r.titel) throw new ImportError(file, element, `record ${r.systemId || '(zonder systemId)'} heeft geen titel`);
  if (r.samenwerkingsvormTekst && !r.samenwerkingsvorm)
    throw new ImportError(
      file,
      'samenwerkingsvorm',
      `record "${r.titel}": onbekende samenwerkingsvorm "${r.samenwerkingsvormTekst}" (verwacht openbaar lichaam, gemeenschappelijk orgaan, bedrijfsvoeringsorganisatie of regeling zonder meer)`,
    );
  for (const k of ['inwerkingtreding', 'eindDatum'] as const) {
    const v = r[k];
    if (v && !ISO.test(v)) throw new ImportError(file, k, `record "${r.titel}": "${v}" is geen datum als JJJJ-MM-DD`);
  }
  if (r.publicatie && !/^(CVDR\d+|(gmb|prb|stcrt|wsb|bgr)-\d{4}-\d+)$/.test(r.publicatie))
    throw new ImportError(
      file,
      'publicatie',
      `record "${r.titel}": "${r.publicatie}" is geen publicatie-id (zoals CVDR600142 of gmb-2021-223934)`,
    );
  return r;
}

function record(e: XElement, file: string): RegisterRecord {
  for (const c of children(e))
    if (!VELDEN.has(localName(c)))
      throw new ImportError(
        file,
        localName(c),
        `onbekend veld in record "${text(child(e, 'titel'))}"${e.lineNumber ? ` (regel ${c.lineNumber ?? e.lineNumber})` : ''}`,
      );
  const dl = child(e, 'deelnemers');
  const deelnemers = dl
    ? children(dl)
        .map((d) => text(child(d, 'naam') ?? d))
        .filter(Boolean)
    : [];
  const vormTekst = text(child(e, 'samenwerkingsvorm')) || undefined;
  return checkRecord(
    {
      systemId: text(child(e, 'systemId')),
      titel: text(child(e, 'citeertitel')) || text(child(e, 'titel')) || text(child(e, 'naam')),
      samenwerkingsvormTekst: vormTekst,
      samenwerkingsvorm: vormTekst ? (vormUitRegister(vormTekst) ?? undefined) : undefined,
      deelnemers,
      publicatie: text(child(e, 'publicatie')) || undefined,
      inwerkingtreding: text(child(e, 'inwerkingtreding')) || undefined,
      eindDatum: text(child(e, 'eindDatum')) || undefined,
      internet: text(child(e, 'internet')) || undefined,
    },
    file,
    localName(e),
  );
}

/** Read the register export as XML. Throws an ImportError naming file and element on a malformed or unknown record. */
export function parseRegisterXml(xml: string, file: string): RegisterRecord[] {
  const root = parseXml(xml, file);
  if (localName(root) !== 'overheidsorganisaties')
    throw new ImportError(
      file,
      localName(root),
      'onbekend document: verwacht de export van het register (hoofdelement <overheidsorganisaties>)',
    );
  const lijst = child(root, 'gemeenschappelijkeRegelingen');
  if (!lijst)
    throw new ImportError(
      file,
      'gemeenschappelijkeRegelingen',
      'ontbreekt: de export bevat geen lijst van gemeenschappelijke regelingen',
    );
  return children(lijst).map((e) => {
    if (!RECORD_NAMES.has(localName(e)))
      throw new ImportError(
        file,
        localName(e),
        `onbekend record in <gemeenschappelijkeRegelingen>${e.lineNumber ? ` (regel ${e.lineNumber})` : ''}; verwacht <gemeenschappelijkeRegeling> of <regeling>`,
      );
    return record(e, file);
  });
}

/** Split CSV text into rows (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function csvRows(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') q = true;
    else if (ch === sep) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (q) throw new Error('een veld tussen aanhalingstekens is niet afgesloten');
  if (cell !== '' || row.length) endRow();
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * Read the register export as CSV: a header row with the same names as the
 * XML fields (titel, systemId, samenwerkingsvorm, deelnemers, publicatie,
 * inwerkingtreding, eindDatum, internet); `deelnemers` separated by "|".
 * Separator ";" or "," (taken from the header).
 */
export function parseRegisterCsv(csv: string, file: string): RegisterRecord[] {
  const head = csv.split(/\r?\n/, 1)[0] ?? '';
  const sep = head.includes(';') ? ';' : ',';
  let rows: string[][];
  try {
    rows = csvRows(csv.replace(/^\uFEFF/, ''), sep);
  } catch (e) {
    throw new ImportError(file, 'csv', (e as Error).message);
  }
  const [kop, ...data] = rows;
  if (!kop) throw new ImportError(file, 'csv', 'leeg bestand');
  const cols = kop.map((c) => c.trim());
  for (const c of cols) if (!VELDEN.has(c)) throw new ImportError(file, c, `onbekende kolom "${c}" in de kopregel`);
  if (!cols.includes('titel')) throw new ImportError(file, 'titel', 'de kopregel heeft geen kolom "titel"');
  return data.map((r, i) => {
    if (r.length !== cols.length)
      throw new ImportError(file, `rij ${i + 2}`, `heeft ${r.length} velden, de kopregel ${cols.length}`);
    const v = (k: string) => (cols.includes(k) ? r[cols.indexOf(k)].trim() : '');
    const vormTekst = v('samenwerkingsvorm') || undefined;
    return checkRecord(
      {
        systemId: v('systemId'),
        titel: v('citeertitel') || v('titel'),
        samenwerkingsvormTekst: vormTekst,
        samenwerkingsvorm: vormTekst ? (vormUitRegister(vormTekst) ?? undefined) : undefined,
        deelnemers: v('deelnemers')
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
        publicatie: v('publicatie') || undefined,
        inwerkingtreding: v('inwerkingtreding') || undefined,
        eindDatum: v('eindDatum') || undefined,
        internet: v('internet') || undefined,
      },
      file,
      `rij ${i + 2}`,
    );
  });
}
