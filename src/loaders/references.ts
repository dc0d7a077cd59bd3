/**
 * Cross-reference checks over the whole knowledge base. Pure: plain data in,
 * a list of messages out, each naming the file and the field.
 */
import type { Citation } from '../schemas/index.ts';
import type { Entry, KnowledgeBase } from '../schemas/types.ts';
import { fieldProblem } from '../lib/errors.ts';
import { checkRegelingen } from './regelingen.ts';

export interface ReferenceIndex {
  has(collection: keyof Omit<KnowledgeBase, 'tekstRegels'>, id: string): boolean;
  citationProblem(c: Citation): string | null;
}

export function buildIndex(kb: KnowledgeBase): ReferenceIndex {
  const ids = {
    bronnen: new Set(kb.bronnen.map((e) => e.id)),
    externeBronnen: new Set(kb.externeBronnen.map((e) => e.id)),
    vormen: new Set(kb.vormen.map((e) => e.id)),
    belemmeringen: new Set(kb.belemmeringen.map((e) => e.id)),
    casussen: new Set(kb.casussen.map((e) => e.id)),
    organisaties: new Set(kb.organisaties.map((e) => e.id)),
    begrippen: new Set(kb.begrippen.map((e) => e.id)),
    regelingen: new Set(kb.regelingen.map((e) => e.id)),
  };
  // a regeling is cited per article, like a source document per section
  const secties = new Map([
    ...kb.bronnen.map((b) => [b.id, new Set(b.data.secties.map((s) => s.id))] as const),
    ...kb.regelingen.map((r) => [r.id, new Set(r.data.artikelen.map((a) => a.id))] as const),
  ]);
  return {
    has: (collection, id) => ids[collection].has(id),
    citationProblem(c) {
      const s = secties.get(c.bron);
      if (s) {
        if (!c.plaats) return `citaat van bron "${c.bron}" noemt geen plaats (artikel of sectie)`;
        if (!s.has(c.plaats))
          return `bron "${c.bron}" heeft geen artikel of sectie "${c.plaats}" (bekend: ${[...s].join(', ')})`;
        return null;
      }
      if (ids.externeBronnen.has(c.bron)) return null;
      return `onbekende bron "${c.bron}"`;
    },
  };
}

const CITATION_KEYS = new Set(['bron', 'plaats', 'detail', 'citaat']);
/** An object with a string `bron` and no keys other than a citation's: a citation. */
function isCitation(v: unknown): v is Citation {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  return typeof (v as { bron?: unknown }).bron === 'string' && Object.keys(v).every((k) => CITATION_KEYS.has(k));
}

/** Walk any value and yield every citation in it with its path. */
export function* citationsIn(value: unknown, path: (string | number)[] = []): Generator<[Citation, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citationsIn(value[i], [...path, i]);
    return;
  }
  if (isCitation(value)) {
    yield [value, path.join('.')];
    return;
  }
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* citationsIn(v, [...path, k]);
}

export function checkReferences(kb: KnowledgeBase): string[] {
  const idx = buildIndex(kb);
  const errors: string[] = [];
  const err = (e: Entry<unknown>, field: string, msg: string) => errors.push(fieldProblem(e.file, field, msg));

  const all: Entry<unknown>[] = [
    ...kb.bronnen,
    ...kb.externeBronnen,
    ...kb.vormen,
    ...kb.belemmeringen,
    ...kb.casussen,
    ...kb.organisaties,
    ...kb.begrippen,
    ...kb.regelingen,
  ];
  for (const e of all)
    for (const [c, path] of citationsIn(e.data)) {
      const p = idx.citationProblem(c);
      if (p) err(e, path, p);
    }

  // two files with one id (a.yaml beside a.yml) are reported by the loader (src/loaders/read-content.ts), per folder
  for (const b of kb.bronnen) {
    b.data.organisaties.forEach((o, i) => {
      if (!idx.has('organisaties', o)) err(b, `organisaties.${i}`, `onbekende organisatie "${o}"`);
    });
    const n = kb.tekstRegels[b.id];
    if (n === undefined) err(b, 'tekstbestand', `tekstbestand "${b.data.tekstbestand}" niet gevonden`);
    else
      b.data.secties.forEach((s, i) => {
        if (s.regel > n) err(b, `secties.${i}.regel`, `regel ${s.regel} ligt na het einde van de tekst (${n} regels)`);
      });
  }
  for (const v of kb.vormen)
    v.data.voorbeelden.forEach((c, i) => {
      if (!idx.has('casussen', c)) err(v, `voorbeelden.${i}`, `onbekende casus "${c}"`);
    });
  for (const b of kb.belemmeringen)
    b.data.begrippen.forEach((t, i) => {
      if (!idx.has('begrippen', t)) err(b, `begrippen.${i}`, `onbekend begrip "${t}"`);
    });
  for (const c of kb.casussen) {
    if (!idx.has('vormen', c.data.vorm)) err(c, 'vorm', `onbekende vorm "${c.data.vorm}"`);
    if (c.data.gastheer && !idx.has('organisaties', c.data.gastheer))
      err(c, 'gastheer', `onbekende organisatie "${c.data.gastheer}"`);
    c.data.deelnemers.forEach((d, i) => {
      if (!idx.has('organisaties', d.organisatie))
        err(c, `deelnemers.${i}.organisatie`, `onbekende organisatie "${d.organisatie}"`);
    });
  }
  for (const o of kb.organisaties)
    o.data.deelnames.forEach((d, i) => {
      if (!idx.has('casussen', d.casus)) err(o, `deelnames.${i}.casus`, `onbekende casus "${d.casus}"`);
    });
  errors.push(...checkRegelingen(kb, idx));
  for (const t of kb.begrippen)
    t.data.zieOok.forEach((z, i) => {
      if (!idx.has('begrippen', z)) err(t, `zieOok.${i}`, `onbekend begrip "${z}"`);
    });
  return errors;
}

/** All citations anywhere in a value, in document order. */
export const allCitations = (value: unknown): Citation[] => [...citationsIn(value)].map(([c]) => c);

/** Citations to unknown sources or sections in any entries, each problem naming file and field. */
export function checkCitations(entries: readonly Entry<unknown>[], index: ReferenceIndex): string[] {
  const problems: string[] = [];
  for (const e of entries)
    for (const [c, path] of citationsIn(e.data)) {
      const p = index.citationProblem(c);
      if (p) problems.push(fieldProblem(e.file, path, p));
    }
  return problems;
}
