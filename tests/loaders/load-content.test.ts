/**
 * The one content loader (src/loaders/load-content.ts) on broken copies of the
 * real content: each broken fixture must fail the loader the build uses (the
 * content layer's validatedLoader and kb.ts both call loadContent) AND
 * `npm run check:content` (the script, run as a child process), with the
 * file and the field named.
 */
import { ContentError } from '../../src/lib/errors.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, loadContent } from '../../src/loaders/load-content.ts';
import { validatedLoader } from '../../src/loaders/content-layer.ts';
import { entryFolders, EXTENSIONS } from '../../src/loaders/registry.ts';
import { contentCopy, editData } from './helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  expect(roots.filter(existsSync)).toEqual([]);
});

/** A copy of content/ with `edit` applied; returns the content folder. */
function broken(edit: (contentDir: string) => void): string {
  const root = contentCopy();
  roots.push(root);
  const dir = join(root, 'content');
  edit(dir);
  return dir;
}
const replaceIn = (dir: string, rel: string, from: string | RegExp, to: string) => {
  const p = join(dir, rel);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after, `fixture edit of ${rel} must change it`).not.toBe(before);
  writeFileSync(p, after);
};

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

/** `script: true`: also run `npm run check:content` as a child process (slow; the issue's two cases). */
const fixtures: { name: string; edit: (dir: string) => void; expect: RegExp; script?: boolean }[] = [
  {
    name: 'a duplicate id (oin.yml beside oin.yaml)',
    edit: (dir) => writeFileSync(join(dir, 'begrippen/oin.yml'), readFileSync(join(dir, 'begrippen/oin.yaml'))),
    expect: /^content\/begrippen\/oin\.yml: dubbele id "oin" in begrippen \(ook content\/begrippen\/oin\.yaml\)/,
    script: true,
  },
  {
    name: 'a duplicate id in the explorer (doelen/fg.yml beside doelen/fg.yaml)',
    edit: (dir) =>
      writeFileSync(join(dir, 'verkenner/doelen/fg.yml'), readFileSync(join(dir, 'verkenner/doelen/fg.yaml'))),
    expect: /^content\/verkenner\/doelen\/fg\.yml: dubbele id "fg" \(ook content\/verkenner\/doelen\/fg\.yaml\)/,
  },
  {
    name: 'a broken rule (ernst: heel-erg)',
    edit: (dir) => replaceIn(dir, 'regels/applicatierationalisatie.yaml', 'ernst: beheersbaar', 'ernst: heel-erg'),
    expect: /^content\/regels\/applicatierationalisatie\.yaml: veld "regels\.0\.ernst": /,
    script: true,
  },
  {
    name: 'an unknown field in an explorer answer',
    edit: (dir) =>
      replaceIn(dir, 'verkenner/vragen.yaml', 'label: Samen inkopen\n', 'label: Samen inkopen\n        kleur: blauw\n'),
    expect: /^content\/verkenner\/vragen\.yaml: veld "vragen\.0\.opties\.\d+(\.kleur)?": .*kleur/,
  },
  {
    name: 'an unknown procedure in an explorer route',
    edit: (dir) =>
      editData(join(dir, 'verkenner/routes.yaml'), (d) => {
        d.routes[0].rekenhulp.procedures[1] = 'nergens';
      }),
    expect:
      /^content\/verkenner\/routes\.yaml: veld "routes\.0\.rekenhulp\.procedures\.1": onbekende procedure "nergens"/,
  },
  {
    name: 'an unknown article in a calculator rule',
    edit: (dir) => replaceIn(dir, 'kostenverdeling/it-rdng.yaml', 'plaats: art-10', 'plaats: art-99'),
    expect:
      /^content\/kostenverdeling\/it-rdng\.yaml: veld "[^"]+": bron "it-platform-twente" heeft geen artikel of sectie "art-99"/,
  },
  {
    name: 'an unknown folder',
    edit: (dir) => {
      mkdirSync(join(dir, 'begrip'));
      writeFileSync(join(dir, 'begrip/x.yaml'), 'term: x\n');
    },
    expect: /^content\/begrip\/: onbekende map; voeg haar toe aan src\/loaders\/registry\.ts/,
  },
  {
    name: 'a file of the wrong type in a folder',
    edit: (dir) => writeFileSync(join(dir, 'casussen/notities.txt'), 'los'),
    expect: /^content\/casussen\/notities\.txt: bestandstype hoort niet in casussen\//,
  },
];

// each case copies content/, loads it twice and runs the check script: slow on a busy machine
describe('broken content fails the build loader and check:content alike', { timeout: 60_000 }, () => {
  for (const f of fixtures)
    it(`rejects ${f.name}`, async () => {
      const dir = broken(f.edit);
      // the loader of `astro build` (content layer): it throws before the collection loads
      const build = await buildLoaderProblems(dir);
      expect(build.innerRan).toBe(false);
      const problem = build.problems.find((p) => f.expect.test(p));
      expect(problem, build.problems.join('\n')).toBeDefined();
      if (!f.script) return;
      // npm run check:content: exit code 1 and the same message
      const script = checkScript(dir);
      expect(script.status).toBe(1);
      expect(script.out).toContain(problem);
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
