// The content of costs, procedures and agenda: each broken case is the minimal fixture (tests/fixtures/content-min/) plus one change.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { editData, problemsAfter } from '../loaders/helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const broken = (file: string, edit: (d: any) => void): string[] =>
  problemsAfter((dir) => editData(join(dir, file), edit));

describe('content of costs, procedures and agenda', () => {
  it('rejects an unknown article in a procedure step, naming file and field', () => {
    expect(
      broken('procedures/procedure-a.yaml', (d) => {
        d.stappen[2].bronnen[0].plaats = 'art-77';
      }),
    ).toEqual([
      'content/procedures/procedure-a.yaml: veld "stappen.2.bronnen.0": bron "regeling-a" heeft geen artikel of sectie "art-77" (bekend: art-1, art-2)',
    ]);
  });
  it('rejects a cost range that runs backwards', () => {
    expect(
      broken('kosten/kosten-a.yaml', (d) => {
        Object.assign(d.posten[1].bedrag, { van: 15000, tot: 10000 });
      }),
    ).toEqual([
      'content/kosten/kosten-a.yaml: veld "posten.1.bedrag.tot": "tot" is kleiner dan "van"',
      // the invalid file is left out, so the explorer's route names an unknown cost route
      'content/verkenner/routes.yaml: veld "routes.0.rekenhulp.kosten": onbekende kostenroute "kosten-a" (niet in content/kosten/)',
    ]);
  });
  it('rejects an agenda item for an unknown case or unknown exit rules', () => {
    expect(
      broken('agenda/opzeggen-a.yaml', (d) => {
        d.casussen = ['casus-b'];
      }),
    ).toEqual([
      'content/agenda/opzeggen-a.yaml: veld "casussen.0": onbekende casus "casus-b" (niet in content/casussen/)',
    ]);
    expect(
      broken('agenda/opzeggen-a.yaml', (d) => {
        d.regel.uittreding = 'uittreden-b';
      }),
    ).toEqual([
      'content/agenda/opzeggen-a.yaml: veld "regel.uittreding": onbekende uittredingsregels "uittreden-b" (niet in content/uittreding/)',
    ]);
  });
  it('rejects a deadline before the end of a term when the exit rules have no term', () => {
    expect(
      broken('uittreding/uittreden-a.yaml', (d) => {
        delete d.looptijd;
      }),
    ).toEqual([
      'content/agenda/opzeggen-a.yaml: veld "regel.uittreding": de uittredingsregels "uittreden-a" hebben geen looptijd',
    ]);
  });
  it('rejects a fixed term without a number and a wrong rule kind', () => {
    expect(
      broken('procedures/procedure-a.yaml', (d) => {
        delete d.stappen[1].duur.aantal;
      }),
    ).toEqual([
      'content/procedures/procedure-a.yaml: veld "stappen.1.duur.aantal": Invalid input: expected number, received undefined',
      'content/verkenner/routes.yaml: veld "routes.0.rekenhulp.procedures.0": onbekende procedure "procedure-a" (niet in content/procedures/)',
    ]);
    expect(
      broken('agenda/opzeggen-a.yaml', (d) => {
        d.regel.soort = 'soms';
      }),
    ).toEqual([
      "content/agenda/opzeggen-a.yaml: veld \"regel.soort\": Invalid discriminator value. Expected 'vast' | 'periode' | 'jaarlijks' | 'jaren' | 'opzegging' | 'opzegging-voor-einde-looptijd' | 'niet-vastgesteld'",
    ]);
  });
});
