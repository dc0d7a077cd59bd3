/** Assembles the explorer's data from the knowledge base, for static pages and for /verkenner/data.json. */
import { getKB, getRegels, contentRoot } from '../lib/kb.ts';
import { standaardSituatie } from '../engine/velden.ts';
import { allCitations } from '../lib/references.ts';
import { laadVerkenner, type VerkennerInhoud } from './load.ts';
import type { CiteIndex, VerkennerData, VormData, FitRegel, DoelData } from './outcome.ts';
import type { Flow } from './flow.ts';

let cache: Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> | undefined;

export function verkennerData(): Promise<{ data: VerkennerData; inhoud: VerkennerInhoud }> {
  cache ??= (async () => {
    const kb = await getKB();
    const regels = await getRegels();
    const inhoud = laadVerkenner(contentRoot, kb);
    const vormen: VormData[] = kb.vormen.map((v) => ({
      id: v.id,
      data: {
        titel: v.data.titel,
        korteTitel: v.data.korteTitel,
        volgorde: v.data.volgorde,
        samenvatting: v.data.samenvatting,
        kenmerken: v.data.kenmerken,
        oordelen: v.data.oordelen,
      },
    }));
    const belemmeringen = kb.belemmeringen.map((b) => ({
      id: b.id,
      data: { titel: b.data.titel, thema: b.data.thema, volgorde: b.data.volgorde, bron: b.data.bron },
    }));
    const regelData = regels.map((r) => ({ id: r.id, data: r.data }));
    // only the sources and sections the explorer can cite
    const gebruikt = allCitations([regelData, inhoud.geschiktheid, inhoud.doelen, belemmeringen, vormen.map((v) => v.data.oordelen)]);
    const cites: CiteIndex = { bronnen: {}, extern: {} };
    for (const c of gebruikt) {
      const b = kb.bronnen.find((x) => x.id === c.bron);
      if (b) {
        const e = (cites.bronnen[b.id] ??= { t: b.data.korteTitel, s: {} });
        const s = b.data.secties.find((x) => x.id === c.plaats);
        if (s) e.s[s.id] = s.titel;
        continue;
      }
      const x = kb.externeBronnen.find((y) => y.id === c.bron);
      if (x) cites.extern[x.id] = { t: x.data.titel, u: x.data.url };
    }
    const data: VerkennerData = {
      flow: inhoud.vragen as unknown as Flow,
      standaard: standaardSituatie,
      vormen,
      belemmeringen,
      regels: regelData,
      geschiktheid: inhoud.geschiktheid as unknown as FitRegel[],
      doelen: inhoud.doelen as unknown as Record<string, DoelData>,
      cites,
      // only the terms the questions explain, with their explanation (shown in place, not as a link out)
      begrippen: Object.fromEntries(
        kb.begrippen
          .filter((b) => inhoud.vragen.vragen.some((v) => v.begrip === b.id))
          .map((b) => [b.id, { term: b.data.term.replace(/\s*\(.*\)$/, ''), uitleg: b.data.uitleg }]),
      ),
    };
    return { data, inhoud };
  })();
  return cache;
}
