/**
 * The content editor's configuration (Sveltia CMS, in Decap's config format),
 * generated from the zod schemas of src/lib/registry.ts, so the editor and the
 * project's validation cannot drift apart. Served by the dev server only, at
 * /admin/config.yml (src/integrations/admin.mjs).
 *
 * - every field of a schema becomes an editor field (tests/admin/config.test.ts
 *   fails when one is missing), labelled in Dutch (`label`);
 * - enums become `select` widgets; ids that point into another folder become
 *   `relation` widgets into that folder (RELATIES); a citation's `bron` may point
 *   into two folders (bronnen, externe-bronnen) and becomes a `select` of both;
 * - citations are structured (bron, plaats, detail, citaat), as in the schema.
 * The project's own check (`npm run check:content`) stays authoritative.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { entryFolders, EXTENSIONS } from '../loaders/registry.ts';
import { veldLabel } from '../lib/redacteur.ts';

export { veldLabel };

/** Field names whose value is the id of an entry in another folder (registry key). */
export const RELATIES: Record<string, keyof typeof entryFolders> = {
  casus: 'casussen',
  casussen: 'casussen',
  organisatie: 'organisaties',
  organisaties: 'organisaties',
  begrippen: 'begrippen',
  zieOok: 'begrippen',
  vorm: 'vormen',
  vormen: 'vormen',
  belemmering: 'belemmeringen',
};
/** Fields with longer prose: a multi-line text box. */
const LANGE_TEKST = new Set([
  'toelichting',
  'tekst',
  'samenvatting',
  'uitleg',
  'situatie2015',
  'situatieNu',
  'reden',
  'citaat',
  'detail',
  'wat',
  'waarom',
  'datumToelichting',
  'bijschrift',
]);
type Json = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
  pattern?: string;
  description?: string;
  additionalProperties?: Json | boolean;
};
export interface EditorVeld {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: (string | number | boolean)[];
  fields?: EditorVeld[];
  field?: EditorVeld;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  multiple?: boolean;
  value_type?: string;
  pattern?: [string, string];
  default?: unknown;
}

/** The ids of a folder's entries (file names without extension). */
const ids = (contentDir: string, key: keyof typeof entryFolders): string[] => {
  const f = entryFolders[key];
  return readdirSync(join(contentDir, f.dir))
    .filter((n) => EXTENSIONS[f.files].test(n))
    .map((n) => n.replace(/\.[^.]+$/, ''))
    .sort();
};

/** The object variants of a union as one object: every field of each variant, required only where all variants require it. */
function samen(objs: Json[]): Json {
  if (objs.length === 1) return objs[0];
  const req = objs.map((o) => new Set(o.required ?? []));
  const properties = Object.assign({}, ...objs.map((o) => o.properties)) as Record<string, Json>;
  return { type: 'object', properties, required: Object.keys(properties).filter((k) => req.every((r) => r.has(k))) };
}

/** One schema node as an editor field. */
function veld(naam: string, s: Json, verplicht: boolean, ctx: { contentDir: string }): EditorVeld {
  const basis = {
    name: naam,
    label: veldLabel(naam),
    ...(verplicht ? {} : { required: false }),
    ...(s.description ? { hint: s.description } : {}),
  };
  const varianten = (s.anyOf ?? s.oneOf ?? []).filter((x) => x.type !== 'null');
  if (varianten.length === 1) return veld(naam, varianten[0], verplicht, ctx);
  if (varianten.length > 1) {
    // a union: the object variant if there is one (structured), else the values of all enum/const variants, else free text
    const keuzes = varianten.flatMap((v) => v.enum ?? (v.const !== undefined ? [v.const] : []));
    if (keuzes.length === varianten.length) return { ...basis, widget: 'select', options: keuzes as string[] };
    const objs = varianten.filter((v) => v.properties);
    if (objs.length) return veld(naam, samen(objs), verplicht, ctx);
    return { ...basis, widget: LANGE_TEKST.has(naam) ? 'text' : 'string' };
  }
  if (s.allOf?.length === 1) return veld(naam, s.allOf[0], verplicht, ctx);
  if (s.enum) return { ...basis, widget: 'select', options: s.enum as string[] };
  if (s.const !== undefined) return { ...basis, widget: 'hidden', default: s.const };
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (naam === 'bron' && type === 'string')
    return {
      ...basis,
      widget: 'select',
      options: [...ids(ctx.contentDir, 'bronnen'), ...ids(ctx.contentDir, 'externeBronnen')],
      hint: 'Een brondocument (bronnen/) of een externe bron (externe-bronnen/).',
    };
  const relatie = RELATIES[naam];
  if (relatie && (type === 'string' || (type === 'array' && s.items?.type === 'string')))
    return {
      ...basis,
      widget: 'relation',
      collection: relatie,
      search_fields: ['{{slug}}'],
      value_field: '{{slug}}',
      display_fields: ['{{slug}}'],
      ...(type === 'array' ? { multiple: true } : {}),
    };
  switch (type) {
    case 'string':
      return {
        ...basis,
        widget: LANGE_TEKST.has(naam) ? 'text' : 'string',
        ...(s.pattern
          ? { pattern: [s.pattern, `Vul de waarde in volgens het patroon ${s.pattern}`] as [string, string] }
          : {}),
      };
    case 'number':
    case 'integer':
      return { ...basis, widget: 'number', value_type: type === 'integer' ? 'int' : 'float' };
    case 'boolean':
      return { ...basis, widget: 'boolean' };
    case 'array': {
      const item = s.items ?? {};
      const keuzes = item.anyOf ?? item.oneOf ?? [];
      if (item.properties || keuzes.some((v) => v.properties)) {
        const obj = item.properties ? item : samen(keuzes.filter((v) => v.properties));
        return { ...basis, widget: 'list', fields: velden(obj, ctx) };
      }
      return { ...basis, widget: 'list', field: veld(naam, item, true, ctx) };
    }
    case 'object':
      if (s.properties) return { ...basis, widget: 'object', fields: velden(s, ctx) };
      return { ...basis, widget: 'text', hint: 'Gegevens in YAML-vorm.' };
    default:
      return { ...basis, widget: LANGE_TEKST.has(naam) ? 'text' : 'string' };
  }
}

function velden(s: Json, ctx: { contentDir: string }): EditorVeld[] {
  const req = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([k, v]) => veld(k, v, req.has(k), ctx));
}

/** The JSON Schema of a folder's schema, as its files are written (input side). */
export const jsonSchema = (key: keyof typeof entryFolders): Json =>
  z.toJSONSchema(entryFolders[key].schema, { unrepresentable: 'any', io: 'input' }) as Json;

const TITELVELD = ['naam', 'titel', 'term', 'kingTitel', 'label'];

/** The whole editor configuration (serialised to config.yml by the dev server). */
export function editorConfig(contentDir = 'content') {
  const collections = Object.entries(entryFolders).map(([key, f]) => {
    const schema = jsonSchema(key as keyof typeof entryFolders);
    const fields = velden(schema, { contentDir });
    const titel = TITELVELD.find((t) => fields.some((x) => x.name === t));
    const md = f.files === 'markdown';
    return {
      name: key,
      label: veldLabel(f.dir.replace(/-/g, ' ')),
      folder: `${contentDir}/${f.dir}`,
      extension: md ? 'mdx' : 'yaml',
      format: md ? 'frontmatter' : 'yaml',
      create: true,
      slug: '{{slug}}',
      ...(titel ? { identifier_field: titel, summary: `{{${titel}}}` } : {}),
      fields: md ? [...fields, { name: 'body', label: 'Tekst', widget: 'markdown' }] : fields,
    };
  });
  return {
    // Local mode: the editor opens the folder of this repository on the reader's own computer
    // (File System Access API); it makes no git calls. The repository below is only what Sveltia
    // needs to start; no one signs in to it.
    backend: { name: 'github', repo: 'samenwerkingswijzer/samenwerkingswijzer', branch: 'main' },
    locale: 'nl',
    media_folder: 'public/media',
    public_folder: '/media',
    editor: { preview: false },
    output: { yaml: { quote: 'none' } },
    collections,
  };
}
