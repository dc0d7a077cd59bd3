/** The collections as published JSON (open data). Pure: knowledge base in, plain objects out. */
import type { Entry, KnowledgeBase } from '../schemas/types.ts';
import type { RegelBestand } from '../schemas/engine.ts';
import type { SectionText } from './sources.ts';

export const DATASETS = {
  vormen: 'Samenwerkingsvormen met hun kenmerken, velden en oordelen',
  belemmeringen: 'Belemmeringen uit de KING-impactanalyse (2015), met de situatie nu',
  casussen: 'Casussen: echte samenwerkingen met deelnemers en bestuur',
  organisaties: 'Organisaties en hun deelnames',
  begrippen: 'Begrippenlijst',
  bronnen: 'Brondocumenten met hun tekst per artikel, en de openbare bronnen',
  regelingen:
    'Gemeenschappelijke regelingen en overeenkomsten: publicatie, versie, deelnemers, de punten voor de raad (met bron of niet vastgesteld) en de tekst per artikel zoals gelezen',
  regels:
    'Regels van de rekenhulp voor belemmeringen: per belemmering wanneer die speelt, hoe zwaar, waarom en met welke bron',
} as const;
export type Dataset = keyof typeof DATASETS;

export function dataset(
  kb: KnowledgeBase,
  name: Dataset,
  sectionsOf: (bronId: string) => SectionText[],
  regels: Entry<RegelBestand>[] = [],
): unknown {
  // one row per entry: its id first, then all its data
  const rows = <T extends object>(list: { id: string; data: T }[]) => list.map((e) => ({ id: e.id, ...e.data }));
  if (name === 'regels') return rows(regels);
  if (name === 'bronnen')
    return {
      documenten: kb.bronnen.map((b) => ({
        id: b.id,
        ...b.data,
        secties: sectionsOf(b.id).map((s) => ({
          id: s.id,
          titel: s.titel,
          niveau: s.niveau,
          tekst: s.alineas.map((p) => p.join('\n')).join('\n\n'),
          tabel: s.tabel,
        })),
      })),
      openbareBronnen: rows(kb.externeBronnen),
    };
  return rows<object>(kb[name]);
}
