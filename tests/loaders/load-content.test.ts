/**
 * The one content loader (src/loaders/load-content.ts) on the minimal fixture
 * (tests/fixtures/content-min/) broken by one change: each must fail the loader the build uses (the
 * content layer's validatedLoader and kb.ts both call loadContent) AND
 * `npm run check:content` (the script, run as a child process), with the
 * file and the field named.
 */
import { ContentError } from '../../src/lib/errors.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, loadContent } from '../../src/loaders/load-content.ts';
import { validatedLoader } from '../../src/loaders/content-layer.ts';
import { entryFolders, EXTENSIONS } from '../../src/loaders/registry.ts';
import { editData, minimalContent } from './helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  expect(roots.filter(existsSync)).toEqual([]);
});

/** The minimal fixture with `edit` applied; returns its content folder. */
function broken(edit: (contentDir: string) => void): string {
  const root = minimalContent();
  roots.push(root);
  const dir = join(root, 'content');
  edit(dir);
  return dir;
}

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('expected a ContentError');
};

/** `npm run check:content` on a folder: its exit code and its output. */
function checkScript(dir: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** What the content layer does in `astro build`: the wrapped loader throws before the collection's own loader runs. */
async function buildLoaderProblems(dir: string): Promise<{ problems: string[]; innerRan: boolean }> {
  let innerRan = false;
  const loader = validatedLoader(dir, { name: 'inner', load: async () => void (innerRan = true) });
  try {
    await loader.load({} as Parameters<typeof loader.load>[0]);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return { problems: (e as ContentError).problems, innerRan };
  }
  return { problems: [], innerRan };
}

/** `script: true`: also run `npm run check:content` as a child process (slow; the two cases). */
const fixtures: { name: string; edit: (dir: string) => void; expect: string[]; script?: boolean }[] = [
  {
    name: 'a duplicate id (regeling.yml beside regeling.yaml)',
    edit: (dir) => copyFileSync(join(dir, 'begrippen/regeling.yaml'), join(dir, 'begrippen/regeling.yml')),
    expect: [
      'content/begrippen/regeling.yml: dubbele id "regeling" in begrippen (ook content/begrippen/regeling.yaml): twee bestanden met dezelfde naam geven dezelfde id en URL; verwijder er één',
    ],
    script: true,
  },
  {
    name: 'a duplicate id in the explorer (doelen/ict.yml beside doelen/ict.yaml)',
    edit: (dir) => copyFileSync(join(dir, 'verkenner/doelen/ict.yaml'), join(dir, 'verkenner/doelen/ict.yml')),
    expect: [
      'content/verkenner/doelen/ict.yml: dubbele id "ict" (ook content/verkenner/doelen/ict.yaml): twee bestanden met dezelfde naam; verwijder er één',
    ],
  },
  {
    name: 'a broken rule (ernst: heel-erg)',
    edit: (dir) =>
      editData(join(dir, 'regels/applicatierationalisatie.yaml'), (d) => {
        d.regels[0].ernst = 'heel-erg';
      }),
    expect: [
      'content/regels/applicatierationalisatie.yaml: veld "regels.0.ernst": Invalid option: expected one of "nvt"|"beheersbaar"|"aanzienlijk"|"blokkerend"',
      // the invalid file is left out, so its obstacle has no rules
      'content/regels: belemmering "applicatierationalisatie" heeft geen regels (maak content/regels/applicatierationalisatie.yaml)',
    ],
    script: true,
  },
  {
    name: 'an unknown field in an explorer answer',
    edit: (dir) =>
      editData(join(dir, 'verkenner/vragen.yaml'), (d) => {
        d.vragen[0].opties[0].kleur = 'blauw';
      }),
    expect: [
      'content/verkenner/vragen.yaml: veld "vragen.0.opties.0": Unrecognized key: "kleur"',
      // without a valid vragen.yaml no goal is an answer to "doel"
      'content/verkenner/doelen/ict.yaml: geen antwoord op de vraag "doel" heet zo',
      'content/verkenner/doelen/inkoop.yaml: geen antwoord op de vraag "doel" heet zo',
    ],
  },
  {
    name: 'an unknown procedure in an explorer route',
    edit: (dir) =>
      editData(join(dir, 'verkenner/routes.yaml'), (d) => {
        d.routes[0].rekenhulp.procedures[0] = 'nergens';
      }),
    expect: [
      'content/verkenner/routes.yaml: veld "routes.0.rekenhulp.procedures.0": onbekende procedure "nergens" (niet in content/procedures/)',
    ],
  },
  {
    name: 'an unknown article in a calculator rule',
    edit: (dir) =>
      editData(join(dir, 'kostenverdeling/bijdrage-a.yaml'), (d) => {
        d.uitleg.bronnen[0].plaats = 'art-99';
      }),
    expect: [
      'content/kostenverdeling/bijdrage-a.yaml: veld "uitleg.bronnen.0": bron "regeling-a" heeft geen artikel of sectie "art-99" (bekend: art-1, art-2)',
    ],
  },
  {
    name: 'an unknown folder',
    edit: (dir) => {
      mkdirSync(join(dir, 'begrip'));
      writeFileSync(join(dir, 'begrip/x.yaml'), 'term: x\n');
    },
    expect: [
      'content/begrip/: onbekende map; voeg haar toe aan src/loaders/registry.ts (map, soort bestanden, schema) of verplaats de bestanden (bekend: bronnen, externe-bronnen, vormen, belemmeringen, casussen, organisaties, begrippen, regelingen, regels, feiten, uittreding, kostenverdeling, kosten, procedures, agenda, verkenner, import)',
    ],
  },
  {
    name: 'a file of the wrong type in a folder',
    edit: (dir) => writeFileSync(join(dir, 'casussen/notities.txt'), 'los'),
    expect: ['content/casussen/notities.txt: bestandstype hoort niet in casussen/ (verwacht .yaml of .yml)'],
  },
  {
    name: 'a KING obstacle left out (with its rules)',
    edit: (dir) => {
      rmSync(join(dir, 'belemmeringen/virtualisatie.yaml'));
      rmSync(join(dir, 'regels/virtualisatie.yaml'));
    },
    expect: [
      'content/belemmeringen: belemmering "virtualisatie" (KING) ontbreekt; de motor geeft voor elke vorm alle 15 belemmeringen',
    ],
  },
];

// each case is the minimal fixture (tests/fixtures/content-min/) plus one change
describe('broken content fails the build loader and check:content alike', { timeout: 60_000 }, () => {
  for (const f of fixtures)
    it(`rejects ${f.name}`, async () => {
      const dir = broken(f.edit);
      // the loader of `astro build` (content layer): it throws before the collection loads
      const build = await buildLoaderProblems(dir);
      expect(build.innerRan).toBe(false);
      expect(build.problems).toEqual(f.expect);
      if (!f.script) return;
      // npm run check:content: exit code 1 and the same messages
      const script = checkScript(dir);
      expect(script.status).toBe(1);
      for (const p of f.expect) expect(script.out).toContain(p);
    });
});

describe('the real content through the one loader', { timeout: 60_000 }, () => {
  const { problems, content } = checkContent(join(process.cwd(), 'content'));

  it('has no problem at all (checkContent and loadContent agree)', () => {
    expect(problems).toEqual([]);
    expect(problemsOf(() => loadContent(join(process.cwd(), 'content', 'bestaat-niet')))).toEqual([
      expect.stringMatching(/map met inhoud niet gevonden/),
    ]);
  });

  it('loads every file of every registered folder, each exactly once', () => {
    for (const [key, spec] of Object.entries(entryFolders)) {
      const onDisk = readdirSync(join('content', spec.dir))
        .filter((f) => EXTENSIONS[spec.files].test(f))
        .map((f) => f.replace(/\.[a-z]+$/, ''))
        .sort();
      const loaded = (content![key as keyof typeof entryFolders] as { id: string }[]).map((e) => e.id).sort();
      expect(loaded, key).toEqual(onDisk);
    }
  });

  it('orders forms and obstacles by their `volgorde`, as the pages show them', () => {
    for (const list of [content!.vormen, content!.belemmeringen]) {
      const v = list.map((e) => e.data.volgorde);
      expect(v).toEqual([...v].sort((a, b) => a - b));
      expect(new Set(v).size).toBe(v.length);
    }
  });

  it('passes the check script with exit code 0', () => {
    const r = checkScript(join(process.cwd(), 'content'));
    expect(r.out).toMatch(/^Inhoud geldig\. bronnen: 5, /);
    expect(r.status).toBe(0);
  });
});
