import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { editorConfig, jsonSchema, RELATIES, type EditorVeld } from '../../src/admin/config.ts';
import { entryFolders } from '../../src/loaders/registry.ts';
import { voorRedacteur, veldPad } from '../../src/lib/redacteur.ts';

type Json = {
  properties?: Record<string, Json>;
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
  type?: unknown;
};

/** Every property path of a JSON schema ("deelnames[].bronnen[].bron"). */
function paden(s: Json, pre = ''): string[] {
  const out: string[] = [];
  const objecten = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  for (const o of objecten) {
    for (const [k, v] of Object.entries(o.properties ?? {})) {
      out.push(pre + k);
      out.push(...paden(v, `${pre}${k}.`));
    }
    if (o.items) out.push(...paden(o.items, pre.replace(/\.$/, '[].')));
  }
  return [...new Set(out)];
}
/** Every field path the editor offers. */
function veldPaden(fields: EditorVeld[], pre = ''): string[] {
  return fields.flatMap((f) => [
    pre + f.name,
    ...(f.fields ? veldPaden(f.fields, f.widget === 'list' ? `${pre}${f.name}[].` : `${pre}${f.name}.`) : []),
  ]);
}

describe('content editor configuration, generated from the zod schemas', () => {
  const config = editorConfig();
  it('has one collection per content folder, pointing at that folder', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(entryFolders).sort());
    for (const c of config.collections) expect(existsSync(c.folder)).toBe(true);
  });
  for (const key of Object.keys(entryFolders) as (keyof typeof entryFolders)[]) {
    it(`${key}: every schema field has an editor field`, () => {
      const schema = paden(jsonSchema(key));
      const editor = new Set(veldPaden(config.collections.find((c) => c.name === key)!.fields));
      // a union of objects is edited as its object variant; its other variants' fields still need a place
      const missing = schema.filter((p) => !editor.has(p) && !editor.has(p.replace(/\[\]\./g, '.')));
      expect(missing, `fields without an editor field in ${key}`).toEqual([]);
    });
  }
  it('turns enums into choices, ids into relations, citations into structured fields', () => {
    const org = config.collections.find((c) => c.name === 'organisaties')!;
    const soort = org.fields.find((f) => f.name === 'soort')!;
    expect(soort.widget).toBe('select');
    expect(soort.options).toContain('gemeente');
    const deelnames = org.fields.find((f) => f.name === 'deelnames')!;
    const casus = deelnames.fields!.find((f) => f.name === 'casus')!;
    expect(casus).toMatchObject({ widget: 'relation', collection: 'casussen' });
    const bronnen = deelnames.fields!.find((f) => f.name === 'bronnen')!;
    expect(bronnen.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['bron', 'plaats', 'detail']));
    const bron = bronnen.fields!.find((f) => f.name === 'bron')!;
    expect(bron.widget).toBe('select');
    expect(bron.options).toEqual(expect.arrayContaining(['it-platform-twente', 'awb']));
    for (const target of Object.values(RELATIES)) expect(Object.keys(entryFolders)).toContain(target);
  });
  it('runs in local mode with a Dutch interface', () => {
    expect(config.locale).toBe('nl');
    expect(config.backend.name).toBe('github');
  });
});

describe('content problems in plain Dutch for an editor', () => {
  it('names the field as the editor labels it, and the file without content/', () => {
    expect(
      voorRedacteur(
        'content/uittreding/it-platform-twente-voorziening.yaml: veld "opzegtermijn.maanden": Invalid input: expected number, received string',
      ),
    ).toBe(
      "Bij 'Opzegtermijn › Maanden' in uittreding/it-platform-twente-voorziening.yaml staat tekst, maar hier hoort een getal.",
    );
    expect(
      voorRedacteur(
        'content/organisaties/borne.yaml: veld "soort": Invalid option: expected one of "gemeente"|"provincie"',
      ),
    ).toBe(
      "Bij 'Soort' in organisaties/borne.yaml staat een waarde die niet in de lijst staat. Kies een van: gemeente, provincie.",
    );
    expect(
      voorRedacteur('content/casussen/x.yaml: veld "deelnemers.1.organisatie": onbekende organisatie "borne"'),
    ).toMatch(
      /^Bij 'Deelnemers › nr\. 2 › Organisatie' in casussen\/x\.yaml staat een verwijzing naar iets dat niet bestaat/,
    );
    expect(
      voorRedacteur('content/begrippen/oin.yaml: veld "term": Invalid input: expected string, received undefined'),
    ).toBe("Bij 'Term' in begrippen/oin.yaml ontbreekt een waarde. Dit veld is verplicht.");
    expect(veldPad('laatstGewijzigd')).toBe('Laatst gewijzigd');
  });
});
