import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { regels } from './helpers.ts';
import { editData, problemsAfter } from '../loaders/helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const broken = (file: string, edit: (d: any) => void): string[] =>
  problemsAfter((dir) => editData(join(dir, file), edit));

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
  // each broken case is the minimal fixture (tests/fixtures/content-min/) plus one change
  it('rejects an unknown article, naming file and field', () => {
    expect(
      broken('uittreding/uittreden-a.yaml', (d) => {
        d.opzegtermijn.bronnen[0].plaats = 'art-99';
      }),
    ).toEqual([
      'content/uittreding/uittreden-a.yaml: veld "opzegtermijn.bronnen.0": bron "regeling-a" heeft geen artikel of sectie "art-99" (bekend: art-1, art-2)',
    ]);
  });
  it('rejects an unknown source, naming file and field', () => {
    expect(
      broken('kostenverdeling/bijdrage-a.yaml', (d) => {
        d.voorbehouden[0].bronnen[0] = { bron: 'bestaat-niet', plaats: 'art-1' };
      }),
    ).toEqual([
      'content/kostenverdeling/bijdrage-a.yaml: veld "voorbehouden.0.bronnen.0": onbekende bron "bestaat-niet"',
    ]);
  });
  it('rejects an unknown regeling and schema errors with file and field', () => {
    expect(
      broken('uittreding/uittreden-a.yaml', (d) => {
        d.opzegtermijn.maanden = -24;
      }),
    ).toEqual([
      'content/uittreding/uittreden-a.yaml: veld "opzegtermijn.maanden": Too small: expected number to be >0',
      // the invalid file is left out, so the agenda item that counts from it names unknown exit rules
      'content/agenda/opzeggen-a.yaml: veld "regel.uittreding": onbekende uittredingsregels "uittreden-a" (niet in content/uittreding/)',
    ]);
    expect(
      broken('uittreding/uittreden-a.yaml', (d) => {
        d.regeling = 'regeling-b';
      }),
    ).toEqual([
      'content/uittreding/uittreden-a.yaml: veld "regeling": onbekende bron "regeling-b" (niet in content/bronnen/)',
    ]);
  });
  it('rejects rules that are inconsistent', () => {
    expect(
      broken('uittreding/uittreden-a.yaml', (d) => {
        d.instemming = [];
      }),
    ).toEqual([
      'content/uittreding/uittreden-a.yaml: veld "instemming": de opzegtermijn loopt vanaf de instemming, maar er staat geen instemming in de regels',
      'content/agenda/opzeggen-a.yaml: veld "regel.uittreding": onbekende uittredingsregels "uittreden-a" (niet in content/uittreding/)',
    ]);
    expect(
      broken('kostenverdeling/bijdrage-a.yaml', (d) => {
        delete d.bedrag;
      }),
    ).toEqual([
      'content/kostenverdeling/bijdrage-a.yaml: veld "bedrag": methode vast-per-deelnemer heeft "bedrag" nodig',
    ]);
  });
});
