import { describe, expect, it } from 'vitest';
import { data } from './helpers.ts';
import { buildUitkomst } from '../../src/explorer/outcome.ts';
import { render, renderCombinatie } from '../../src/explorer/render.ts';
import { statischePaginas, PAGINA_BUDGET, MAX_HTML } from '../../src/explorer/pages.ts';

const uitkomst = (a: Parameters<typeof buildUitkomst>[1]) => buildUitkomst(data, a);
const paginas = statischePaginas(data.flow, uitkomst);

describe('bounded static pages', () => {
  it("stays within the page budget with today's content", () => {
    expect(paginas.length).toBeLessThanOrEqual(PAGINA_BUDGET);
    expect(PAGINA_BUDGET).toBeLessThanOrEqual(1000);
  });
  it('fails the build above the budget, naming the numbers', () => {
    expect(() => statischePaginas(data.flow, uitkomst, 10)).toThrow(
      `De verkenner zou ${paginas.length} statische pagina's maken; het budget is 10.`,
    );
  });
  it('keeps steps and repeated outcomes out of search engines, one indexable page per distinct outcome', () => {
    expect(paginas.filter((p) => !p.klaar).every((p) => p.noindex)).toBe(true);
    const index = paginas.filter((p) => p.klaar && !p.noindex);
    expect(index.length).toBeGreaterThan(0);
    expect(index.length).toBeLessThan(paginas.filter((p) => p.klaar).length);
  });
  it('points every repeated outcome to the first page with the same outcome (canonical)', () => {
    const herhaald = paginas.filter((p) => p.klaar && p.noindex && !p.combinatie);
    expect(herhaald.length).toBeGreaterThan(0);
    for (const p of herhaald) {
      const doel = paginas.find((x) => `/verkenner/v/${x.pad}/` === p.canonical);
      expect(doel, p.pad).toBeDefined();
      expect(doel!.noindex).toBe(false);
      expect(JSON.stringify(buildUitkomst(data, doel!.antwoorden).doelen.map((g) => g.advies?.route.id))).toBe(
        JSON.stringify(uitkomst(p.antwoorden).doelen.map((g) => g.advies?.route.id)),
      );
    }
    expect(paginas.filter((p) => !p.noindex).every((p) => p.canonical === undefined)).toBe(true);
  });
  it('has a page for every combination of two or more goals, at the path a shared link of those goals opens', () => {
    const combis = paginas.filter((p) => p.combinatie);
    const doelen = data.flow.vragen[0].opties.length;
    expect(combis).toHaveLength(2 ** doelen - 1 - doelen);
    expect(combis.map((p) => p.pad)).toContain('doel-fg.ciso.soc');
    expect(combis.every((p) => p.noindex && !p.pad.includes('/'))).toBe(true);
  });
  it("keeps every page's explorer HTML under the size limit", () => {
    let max = 0;
    for (const p of paginas)
      max = Math.max(
        max,
        (p.combinatie ? renderCombinatie(data, p.antwoorden, uitkomst) : render(data, p.antwoorden, uitkomst)).length,
      );
    expect(max).toBeLessThan(MAX_HTML);
  });
});
