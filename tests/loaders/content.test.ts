import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/loaders/load-content.ts';
import { kingBelemmeringen } from '../../src/schemas/situation-fields.ts';
import { editData, problemsAfter } from './helpers.ts';

describe('the real content', () => {
  const kb = loadKnowledgeBase();

  // that the real content has no problem at all is asserted once, in tests/loaders/load-content.test.ts

  it('has every form of cooperation the brief names', () => {
    expect(kb.vormen.map((v) => v.id).sort()).toEqual(
      [
        'aansluiten-voorziening',
        'bedrijfsvoeringsorganisatie',
        'centrumgemeente',
        'detachering',
        'dvo',
        'gemeenschappelijk-orgaan',
        'lichte-regeling',
        'lichte-regeling-met-gastheer',
        'openbaar-lichaam',
        'privaatrechtelijk',
      ].sort(),
    );
  });

  it('has every KING obstacle the brief lists, in its theme', () => {
    const expected: Record<string, string[]> = {
      gegevens: ['doelbinding', 'oneigenlijk-gebruik', 'juridische-status-basisregistraties', 'papierwinkel'],
      infrastructuur: [
        'geen-gezamenlijke-oin',
        'multi-tenancy',
        'digid-audits',
        'protocollen-handleidingen',
        'private-toegang',
        'virtualisatie',
      ],
      harmonisatie: [
        'beleidsregels',
        'licentiemodellen',
        'incongruente-samenwerking',
        'opdrachtgeverschap-informatiebeveiliging',
        'applicatierationalisatie',
      ],
    };
    for (const [thema, ids] of Object.entries(expected))
      for (const id of ids) expect(kb.belemmeringen.find((b) => b.id === id)?.data.thema, id).toBe(thema);
  });

  it('has the five source documents, each an exact copy of its seed text', () => {
    expect(kb.bronnen.map((b) => b.id).sort()).toEqual([
      'it-platform-twente',
      'king-2015',
      'motie-hof-van-twente',
      'raadsbrief-ict-hengelo',
      'vth-twente',
    ]);
    for (const b of kb.bronnen) {
      const text = readFileSync(join('content/bronnen/tekst', b.data.tekstbestand), 'utf8');
      expect(text.length, b.id).toBeGreaterThan(1000);
    }
  });

  it('has a section heading on the line each section says it starts', () => {
    for (const b of kb.bronnen) {
      const lines = readFileSync(join('content/bronnen/tekst', b.data.tekstbestand), 'utf8').split('\n');
      for (const s of b.data.secties) {
        const line = lines[s.regel - 1].replace(/\s+/g, ' ').toLowerCase();
        const where = `${b.id}#${s.id} regel ${s.regel}`;
        expect(line.trim(), where).not.toBe('');
        const art = /^art-(\d+)$/.exec(s.id);
        if (art) expect(line, where).toMatch(new RegExp(`artikel ${art[1]}\\b`));
        const h = /^h(\d)(?:-(\d))?$/.exec(s.id);
        if (h) expect(line, where).toContain(h[2] ? `${h[1]}.${h[2]}` : h[1]);
        if (s.id.startsWith('bijlage-')) expect(line, where).toContain('bijlage');
      }
    }
  });

  it('has the 14 Twente municipalities', () => {
    expect(kb.organisaties.filter((o) => o.data.soort === 'gemeente' && o.data.twente)).toHaveLength(14);
  });

  it('has the Twente cases and every KING interviewee', () => {
    for (const id of [
      'it-platform-twente',
      'samenwerking-ict-hengelo',
      'vth-omgevingsrecht-twente',
      'serviceorganisatie-zuid-holland-zuid',
      'ict-bureau-westerkwartier',
      'equalit',
      'dimpact',
      'dienst-szw-noardwest-fryslan',
    ])
      expect(
        kb.casussen.some((c) => c.id === id),
        id,
      ).toBe(true);
  });

  it('has the glossary terms a council member needs', () => {
    for (const id of [
      'wgr',
      'oin',
      'digid',
      'eherkenning',
      'brp',
      'gba-v',
      'nhr',
      'bag',
      'ggk',
      'gemnet',
      'ggi',
      'piofjach',
      'mandaat',
      'delegatie',
      'volmacht',
      'verwerkersovereenkomst',
      'soc',
      'ciso',
      'fg',
    ])
      expect(
        kb.begrippen.some((b) => b.id === id),
        id,
      ).toBe(true);
  });
});

// each case is the minimal fixture (tests/fixtures/content-min/) plus one change
describe('broken content fails with the file and the field named', () => {
  const cases: { name: string; edit: (dir: string) => void; expect: string[] }[] = [
    {
      name: 'a missing field',
      edit: (dir) =>
        editData(join(dir, 'belemmeringen/digid-audits.yaml'), (d) => {
          delete d.samenvatting;
        }),
      expect: [
        'content/belemmeringen/digid-audits.yaml: veld "samenvatting": Invalid input: expected string, received undefined',
        // the invalid file is left out: its rules name an obstacle that is then unknown, and KING's set is short of one
        `content/regels/digid-audits.yaml: veld "belemmering": onbekende belemmering "digid-audits" (bekend: ${kingBelemmeringen
          .map(([id]) => id)
          .filter((id) => id !== 'digid-audits')
          .join(', ')})`,
        'content/belemmeringen: belemmering "digid-audits" (KING) ontbreekt; de motor geeft voor elke vorm alle 15 belemmeringen',
      ],
    },
    {
      name: 'an unknown source',
      edit: (dir) =>
        editData(join(dir, 'belemmeringen/digid-audits.yaml'), (d) => {
          d.bron.bron = 'regeling-b';
        }),
      expect: ['content/belemmeringen/digid-audits.yaml: veld "bron": onbekende bron "regeling-b"'],
    },
    {
      name: 'an unknown article',
      edit: (dir) =>
        editData(join(dir, 'belemmeringen/digid-audits.yaml'), (d) => {
          d.bron.plaats = 'art-99';
        }),
      expect: [
        'content/belemmeringen/digid-audits.yaml: veld "bron": bron "regeling-a" heeft geen artikel of sectie "art-99" (bekend: art-1, art-2)',
      ],
    },
    {
      name: 'an unknown form',
      edit: (dir) =>
        editData(join(dir, 'casussen/casus-a.yaml'), (d) => {
          d.vorm = 'federatie';
        }),
      expect: ['content/casussen/casus-a.yaml: veld "vorm": onbekende vorm "federatie"'],
    },
    {
      name: 'a date that does not exist',
      edit: (dir) =>
        editData(join(dir, 'begrippen/regeling.yaml'), (d) => {
          d.laatstGewijzigd = '2026-02-30';
        }),
      expect: ['content/begrippen/regeling.yaml: veld "laatstGewijzigd": is geen bestaande datum'],
    },
    {
      name: 'an unknown field',
      edit: (dir) =>
        editData(join(dir, 'begrippen/regeling.yaml'), (d) => {
          d.kleur = 'blauw';
        }),
      expect: ['content/begrippen/regeling.yaml: veld "(geheel)": Unrecognized key: "kleur"'],
    },
    {
      name: 'a duplicate slug (same name, other extension)',
      edit: (dir) => copyFileSync(join(dir, 'begrippen/regeling.yaml'), join(dir, 'begrippen/regeling.yml')),
      expect: [
        'content/begrippen/regeling.yml: dubbele id "regeling" in begrippen (ook content/begrippen/regeling.yaml): twee bestanden met dezelfde naam geven dezelfde id en URL; verwijder er één',
      ],
    },
  ];
  for (const c of cases) it(`rejects ${c.name}`, () => expect(problemsAfter(c.edit)).toEqual(c.expect));

  it('rejects a duplicate section id in a source', () => {
    const p = problemsAfter((dir) =>
      editData(join(dir, 'bronnen/regeling-a.yaml'), (d) => {
        d.secties[1].id = 'art-1';
      }),
    );
    expect(p[0]).toBe('content/bronnen/regeling-a.yaml: veld "secties.1.id": dubbele sectie-id "art-1"');
    // the invalid source is left out: every citation of it is then to an unknown source, and nothing else fails
    expect(p.length).toBeGreaterThan(1);
    for (const q of p.slice(1))
      expect(q).toMatch(/: (veld "[^"]+": )?onbekende bron "regeling-a"( \(niet in content\/bronnen\/\))?$/);
  });
});
