/**
 * Assembles the explorer's data from loaded content: a pure function of the
 * knowledge base, the rules and the explorer's own content, so tests call it
 * without astro:content (src/loaders/explorer-build.ts does the loading).
 */
import { standaardSituatie } from '../schemas/situation-fields.ts';
import type { RegelBestand } from '../schemas/engine.ts';
import { allCitations } from './references.ts';
import type { KnowledgeBase } from '../schemas/types.ts';
import type { VerkennerInhoud } from './explorer.ts';
import { VOORKEUR_CRITERIA, type VerkennerData } from '../explorer/outcome.ts';
import { citeIndex } from '../lib/cite.ts';
import { termLinks } from '../lib/text.ts';

export function buildData(
  kb: KnowledgeBase,
  regels: { id: string; data: RegelBestand }[],
  inhoud: VerkennerInhoud,
): VerkennerData {
  const vormen = kb.vormen.map((v) => ({
    id: v.id,
    data: {
      titel: v.data.titel,
      korteTitel: v.data.korteTitel,
      volgorde: v.data.volgorde,
      kenmerken: v.data.kenmerken,
    },
  }));
  const belemmeringen = kb.belemmeringen.map((b) => ({
    id: b.id,
    data: { titel: b.data.titel, thema: b.data.thema, volgorde: b.data.volgorde, bron: b.data.bron },
  }));
  const regelData = regels.map((r) => ({ id: r.id, data: r.data }));
  // only the sources and sections the explorer cites
  const gebruikt = allCitations([inhoud.routes, inhoud.doelen, inhoud.delen, inhoud.motie, inhoud.kader]);
  const cites = citeIndex(gebruikt, kb.bronnen, kb.externeBronnen, kb.regelingen);
  return {
    flow: { vragen: inhoud.vragen.vragen },
    routes: inhoud.routes,
    doelen: inhoud.doelen,
    delen: inhoud.delen,
    kader: inhoud.kader,
    vormTitels: Object.fromEntries(kb.vormen.map((v) => [v.id, v.data.titel])),
    // the forms' own judgements on what a raad often weighs most, for the forms routes use
    vormOordelen: Object.fromEntries(
      kb.vormen
        .filter((v) => inhoud.routes.some((r) => r.vormen.includes(v.id)))
        .map((v) => [
          v.id,
          Object.fromEntries(
            v.data.oordelen
              .filter((o) => (VOORKEUR_CRITERIA as readonly string[]).includes(o.criterium))
              .map((o) => [o.criterium, o.oordeel]),
          ),
        ]),
    ),
    casusTitels: Object.fromEntries(
      kb.casussen.filter((c) => inhoud.routes.some((r) => r.casus === c.id)).map((c) => [c.id, c.data.titel]),
    ),
    belemmeringTitels: Object.fromEntries(kb.belemmeringen.map((b) => [b.id, b.data.titel])),
    // the words of the debate (contract "Kenmerken as cited claims"), once the obstacles carry them
    belemmeringKingNamen: Object.fromEntries(
      kb.belemmeringen.flatMap((b) => {
        const k = (b.data as Record<string, unknown>).kingNaam;
        return typeof k === 'string' && k ? [[b.id, k]] : [];
      }),
    ),
    engine: { vormen, regels: regelData, belemmeringen },
    plaatshouder: standaardSituatie,
    cites,
    // only the terms the questions explain, with their explanation (shown in place, not as a link out)
    begrippen: Object.fromEntries(
      kb.begrippen
        .filter((b) => inhoud.vragen.vragen.some((v) => v.begrip === b.id))
        .map((b) => [b.id, { term: b.data.term.replace(/\s*\(.*\)$/, ''), uitleg: b.data.uitleg }]),
    ),
    termen: termLinks(kb.begrippen),
  };
}
