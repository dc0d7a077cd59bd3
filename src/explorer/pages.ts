/**
 * The explorer's static pages: every state with one goal (steps and
 * outcomes), within a stated budget. The build fails above the budget, so a
 * content change that would multiply pages is caught at once.
 */
import { alleToestanden, combinaties, isKlaar, pad, type Antwoorden, type Flow } from './flow.ts';
import type { UitkomstModel } from './outcome.ts';

/** At most this many static explorer pages (steps + outcomes under /verkenner/v/). */
export const PAGINA_BUDGET = 1000;
/**
 * At most this many characters of explorer HTML per page (the page around it adds the layout; the
 * whole page stays under 160 KB, tests/site/journeys/06-budgets.mjs). The largest is the page of all
 * six goals together, at about 120,000: each goal's routes with their cited decision chains.
 */
export const MAX_HTML = 125_000;

/** Throws when a page's explorer HTML is over the limit (called by the page while it builds). */
export function checkGrootte(html: string, pad: string): void {
  if (html.length > MAX_HTML)
    throw new Error(`De verkennerpagina ${pad} is ${html.length} tekens groot; de grens is ${MAX_HTML}.`);
}

export interface StatischePagina {
  /** path below /verkenner/v/, without slashes at the ends */
  pad: string;
  antwoorden: Antwoorden;
  klaar: boolean;
  /** step pages, and outcomes that repeat an earlier outcome, stay out of search engines */
  noindex: boolean;
  /** an outcome that repeats an earlier one points to it as the canonical page (its path) */
  canonical?: string;
  /**
   * the page of a combination of goals: it shows the outcome for these goals with every other question
   * open, and with JavaScript the answers in its query string (a shared link of several goals)
   */
  combinatie?: boolean;
}

/** What makes two outcomes the same for a reader: advice, route order and fit, open questions, scores. */
export function vingerafdruk(m: UitkomstModel): string {
  return JSON.stringify(
    m.doelen.map((g) => [
      g.doel,
      g.advies?.route.id ?? null,
      g.onbekend.map((v) => v.id),
      g.routes.map((r) => [
        r.route.id,
        r.klasse,
        r.fit.map((f) => f.reden),
        r.open.map((v) => v.id),
        r.scores.map((s) => [
          s.vorm,
          s.belemmeringen.map((b) => [b.id, b.ernst ?? null, b.hangtAf, b.onzeker ?? null, b.alGewogen ?? null]),
        ]),
      ]),
    ]),
  );
}

export function statischePaginas(
  flow: Flow,
  uitkomst: (a: Antwoorden) => UitkomstModel,
  budget = PAGINA_BUDGET,
): StatischePagina[] {
  const toestanden = alleToestanden(flow).filter((a) => Object.keys(a).length > 0);
  const combis = combinaties(flow);
  if (toestanden.length + combis.length > budget)
    throw new Error(
      `De verkenner zou ${toestanden.length + combis.length} statische pagina's maken; het budget is ${budget}. Maak minder vragen of antwoorden, of verhoog PAGINA_BUDGET in src/explorer/pages.ts met een reden.`,
    );
  const gezien = new Map<string, string>();
  return toestanden
    .map((a) => {
      const klaar = isKlaar(flow, a);
      const p = pad(flow, a);
      let noindex = !klaar;
      let canonical: string | undefined;
      if (klaar) {
        const v = vingerafdruk(uitkomst(a));
        canonical = gezien.get(v);
        noindex = canonical !== undefined;
        if (!canonical) gezien.set(v, p);
      }
      return {
        pad: p.slice('/verkenner/v/'.length, -1),
        antwoorden: a,
        klaar,
        noindex,
        ...(canonical ? { canonical } : {}),
      };
    })
    .concat(
      combis.map((a) => ({
        pad: pad(flow, a).slice('/verkenner/v/'.length, -1),
        antwoorden: a,
        klaar: true,
        noindex: true,
        combinatie: true,
      })),
    );
}
