import { ContentError } from '../../src/lib/errors.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadCalcRules } from '../../src/loaders/calc.ts';

import { index, regels } from './helpers.ts';
import { editData } from '../loaders/helpers.ts';

const tempRoots: string[] = [];
afterAll(() => {
  for (const r of tempRoots) rmSync(r, { recursive: true, force: true });
  // the clean-up itself is checked: no temp folder of this file is left behind
  expect(tempRoots.filter((r) => existsSync(r))).toEqual([]);
});

/** A copy of the real rules in a temp folder (removed after the tests), one file replaced by a broken variant. Returns the content folder. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function kapot(dir: 'uittreding' | 'kostenverdeling', file: string, edit: (d: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-calc-'));
  tempRoots.push(root);
  for (const d of ['uittreding', 'kostenverdeling'])
    cpSync(join(process.cwd(), 'content', d), join(root, 'content', d), { recursive: true });
  editData(join(root, 'content', dir, file), edit);
  return join(root, 'content');
}
function fouten(contentDir: string): string[] {
  try {
    loadCalcRules(contentDir, index());
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('verwachtte een ContentError');
}

describe('rules data files', () => {
  it('the real files are valid and complete', () => {
    const r = regels();
    expect(r.uittreding.map((u) => u.id)).toEqual([
      'it-platform-twente',
      'it-platform-twente-voorziening',
      'vth-twente',
    ]);
    expect(r.kostenverdeling.map((k) => k.id)).toEqual([
      'it-algemene-kosten',
      'it-rdng',
      'it-digikoppeling-esb',
      'it-sso-twentecloud',
      'it-ggi',
      'it-govroam',
      'vth-bijdrage-fte',
      'vth-kerngroep',
      'vth-variabele-bijdrage',
    ]);
  });
  it('rejects an unknown article, naming file and field', () => {
    const p = fouten(
      kapot('uittreding', 'it-platform-twente.yaml', (d) => {
        d.opzegtermijn.bronnen[0].plaats = 'art-99';
      }),
    );
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^content\/uittreding\/it-platform-twente\.yaml: veld "opzegtermijn\.bronnen\.0": bron "it-platform-twente" heeft geen artikel of sectie "art-99"/,
    );
  });
  it('rejects an unknown source, naming file and field', () => {
    const p = fouten(
      kapot('kostenverdeling', 'it-rdng.yaml', (d) => {
        d.voorbehouden[0].bronnen[0] = { bron: 'bestaat-niet', plaats: 'art-10' };
      }),
    );
    expect(p).toEqual([
      'content/kostenverdeling/it-rdng.yaml: veld "voorbehouden.0.bronnen.0": onbekende bron "bestaat-niet"',
    ]);
  });
  it('rejects an unknown regeling and schema errors with file and field', () => {
    const p = fouten(
      kapot('uittreding', 'vth-twente.yaml', (d) => {
        d.regeling = 'vth-drenthe';
        d.opzegtermijn.maanden = -24;
      }),
    );
    expect(p).toContain(
      'content/uittreding/vth-twente.yaml: veld "opzegtermijn.maanden": Too small: expected number to be >0',
    );
    const q = fouten(
      kapot('uittreding', 'vth-twente.yaml', (d) => {
        d.regeling = 'vth-drenthe';
      }),
    );
    expect(q).toEqual([
      'content/uittreding/vth-twente.yaml: veld "regeling": onbekende bron "vth-drenthe" (niet in content/bronnen/)',
    ]);
  });
  it('rejects rules that are inconsistent', () => {
    const p = fouten(
      kapot('uittreding', 'vth-twente.yaml', (d) => {
        d.instemming = [];
      }),
    );
    expect(p).toEqual([
      'content/uittreding/vth-twente.yaml: veld "instemming": de opzegtermijn loopt vanaf de instemming, maar er staat geen instemming in de regels',
    ]);
    const q = fouten(
      kapot('kostenverdeling', 'vth-kerngroep.yaml', (d) => {
        delete d.bedrag;
      }),
    );
    expect(q).toEqual([
      'content/kostenverdeling/vth-kerngroep.yaml: veld "bedrag": methode vast-per-deelnemer heeft "bedrag" nodig',
    ]);
  });
});
