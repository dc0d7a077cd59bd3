/** The rules engine's results as the static pages show them (default situation, now and 2015). */
import { evaluate, veldVan, weergaveVan, type Resultaat } from '../engine/index.ts';
import { standaardSituatie, situatieVelden, vergelijkSituaties, type Situatie } from '../schemas/situation-fields.ts';
import { getKB, getRegels } from './kb.ts';
import type { ErnstMatrix } from '../schemas/types.ts';
import type { Regel, Voorwaarde } from '../schemas/engine.ts';
import { regelsUit, geldtIn } from '../engine/evaluate.ts';
import { checkSituatie, parseSituatie } from '../schemas/situation.ts';

let cache: Promise<{ nu: Resultaat; king2015: Resultaat }> | undefined;

export function standaardResultaat(): Promise<{ nu: Resultaat; king2015: Resultaat }> {
  cache ??= (async () => {
    const kb = await getKB();
    const regels = await getRegels();
    return {
      nu: evaluate(standaardSituatie, kb.vormen, regels, kb.belemmeringen, { periode: 'nu' }),
      king2015: evaluate(standaardSituatie, kb.vormen, regels, kb.belemmeringen, { periode: 'king2015' }),
    };
  })();
  return cache;
}

/** The engine's result for each named situation of the comparison (now and 2015). */
export function vergelijkResultaten(): Promise<
  { id: string; label: string; uitleg: string; situatie: Situatie; nu: Resultaat; king2015: Resultaat }[]
> {
  vergelijkCache ??= (async () => {
    const kb = await getKB();
    const regels = await getRegels();
    return vergelijkSituaties.map((v) => {
      const situatie: Situatie = { ...standaardSituatie, ...v.wijziging };
      return {
        ...v,
        situatie,
        nu: evaluate(situatie, kb.vormen, regels, kb.belemmeringen, { periode: 'nu' }),
        king2015: evaluate(situatie, kb.vormen, regels, kb.belemmeringen, { periode: 'king2015' }),
      };
    });
  })();
  return vergelijkCache;
}
let vergelijkCache: ReturnType<typeof vergelijkResultaten> | undefined;

/** The situation in plain words, one line per field. */
export function situatieRegels(s: Situatie = standaardSituatie): string[] {
  return situatieVelden.map((v) => {
    const w = veldVan(s, v.naam);
    let tekst: string;
    if (typeof w === 'boolean') tekst = w ? 'ja' : 'nee';
    else if (Array.isArray(w))
      tekst = w.length ? w.map((x) => v.opties?.find((o) => o.waarde === x)?.label ?? String(x)).join(', ') : 'geen';
    else if (v.opties) tekst = v.opties.find((o) => o.waarde === w)?.label ?? String(w);
    else tekst = String(w);
    return `${v.label} ${tekst}`;
  });
}

/**
 * A situation in which an obstacle plays: the default situation, changed
 * just enough to meet the conditions of the first current rule of this
 * obstacle that gives it weight. Used on obstacle pages so the per-form
 * table shows how the obstacle works, with the changes named.
 */
export function activeer(
  regels: Regel[],
  basis: Situatie = standaardSituatie,
): { situatie: Situatie; wijzigingen: string[] } {
  const velden = new Map(situatieVelden.map((v) => [v.naam, v]));
  for (const r of regels) {
    if (r.ernst === 'nvt' || !geldtIn(r, { periode: 'nu' })) continue;
    const s: Record<string, unknown> = Object.fromEntries(Object.entries(structuredClone(basis)));
    const walk = (c: Voorwaarde): void => {
      if ('all' in c) c.all.forEach(walk);
      else if ('any' in c) walk(c.any[0]);
      else if ('not' in c) return;
      else if (velden.has(c.fact)) {
        const v = c.value;
        if (c.operator === 'equal') s[c.fact] = v;
        else if (c.operator === 'contains' && Array.isArray(s[c.fact]) && !(s[c.fact] as unknown[]).includes(v))
          s[c.fact] = [...(s[c.fact] as unknown[]), v];
        else if (c.operator === 'greaterThan' && typeof v === 'number' && !((s[c.fact] as number) > v))
          s[c.fact] = v + 1;
        else if (c.operator === 'greaterThanInclusive' && typeof v === 'number' && !((s[c.fact] as number) >= v))
          s[c.fact] = v;
        else if (c.operator === 'in' && Array.isArray(v) && !v.includes(s[c.fact] as never)) s[c.fact] = v[0];
      }
    };
    walk(r.voorwaarden);
    if (checkSituatie(s).length) continue;
    const nieuw = parseSituatie(s);
    const voor = situatieRegels(basis);
    const na = situatieRegels(nieuw);
    const wijzigingen = na.filter((x, i) => x !== voor[i]);
    if (wijzigingen.length) return { situatie: nieuw, wijzigingen };
    return { situatie: basis, wijzigingen: [] };
  }
  return { situatie: basis, wijzigingen: [] };
}

/** Results for an obstacle page: the situation in which it plays, now and in 2015. */
export async function belemmeringResultaat(belemmering: string) {
  const kb = await getKB();
  const files = await getRegels();
  const bestanden = files.filter((f) => f.data.belemmering === belemmering);
  const { situatie, wijzigingen } = activeer(regelsUit(bestanden));
  // only this obstacle: its page shows how it scores per form (evaluating all obstacles per page would grow with their square)
  const alleen = kb.belemmeringen.filter((b) => b.id === belemmering);
  return {
    wijzigingen,
    nu: evaluate(situatie, kb.vormen, bestanden, alleen, { periode: 'nu' }),
    king2015: evaluate(situatie, kb.vormen, bestanden, alleen, { periode: 'king2015' }),
  };
}

/** The engine's result as the heatmap's input (forms × obstacles). */
export function heatmapVan(r: Resultaat): ErnstMatrix {
  const eerste = r.perVorm[0]?.uitkomsten ?? [];
  return {
    vormen: r.perVorm.map((p) => ({ id: p.vorm, titel: p.titel })),
    belemmeringen: eerste.map((u) => ({
      id: u.belemmering,
      titel: u.kingNaam ? `${u.titel} (${u.kingNaam})` : u.titel,
      thema: u.thema,
    })),
    cellen: r.perVorm.flatMap((p) =>
      p.uitkomsten.map((u) => ({
        vorm: p.vorm,
        belemmering: u.belemmering,
        ernst: weergaveVan(u),
        reden: u.redenen.join(' '),
      })),
    ),
  };
}
