/**
 * Helpers for the picture tests: a tiny XML well-formedness checker (no
 * parser package is installed) and a loader for the two collections the
 * pictures need, validated with the same schemas as the site.
 */
import { parseEntry } from '../../src/loaders/read-content.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
 * Parse XML (the subset our renderers write: elements, attributes in double
 * quotes, text, entities). Throws on unbalanced or malformed markup, duplicate
 * attributes, raw '<' or '&' in text and unknown entities.
 */
export function parseXml(src: string): XmlNode {
  const re = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  const rootNode: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [rootNode];
  const checkText = (t: string, where: string) => {
    for (const m of t.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0]))
        throw new Error(`ongeldige entiteit ${m[0]} in ${where}`);
    }
  };
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length && (m = re.exec(src))) {
    pos = re.lastIndex;
    const [, slash, name, attrText, selfClose, text, stray] = m;
    if (stray) throw new Error(`losse '<' op positie ${m.index}: ${src.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      checkText(text, 'tekst');
      stack[stack.length - 1].text += text;
      continue;
    }
    if (slash) {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`sluittag </${name}> past niet bij <${open?.name}> (positie ${m.index})`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`dubbel attribuut ${a[1]} in <${name}>`);
      checkText(a[2], `attribuut ${a[1]}`);
      attrs[a[1]] = a[2];
    }
    const node: XmlNode = { name, attrs, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    if (!selfClose) stack.push(node);
  }
  if (pos !== src.length) throw new Error(`onleesbaar vanaf positie ${pos}`);
  if (stack.length !== 1) throw new Error(`niet gesloten: <${stack[stack.length - 1].name}>`);
  if (rootNode.children.length !== 1)
    throw new Error(`verwacht één wortelelement, gevonden ${rootNode.children.length}`);
  return rootNode.children[0];
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
/** All text inside a node, entities decoded. */
export function tekst(n: XmlNode): string {
  const raw = n.text + n.children.map(tekst).join('');
  return raw.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as string] ?? '',
  );
}

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
