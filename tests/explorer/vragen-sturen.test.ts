/**
 * Every question steers: for each question there is a state where another answer to it changes the
 * outcome a reader sees (the advised route, the order or fit of routes, their reasons, or the
 * obstacles that count). A question that changes nothing is dropped or merged.
 */
import { describe, expect, it } from 'vitest';
import { data } from './helpers.ts';
import { alleToestanden, isKlaar, type Antwoorden } from '../../src/explorer/flow.ts';
import { buildUitkomst } from '../../src/explorer/outcome.ts';
import { vingerafdruk } from '../../src/explorer/pages.ts';

const klaar = alleToestanden(data.flow).filter((a) => Object.keys(a).length && isKlaar(data.flow, a));
/** What a reader weighs: per goal the advised route, each route's class and its reasons (obstacle scores left out: they only reorder within a class). */
const advies = (a: Antwoorden) =>
  JSON.stringify(
    buildUitkomst(data, a).doelen.map((g) => [
      g.doel,
      g.advies?.route.id ?? null,
      g.routes.map((r) => [r.route.id, r.klasse, r.fit.map((f) => f.reden)]),
    ]),
  );
const afdruk = new Map(klaar.map((a) => [JSON.stringify(a), advies(a)]));
/** The whole outcome, obstacle scores included. */
const volledig = new Map(klaar.map((a) => [JSON.stringify(a), vingerafdruk(buildUitkomst(data, a))]));

/**
 * Questions that change only which obstacles count and how heavily (the rules engine reads their
 * answer), not a route: kept for that, and listed here so the day they start to steer a route, or stop
 * changing anything, this test says so.
 */
const ALLEEN_BELEMMERINGEN = new Set<string>([]);

/** Does some answer to this question change some outcome, all other answers equal? */
function stuurt(vraag: string, kaart = afdruk): { ja: boolean; voorbeeld?: string } {
  const groepen = new Map<string, Set<string>>();
  for (const a of klaar) {
    if (!a[vraag]) continue;
    const rest: Antwoorden = { ...a };
    delete rest[vraag];
    const k = JSON.stringify(rest);
    (groepen.get(k) ?? groepen.set(k, new Set()).get(k)!).add(kaart.get(JSON.stringify(a))!);
  }
  for (const [k, s] of groepen) if (s.size > 1) return { ja: true, voorbeeld: k };
  return { ja: false };
}

describe('every question changes some outcome', () => {
  for (const v of data.flow.vragen.filter((x) => x.id !== 'doel'))
    it(`${v.id} (“${v.kort}”)`, () => {
      if (ALLEEN_BELEMMERINGEN.has(v.id)) {
        expect(stuurt(v.id).ja, `"${v.id}" now changes a route: remove it from ALLEEN_BELEMMERINGEN`).toBe(false);
        expect(
          stuurt(v.id, volledig).ja,
          `no answer to "${v.id}" changes any outcome: drop or merge the question`,
        ).toBe(true);
      } else expect(stuurt(v.id).ja, `no answer to "${v.id}" changes any route: drop or merge the question`).toBe(true);
    });
});
