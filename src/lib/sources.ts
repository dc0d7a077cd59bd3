/**
 * Splitting a source document's extracted text into its sections. Pure
 * functions over plain data.
 */
import type { Bron } from '../schemas/index.ts';

export interface SectionText {
  id: string;
  titel: string;
  niveau: number;
  /** paragraphs; each paragraph is a list of lines (list items start their own line) */
  alineas: string[][];
  tabel?: Bron['secties'][number]['tabel'];
}

const LIST_START = /^(?:[-•▪●·o]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-z][.)]\s|[0-9]{1,2}\.[0-9]{1,2}\s)/;

/** Lines of extracted PDF text → paragraphs of lines. */
export function toParagraphs(lines: string[], alineas: Bron['alineas']): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const raw of lines) {
    const isBreak = alineas === 'spatie-regel' ? raw.length > 0 && raw.trim() === '' : raw.trim() === '';
    if (isBreak) {
      flush();
      continue;
    }
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (!cur.length || LIST_START.test(line)) cur.push(line);
    else
      cur[cur.length - 1] = `${cur[cur.length - 1]} ${line}`.replace(/(\w)- (\w)/g, (m, a, b) =>
        a.toLowerCase() === a ? `${a}${b}` : m,
      );
  }
  flush();
  // A PDF page or column break can split a sentence over two "paragraphs": join them again
  // when the first does not end a sentence and the second goes on in lower case.
  const joined: string[][] = [];
  for (const p of out) {
    const prev = joined[joined.length - 1];
    if (prev && !/[.:;!?]$/.test(prev[prev.length - 1]) && /^[a-zà-ÿ]/.test(p[0])) {
      prev[prev.length - 1] = `${prev[prev.length - 1]} ${p[0]}`;
      prev.push(...p.slice(1));
    } else joined.push(p);
  }
  return joined;
}

const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9à-ÿ]+/g, '');

/**
 * Remove the heading from the top of a section's lines: the first line and
 * any following lines that are a continuation of the title (headings broken
 * over several lines by the PDF extraction). A first line that is not part of
 * the title (a section that starts in running text) is kept.
 */
export function dropHeading(body: string[], titel: string): void {
  let rest = norm(titel);
  while (body.length) {
    const l = norm(body[0]);
    if (l === '') {
      if (rest === norm(titel)) return; // nothing dropped yet: do not eat leading blanks
      body.shift();
      continue;
    }
    if (rest.startsWith(l)) {
      rest = rest.slice(l.length);
      body.shift();
      if (!rest) return;
    } else if (l.startsWith(rest) && rest.length > 0 && rest !== norm(titel)) {
      body.shift();
      return;
    } else if (rest === norm(titel) && l.startsWith(rest)) {
      body.shift();
      return;
    } else return;
  }
}

/** Split the whole text into the document's sections (text before the first section is dropped). */
export function splitSections(lines: string[], bron: Bron): SectionText[] {
  const secties = bron.secties;
  return secties.map((s, i) => {
    const end = i + 1 < secties.length ? secties[i + 1].regel - 1 : lines.length;
    const body = lines.slice(s.regel - 1, end);
    dropHeading(body, s.titel);
    return { id: s.id, titel: s.titel, niveau: s.niveau, alineas: toParagraphs(body, bron.alineas), tabel: s.tabel };
  });
}

/** The title of a part (sourceParts in src/lib/cite.ts): its chapter's title, or "De hele tekst" for a document without chapters. */
export const partTitle = (deel: { id: string; secties: { id: string; titel: string }[] }): string =>
  deel.secties[0].id === deel.id ? deel.secties[0].titel : 'De hele tekst';

/**
 * The kinds of public sources (content/externe-bronnen/), each listed with its notes and check dates on
 * a page of its own, told apart by where the source is published: a host named here or a sub-domain of
 * it. A source from any other host is in the last kind, so a new source always has a page.
 */
export const OPENBARE_SOORTEN = [
  {
    id: 'wetten',
    titel: 'Wetten, Europese regels en rechtspraak',
    uitleg: 'Wetten en Europese regels, per artikel te openen, en uitspraken van het Europese Hof.',
    hosts: ['wetten.overheid.nl', 'eur-lex.europa.eu', 'curia.europa.eu'],
  },
  {
    id: 'bekendmakingen',
    titel: 'Regelingen en officiële bekendmakingen',
    uitleg: 'Gemeenschappelijke regelingen, besluiten en Kamerstukken, zoals de overheid ze bekendmaakte.',
    hosts: ['officielebekendmakingen.nl', 'lokaleregelgeving.overheid.nl', 'regelgeving.overheid.nl'],
  },
  {
    id: 'landelijk',
    titel: 'Uitleg van het Rijk, VNG, Logius en andere landelijke organisaties',
    uitleg: 'Handreikingen, standaarden en uitleg van landelijke organisaties.',
    hosts: [
      'overheid.nl',
      'vng.nl',
      'logius.nl',
      'informatiebeveiligingsdienst.nl',
      'kennisopenbaarbestuur.nl',
      'minbzk.github.io',
      'minbuza.nl',
      'tweedekamer.nl',
      'raadopenbaarbestuur.nl',
      'nctv.nl',
      'pianoo.nl',
      'autoriteitpersoonsgegevens.nl',
      'scgemeenten.nl',
      'ib-p.nl',
      'griffiers.nl',
    ],
  },
  {
    id: 'overig',
    titel: 'Regio, gemeenten, nieuws en andere publicaties',
    uitleg: 'Websites van Twentse organisaties en gemeenten, nieuwsberichten, artikelen en kopieën van documenten.',
    hosts: [],
  },
] as const;
export type OpenbareSoort = (typeof OPENBARE_SOORTEN)[number]['id'];

/** The kind of a public source, by its address. */
export function openbareSoort(url: string): OpenbareSoort {
  const host = new URL(url).hostname;
  const past = (h: string) => host === h || host.endsWith(`.${h}`);
  return (OPENBARE_SOORTEN.find((s) => s.hosts.some(past)) ?? OPENBARE_SOORTEN[OPENBARE_SOORTEN.length - 1]).id;
}
