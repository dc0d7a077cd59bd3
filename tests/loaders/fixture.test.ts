/**
 * The minimal content fixture (tests/fixtures/content-min/, see minimalContent in ./helpers.ts) on
 * which every failure mode of the content is tested: it must be valid, or a broken case could fail
 * for another reason than its one change; and each file it needs must be needed, or it is not minimal.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/loaders/load-content.ts';
import { problemsAfter } from './helpers.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'content-min');
/** The folders a valid content folder cannot do without; the others hold one entry each to break. */
const REQUIRED = ['bronnen', 'organisaties', 'belemmeringen', 'regels', 'verkenner'];
const filesOf = (dir: string): string[] =>
  readdirSync(join(FIXTURE, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(FIXTURE.length + 1));

describe('the minimal content fixture', () => {
  it('is valid: the loader finds no problem and loads one entry of each kind', () => {
    const { problems, content } = checkContent(FIXTURE);
    expect(problems).toEqual([]);
    expect(content?.belemmeringen).toHaveLength(15);
    for (const k of [
      'vormen',
      'casussen',
      'begrippen',
      'uittreding',
      'kostenverdeling',
      'kosten',
      'procedures',
    ] as const)
      expect(content?.[k], k).toHaveLength(1);
    expect(content?.agenda).toHaveLength(1);
    expect(Object.keys(content?.verkenner.doelen ?? {})).toEqual(['inkoop', 'ict']);
  });

  it('is minimal: without any one file of a required folder the content is invalid', () => {
    // the 15 obstacles and their rule files are alike: the first of each stands for the other 14
    const files = REQUIRED.flatMap(filesOf).filter(
      (f) => !/^(belemmeringen|regels)\/(?!applicatierationalisatie)/.test(f),
    );
    expect(files).toHaveLength(12);
    for (const f of files)
      expect(
        problemsAfter((dir) => rmSync(join(dir, f))),
        f,
      ).not.toEqual([]);
  });
});
