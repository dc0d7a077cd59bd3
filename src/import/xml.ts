/**
 * A small layer over a real XML parser (@xmldom/xmldom): parse with every
 * error named, and find elements by their LOCAL name, so the same code reads
 * a document whatever namespace URI (or prefix) its version uses.
 */
import { DOMParser } from '@xmldom/xmldom';

/** A problem in an imported file, naming the file and the element. */
export class ImportError extends Error {
  readonly file: string;
  readonly element: string;
  constructor(file: string, element: string, message: string) {
    super(`${file}: element <${element}>: ${message}`);
    this.file = file;
    this.element = element;
    this.name = 'ImportError';
  }
}

/** The structural type of the xmldom nodes this module uses (no DOM lib needed). */
export interface XNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<XNode>;
}
export interface XElement extends XNode {
  localName: string | null;
  nodeName: string;
  getAttribute(name: string): string | null;
  lineNumber?: number;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Parse `text` as XML; a syntax error becomes an ImportError naming the file, the element and the line. */
export function parseXml(text: string, file: string): XElement {
  let doc;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const msg = String((e as Error).message ?? e).split('\n')[0];
    const el = /<\/?([\w:.-]+)/.exec(msg)?.[1] ?? /"([\w:.-]+)"/.exec(msg)?.[1] ?? '?';
    throw new ImportError(file, el, `geen geldige XML: ${msg}`);
  }
  const root = doc.documentElement as unknown as XElement | null;
  if (!root) throw new ImportError(file, '?', 'geen geldige XML: het document heeft geen hoofdelement');
  return root;
}

/** The local name of an element (without prefix or namespace). */
export const localName = (e: XElement): string => e.localName ?? e.nodeName.replace(/^.*:/, '');

/** The child elements of `e`, optionally only those with local name `name`. */
export function children(e: XElement, name?: string): XElement[] {
  const out: XElement[] = [];
  for (let i = 0; i < e.childNodes.length; i++) {
    const n = e.childNodes[i];
    if (n.nodeType === ELEMENT && (!name || localName(n as XElement) === name)) out.push(n as XElement);
  }
  return out;
}

/** The first child element with local name `name`. */
export const child = (e: XElement, name: string): XElement | undefined => children(e, name)[0];

/** Every descendant element with local name `name`, in document order (not descending into matches). */
export function descendants(e: XElement, name: string): XElement[] {
  const out: XElement[] = [];
  for (const c of children(e)) {
    if (localName(c) === name) out.push(c);
    else out.push(...descendants(c, name));
  }
  return out;
}

/** The first descendant with local name `name`. */
export function find(e: XElement, name: string): XElement | undefined {
  for (const c of children(e)) {
    if (localName(c) === name) return c;
    const d = find(c, name);
    if (d) return d;
  }
  return undefined;
}

/** All text inside `e`, whitespace collapsed. */
export function text(e: XNode | undefined): string {
  if (!e) return '';
  const parts: string[] = [];
  const walk = (n: XNode) => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) parts.push(n.nodeValue ?? '');
    else for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
  };
  walk(e);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
