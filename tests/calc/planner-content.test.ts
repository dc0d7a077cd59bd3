import { ContentError } from '../../src/lib/errors.ts';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadCalcRules } from '../../src/loaders/calc.ts';

import { index } from './helpers.ts';
import { editData } from '../loaders/helpers.ts';

const MAPPEN = ['uittreding', 'kostenverdeling', 'kosten', 'procedures', 'agenda'] as const;

/** A copy of the real rules in a temp folder, one file replaced by a broken variant. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function kapot(dir: (typeof MAPPEN)[number], file: string, edit: (d: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-planner-'));
  for (const d of MAPPEN) cpSync(join(process.cwd(), 'content', d), join(root, 'content', d), { recursive: true });
  editData(join(root, 'content', dir, file), edit);
  return root;
}
function fouten(root: string): string[] {
  try {
    loadCalcRules(join(root, 'content'), index());
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('verwachtte een ContentError');
}

describe('content of costs, procedures and agenda', () => {
  it('rejects an unknown article in a procedure step, naming file and field', () => {
    const p = fouten(
      kapot('procedures', 'it-platform-toetreden.yaml', (d) => {
        d.stappen[2].bronnen[0].plaats = 'art-77';
      }),
    );
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^content\/procedures\/it-platform-toetreden\.yaml: veld "stappen\.2\.bronnen\.0": bron "it-platform-twente" heeft geen artikel of sectie "art-77"/,
    );
  });
  it('rejects a cost line without a source and a range that runs backwards', () => {
    const p = fouten(
      kapot('kosten', 'gemeenschappelijke-regeling.yaml', (d) => {
        Object.assign(d.posten[1].bedrag, { van: 15000, tot: 10000 });
      }),
    );
    expect(p).toEqual([
      expect.stringMatching(
        /^content\/kosten\/gemeenschappelijke-regeling\.yaml: veld "posten\.1\.bedrag\.tot": "tot" is kleiner dan "van"/,
      ),
    ]);
  });
  it('rejects an agenda item for an unknown case or unknown exit rules', () => {
    const p = fouten(
      kapot('agenda', 'vth-evaluatie.yaml', (d) => {
        d.casussen = ['vth-drenthe'];
      }),
    );
    expect(p).toEqual([
      'content/agenda/vth-evaluatie.yaml: veld "casussen.0": onbekende casus "vth-drenthe" (niet in content/casussen/)',
    ]);
    const q = fouten(
      kapot('agenda', 'it-platform-opzeggen.yaml', (d) => {
        d.regel.uittreding = 'vth-drenthe';
      }),
    );
    expect(q).toEqual([
      'content/agenda/it-platform-opzeggen.yaml: veld "regel.uittreding": onbekende uittredingsregels "vth-drenthe" (niet in content/uittreding/)',
    ]);
    const r = fouten(
      kapot('agenda', 'it-platform-opzeggen.yaml', (d) => {
        d.regel = { soort: 'opzegging-voor-einde-looptijd', uittreding: 'it-platform-twente' };
      }),
    );
    expect(r).toEqual([
      'content/agenda/it-platform-opzeggen.yaml: veld "regel.uittreding": de uittredingsregels "it-platform-twente" hebben geen looptijd',
    ]);
  });
  it('rejects a fixed term without a number and a wrong rule kind', () => {
    const p = fouten(
      kapot('procedures', 'wgr-regeling.yaml', (d) => {
        delete d.stappen[1].duur.aantal;
      }),
    );
    expect(p[0]).toMatch(/^content\/procedures\/wgr-regeling\.yaml: veld "stappen\.1\.duur\.aantal"/);
    const q = fouten(
      kapot('agenda', 'it-platform-audit.yaml', (d) => {
        d.regel.soort = 'soms';
      }),
    );
    expect(q[0]).toMatch(/^content\/agenda\/it-platform-audit\.yaml: veld "regel\.soort"/);
  });
});
