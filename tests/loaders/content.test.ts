import { ContentError } from '../../src/lib/errors.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/loaders/load-content.ts';
import { contentCopy, write } from './helpers.ts';

const errorsOf = (root: string): string[] => {
  try {
    loadKnowledgeBase(root);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
};

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

describe('broken content fails with the file and the field named', () => {
  const cases: { name: string; file: string; edit: (s: string) => string; expect: RegExp }[] = [
    {
      name: 'a missing field',
      file: 'belemmeringen/digid-audits.yaml',
      edit: (s) => {
        const d = parse(s);
        delete d.samenvatting;
        return stringify(d);
      },
      expect: /content\/belemmeringen\/digid-audits\.yaml: veld "samenvatting"/,
    },
    {
      name: 'an unknown source',
      file: 'belemmeringen/digid-audits.yaml',
      edit: (s) => s.replace(/bron: king-2015/, 'bron: king-2016'),
      expect: /content\/belemmeringen\/digid-audits\.yaml: veld "bron": onbekende bron "king-2016"/,
    },
    {
      name: 'an unknown article',
      file: 'belemmeringen/digid-audits.yaml',
      edit: (s) => s.replace(/plaats: h3-2-digid-audits/, 'plaats: art-99'),
      expect: /digid-audits\.yaml: veld "bron": bron "king-2015" heeft geen artikel of sectie "art-99"/,
    },
    {
      name: 'an unknown form',
      file: 'casussen/it-platform-twente.yaml',
      edit: (s) => s.replace(/^vorm: .*$/m, 'vorm: federatie'),
      expect: /content\/casussen\/it-platform-twente\.yaml: veld "vorm": onbekende vorm "federatie"/,
    },
    {
      name: 'a date that does not exist',
      file: 'begrippen/oin.yaml',
      edit: (s) => s.replace(/^laatstGewijzigd: .*$/m, 'laatstGewijzigd: 2026-02-30'),
      expect: /content\/begrippen\/oin\.yaml: veld "laatstGewijzigd": is geen bestaande datum/,
    },
    {
      name: 'an unknown field',
      file: 'begrippen/oin.yaml',
      edit: (s) => `${s}\nkleur: blauw\n`,
      expect: /content\/begrippen\/oin\.yaml: veld "\(geheel\)"|content\/begrippen\/oin\.yaml: veld ".*": .*kleur/,
    },
  ];
  for (const c of cases)
    it(`rejects ${c.name}`, () => {
      const root = contentCopy();
      try {
        const p = join(root, 'content', c.file);
        write(root, c.file, c.edit(readFileSync(p, 'utf8')));
        const errs = errorsOf(root);
        expect(errs.join('\n')).toMatch(c.expect);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

  it('rejects a duplicate slug (same name, other extension)', () => {
    const root = contentCopy();
    try {
      write(root, 'begrippen/oin.yml', readFileSync(join(root, 'content/begrippen/oin.yaml'), 'utf8'));
      expect(errorsOf(root).join('\n')).toMatch(/dubbele id "oin" in begrippen/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects a duplicate section id in a source', () => {
    const root = contentCopy();
    try {
      const p = join(root, 'content/bronnen/motie-hof-van-twente.yaml');
      write(
        root,
        'bronnen/motie-hof-van-twente.yaml',
        readFileSync(p, 'utf8').replace('id: constateringen', 'id: overwegingen'),
      );
      expect(errorsOf(root).join('\n')).toMatch(
        /motie-hof-van-twente\.yaml: veld "secties\.\d+\.id": dubbele sectie-id "overwegingen"/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
