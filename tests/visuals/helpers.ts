/**
 * Helpers for the picture tests: XML read with a real parser, and a loader
 * for the two collections the pictures need, validated with the same
 * schemas as the site.
 */
import { parseEntry } from '../../src/loaders/read-content.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';

import * as S from '../../src/schemas/index.ts';
import type { Entry } from '../../src/schemas/types.ts';

const root = join(import.meta.dirname, '..', '..');

function laad<T>(dir: string, schema: import('astro/zod').ZodType<T>): Entry<T>[] {
  const problems: string[] = [];
  const full = join(root, 'content', dir);
  const out = readdirSync(full)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parseEntry(root, join(full, f), schema, problems))
    .filter((e): e is Entry<T> => e !== null);
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}

export const casussen = () => laad('casussen', S.casus);
export const organisaties = () => laad('organisaties', S.organisatie);

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * Parse XML with a real parser (@xmldom/xmldom): any well-formedness error
 * (unbalanced or malformed markup, duplicate attributes, raw '<' or '&' in
 * text, unknown entities, more than one root) throws. The document comes back
 * as a small plain tree the picture tests walk.
 */
export function parseXml(src: string): XmlNode {
  // xmldom reads a bare '&' (not starting a reference) as text; XML forbids it
  const los = /&(?![A-Za-z][\w.-]*;|#\d+;|#x[0-9a-fA-F]+;)/.exec(src);
  if (los) throw new Error(`ongeldige XML: losse '&' op positie ${los.index}`);
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(`ongeldige XML: ${msg}`);
    },
  }).parseFromString(src, 'text/xml');
  const omzetten = (el: Element): XmlNode => {
    const attrs: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
    const node: XmlNode = { name: el.tagName, attrs, children: [], text: '' };
    for (const c of Array.from(el.childNodes))
      if (c.nodeType === c.ELEMENT_NODE) node.children.push(omzetten(c as Element));
      else if (c.nodeType === c.TEXT_NODE || c.nodeType === c.CDATA_SECTION_NODE) node.text += c.nodeValue ?? '';
    return node;
  };
  const wortels = Array.from(doc.childNodes).filter((c) => c.nodeType === c.ELEMENT_NODE);
  if (wortels.length !== 1 || !doc.documentElement)
    throw new Error(`verwacht één wortelelement, gevonden ${wortels.length}`);
  return omzetten(doc.documentElement);
}

/** All descendants (depth first) that match. */
export function alle(n: XmlNode, pred: (n: XmlNode) => boolean): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (x: XmlNode) => {
    for (const c of x.children) {
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}
export const metKlasse = (k: string) => (n: XmlNode) => (n.attrs.class ?? '').split(/\s+/).includes(k);
/** All text inside a node (the parser decoded the entities). */
export const tekst = (n: XmlNode): string => n.text + n.children.map(tekst).join('');

/** Checks every picture must pass. */
export function basisChecks(svg: string): XmlNode {
  if (/\sstyle=/.test(svg)) throw new Error('style-attribuut gevonden');
  if (/<script/i.test(svg)) throw new Error('script in SVG');
  const doc = parseXml(svg);
  if (doc.name !== 'svg') throw new Error('wortel is geen <svg>');
  const [t, d] = (doc.attrs['aria-labelledby'] ?? '').split(' ');
  const title = doc.children.find((c) => c.name === 'title');
  const desc = doc.children.find((c) => c.name === 'desc');
  if (!title || title.attrs.id !== t || !tekst(title).trim())
    throw new Error('<title> ontbreekt of past niet bij aria-labelledby');
  if (!desc || desc.attrs.id !== d || !tekst(desc).trim())
    throw new Error('<desc> ontbreekt of past niet bij aria-labelledby');
  if (!['img', 'group'].includes(doc.attrs.role)) throw new Error(`role is ${doc.attrs.role}`);
  if (!doc.attrs.viewBox) throw new Error('geen viewBox');
  return doc;
}
