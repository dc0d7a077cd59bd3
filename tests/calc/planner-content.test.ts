import { ContentError } from '../../src/lib/errors.ts';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadCalcRules } from '../../src/loaders/calc.ts';

import { index } from './helpers.ts';

const MAPPEN = ['uittreding', 'kostenverdeling', 'kosten', 'procedures', 'agenda'] as const;

/** A copy of the real rules in a temp folder, one file replaced by a broken variant. */
function kapot(dir: (typeof MAPPEN)[number], file: string, edit: (s: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'sww-planner-'));
  for (const d of MAPPEN) cpSync(join(process.cwd(), 'content', d), join(root, 'content', d), { recursive: true });
  const p = join(root, 'content', dir, file);
  const voor = readFileSync(p, 'utf8');
  const na = edit(voor);
  if (na === voor) throw new Error(`de test veranderde ${dir}/${file} niet`);
  writeFileSync(p, na);
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
      kapot('procedures', 'it-platform-toetreden.yaml', (s) =>
        s.replace('plaats: art-7\n        detail: 7.2 sub c', 'plaats: art-77\n        detail: 7.2 sub c'),
      ),
    );
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^content\/procedures\/it-platform-toetreden\.yaml: veld "stappen\.2\.bronnen\.0": bron "it-platform-twente" heeft geen artikel of sectie "art-77"/,
    );
  });
  it('rejects a cost line without a source and a range that runs backwards', () => {
    const p = fouten(
      kapot('kosten', 'gemeenschappelijke-regeling.yaml', (s) =>
        s.replace('{ van: 10000, tot: 15000,', '{ van: 15000, tot: 10000,'),
      ),
    );
    expect(p).toEqual([
      expect.stringMatching(
        /^content\/kosten\/gemeenschappelijke-regeling\.yaml: veld "posten\.1\.bedrag\.tot": "tot" is kleiner dan "van"/,
      ),
    ]);
  });
  it('rejects an agenda item for an unknown case or unknown exit rules', () => {
    const p = fouten(
      kapot('agenda', 'vth-evaluatie.yaml', (s) =>
        s.replace('casussen: [vth-omgevingsrecht-twente]', 'casussen: [vth-drenthe]'),
      ),
    );
    expect(p).toEqual([
      'content/agenda/vth-evaluatie.yaml: veld "casussen.0": onbekende casus "vth-drenthe" (niet in content/casussen/)',
    ]);
    const q = fouten(
      kapot('agenda', 'it-platform-opzeggen.yaml', (s) =>
        s.replace('uittreding: it-platform-twente,', 'uittreding: vth-drenthe,'),
      ),
    );
    expect(q).toEqual([
      'content/agenda/it-platform-opzeggen.yaml: veld "regel.uittreding": onbekende uittredingsregels "vth-drenthe" (niet in content/uittreding/)',
    ]);
    const r = fouten(
      kapot('agenda', 'it-platform-opzeggen.yaml', (s) =>
        s.replace(
          '{ soort: opzegging, uittreding: it-platform-twente, startDeelname: 2022-01-01 }',
          '{ soort: opzegging-voor-einde-looptijd, uittreding: it-platform-twente }',
        ),
      ),
    );
    expect(r).toEqual([
      'content/agenda/it-platform-opzeggen.yaml: veld "regel.uittreding": de uittredingsregels "it-platform-twente" hebben geen looptijd',
    ]);
  });
  it('rejects a fixed term without a number and a wrong rule kind', () => {
    const p = fouten(
      kapot('procedures', 'wgr-regeling.yaml', (s) =>
        s.replace(
          '{ soort: wet, eenheid: weken, aantal: 8, uiterlijk: true }',
          '{ soort: wet, eenheid: weken, uiterlijk: true }',
        ),
      ),
    );
    expect(p[0]).toMatch(/^content\/procedures\/wgr-regeling\.yaml: veld "stappen\.1\.duur\.aantal"/);
    const q = fouten(kapot('agenda', 'it-platform-audit.yaml', (s) => s.replace('soort: jaren', 'soort: soms')));
    expect(q[0]).toMatch(/^content\/agenda\/it-platform-audit\.yaml: veld "regel\.soort"/);
  });
});
