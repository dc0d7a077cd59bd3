import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  loadEngineInput as laadEngineInvoer,
  type EngineInput as EngineInvoer,
} from '../../src/loaders/engine-input.ts';
import type { KnowledgeBase } from '../../src/schemas/types.ts';
import { kingBelemmeringen, standaardSituatie, type Situatie } from '../../src/schemas/situation-fields.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let cache: EngineInvoer | undefined;
/** The real content (content/), loaded and checked once. */
export function echteInvoer() {
  cache ??= laadEngineInvoer(ROOT);
  return cache;
}

export interface GoldenCase {
  naam: string;
  vorm: string;
  periode: 'nu' | 'king2015';
  situatie: Partial<Situatie>;
  verwacht: Record<string, string>;
  totaal?: number;
  schatting?: Record<string, { min: number; max: number }>;
  regels: string[];
}

export function goldenCases(): GoldenCase[] {
  return parse(readFileSync(join(import.meta.dirname, 'golden', 'gevallen.yaml'), 'utf8')) as GoldenCase[];
}

export const sit = (d: Partial<Situatie> = {}): Situatie => ({ ...standaardSituatie, ...d });

/** Seeded PRNG (mulberry32), for repeatable random situations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function willekeurigeSituatie(r: () => number): Situatie {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const b = () => r() < 0.5;
  return {
    aantalGemeenten: int(2, 49),
    persoonsgegevens: b(),
    basisregistraties: (['brp', 'nhr', 'bag'] as const).filter(() => b()),
    digid: b(),
    eherkenning: b(),
    personeelInDienst: b(),
    contractenSluiten: b(),
    besluitenNamensDeelnemers: b(),
    mandaat: b(),
    privatePartijen: b(),
    multiTenantApplicaties: (['ja', 'nee', 'onbekend'] as const)[int(0, 2)],
    andereSamenwerkingen: int(0, 50),
  };
}

const kenmerken = (rp: boolean, pub: boolean, del: boolean, man: boolean, pers: boolean, wgr: boolean) => ({
  rechtspersoon: rp,
  publiekrechtelijk: pub,
  delegatieMogelijk: del,
  mandaatMogelijk: man,
  eigenPersoneel: pers,
  opGrondVanWgr: wgr,
});

/** A small fixture knowledge base for the validation tests (plain data of the KnowledgeBase shape). */
export function fixtureKb(): KnowledgeBase {
  const vorm = (id: string, volgorde: number, k: ReturnType<typeof kenmerken>) => ({
    id,
    file: `content/vormen/${id}.mdx`,
    data: { titel: id, korteTitel: id, volgorde, kenmerken: k } as never,
  });
  return {
    bronnen: [
      {
        id: 'king-2015',
        file: 'content/bronnen/king-2015.yaml',
        data: { secties: ['h2', 'h3-1-doel', 'h3-2-digid-audits', 'h4-3'].map((id) => ({ id })) } as never,
      },
    ],
    externeBronnen: [
      { id: 'logius-oin-stelsel', file: 'content/externe-bronnen/logius-oin-stelsel.yaml', data: {} as never },
    ],
    vormen: [
      vorm('lichte-regeling', 1, kenmerken(false, true, false, false, false, true)),
      vorm('openbaar-lichaam', 2, kenmerken(true, true, true, true, true, true)),
    ],
    belemmeringen: kingBelemmeringen.map(([id, thema], i) => ({
      id,
      file: `content/belemmeringen/${id}.yaml`,
      data: { titel: id, thema, volgorde: i + 1, bron: { bron: 'king-2015', plaats: 'h3-1-doel' } } as never,
    })),
    casussen: [],
    organisaties: [],
    begrippen: [],
    regelingen: [],
    tekstRegels: {},
  };
}

/** One valid rule file per KING obstacle, for the fixture KB. */
export function fixtureRegels(): { id: string; file: string; data: unknown }[] {
  return kingBelemmeringen.map(([id]) => ({
    id,
    file: `content/regels/${id}.yaml`,
    data: {
      belemmering: id,
      regels: [
        {
          id: `${id}-a`,
          voorwaarden: { all: [{ fact: 'persoonsgegevens', operator: 'equal', value: true }] },
          ernst: 'beheersbaar',
          reden: 'Reden bij {aantalGemeenten} gemeenten.',
          bronnen: [{ bron: 'king-2015', plaats: 'h3-1-doel' }],
        },
      ],
    },
  }));
}
