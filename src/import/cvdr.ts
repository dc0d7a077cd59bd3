/**
 * Reader of the CVDR XML of one regeling (lokaleregelgeving.overheid.nl,
 * repository.officiele-overheidspublicaties.nl/cvdr/CVDR{n}/{versie}/xml/).
 * Pure: the text of the file in, the regeling's metadata and its articles
 * out. Elements are matched on their local names: the namespace URIs differ
 * between versions and sources (…/cvdr/, …/cvdr/terms/, …/cvdr/meta/).
 *
 * What it reads:
 * - metadata: `identifier` (CVDR{n}_{versie}), `title`, `creator`,
 *   `inwerkingtredingDatum` (else `issued`);
 * - text: `intitule` and `aanhef` (as the part "intitule"), and every
 *   `artikel` with `kop/nr`, `kop/titel`, `lid` (`lidnr`, `al`, `lijst/li`),
 *   `al` and `lijst/li[@nr]`.
 */
import { child, children, descendants, find, ImportError, localName, parseXml, text, type XElement } from './xml.ts';

export interface CvdrArtikel {
  id: string;
  nr: string;
  titel: string;
  tekst: string[];
  volledig: true;
}

export interface CvdrRegeling {
  /** CVDR600142 */
  cvdrId: string;
  /** the version within CVDR: "1" of CVDR600142_1 */
  versie: string;
  titel: string;
  creator?: string;
  /** date the version applies from (YYYY-MM-DD), if the metadata holds it */
  inwerkingtreding?: string;
  artikelen: CvdrArtikel[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** "4.1" → "art-4-1", "2a" → "art-2a". */
export function artikelId(nr: string): string {
  const s = nr
    .toLowerCase()
    .replace(/^artikel\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `art-${s}`;
}

const line = (e: XElement) => (e.lineNumber ? ` (regel ${e.lineNumber})` : '');

/** The paragraphs of a list: "a. …" per item, nested lists indented by their own numbers. */
function lijstTekst(lijst: XElement): string[] {
  const out: string[] = [];
  for (const li of children(lijst, 'li')) {
    const nr = li.getAttribute('nr') ?? '';
    const eigen = [
      ...children(li, 'al').map(text),
      ...children(li)
        .filter((c) => !['al', 'lijst'].includes(localName(c)))
        .map(text),
    ]
      .filter(Boolean)
      .join(' ');
    out.push(`${nr ? `${nr} ` : ''}${eigen}`.trim());
    for (const sub of children(li, 'lijst')) out.push(...lijstTekst(sub));
  }
  return out.filter(Boolean);
}

/** The paragraphs of an article, a lid or a part: `al` and `lijst` in document order. */
function blokTekst(e: XElement, prefix = ''): string[] {
  const out: string[] = [];
  let first = true;
  for (const c of children(e)) {
    const n = localName(c);
    if (n === 'al') {
      const t = text(c);
      if (t) out.push(first && prefix ? `${prefix} ${t}` : t);
      first = false;
    } else if (n === 'lijst') {
      out.push(...lijstTekst(c));
      first = false;
    }
  }
  return out;
}

function artikel(e: XElement, file: string): CvdrArtikel {
  const kop = child(e, 'kop');
  const nr = text(kop && child(kop, 'nr'));
  if (!nr)
    throw new ImportError(
      file,
      'artikel',
      `artikel zonder <kop><nr>${line(e)}: elk artikel heeft een nummer nodig om te kunnen verwijzen`,
    );
  const titelEigen = text(kop && child(kop, 'titel'));
  const tekst: string[] = [];
  for (const c of children(e)) {
    const n = localName(c);
    if (n === 'lid') {
      const lidnr = text(child(c, 'lidnr'));
      tekst.push(...blokTekst(c, lidnr ? (lidnr.endsWith('.') ? lidnr : `${lidnr}.`) : ''));
    } else if (n === 'al' || n === 'lijst') tekst.push(...(n === 'al' ? [text(c)].filter(Boolean) : lijstTekst(c)));
  }
  if (tekst.length === 0)
    throw new ImportError(file, 'artikel', `artikel ${nr} heeft geen tekst (geen <lid>, <al> of <lijst>)${line(e)}`);
  const label = /^artikel/i.test(nr) ? nr : `Artikel ${nr}`;
  return {
    id: artikelId(nr),
    nr: nr.replace(/^artikel\s+/i, ''),
    titel: titelEigen ? `${label} ${titelEigen}` : label,
    tekst,
    volledig: true,
  };
}

/** Read the CVDR XML of one regeling. Throws an ImportError naming the file and the element on anything malformed or unknown. */
export function parseCvdr(xml: string, file: string): CvdrRegeling {
  const root = parseXml(xml, file);
  const regeling = localName(root) === 'regeling' ? root : find(root, 'regeling');
  if (!regeling && !find(root, 'artikel'))
    throw new ImportError(
      file,
      localName(root),
      'onbekend document: verwacht de CVDR-XML van een regeling (met <regeling> en <artikel>)',
    );

  const idEl = find(root, 'identifier');
  const identifier = text(idEl);
  if (!identifier)
    throw new ImportError(file, 'identifier', 'ontbreekt: de metadata noemen geen CVDR-id (zoals CVDR600142_1)');
  const m = /^(CVDR\d+)(?:_(\d+))?$/.exec(identifier);
  if (!m)
    throw new ImportError(
      file,
      'identifier',
      `"${identifier}" is geen CVDR-id (verwacht CVDR{nummer}_{versie}, zoals CVDR600142_1)`,
    );
  const titel = text(find(root, 'title'));
  if (!titel) throw new ImportError(file, 'title', 'ontbreekt: de metadata noemen geen titel');

  const datum = text(find(root, 'inwerkingtredingDatum')) || text(find(root, 'issued'));
  if (datum && !ISO.test(datum))
    throw new ImportError(file, 'inwerkingtredingDatum', `"${datum}" is geen datum als JJJJ-MM-DD`);

  const artikelen: CvdrArtikel[] = [];
  const body = regeling ?? root;
  const intitule = [...descendants(body, 'intitule'), ...descendants(body, 'aanhef')].flatMap((e) => {
    const delen = blokTekst(e);
    return delen.length ? delen : [text(e)].filter(Boolean);
  });
  if (intitule.length)
    artikelen.push({ id: 'intitule', nr: '', titel: 'Intitulé en aanhef', tekst: intitule, volledig: true });
  const seen = new Set<string>();
  for (const a of descendants(body, 'artikel')) {
    const art = artikel(a, file);
    if (seen.has(art.id)) throw new ImportError(file, 'artikel', `artikel ${art.nr} komt twee keer voor${line(a)}`);
    seen.add(art.id);
    artikelen.push(art);
  }
  if (!artikelen.some((a) => a.id !== 'intitule'))
    throw new ImportError(file, 'artikel', 'de regeling heeft geen enkel <artikel>');

  return {
    cvdrId: m[1],
    versie: m[2] ?? '',
    titel,
    creator: text(find(root, 'creator')) || undefined,
    inwerkingtreding: datum || undefined,
    artikelen,
  };
}
