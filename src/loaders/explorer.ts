/**
 * Loads and validates the explorer's content (content/verkenner/) at build
 * time: schema errors, citations to unknown sources and broken references
 * fail the build with the file and the field named. Node only (fs).
 */
import { fillFeiten, type FeitenBron } from '../lib/feiten.ts';
import { readFolder } from './read-content.ts';
import { entryFolders } from './registry.ts';
import { buildDate } from './env.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { buildIndex, allCitations } from './references.ts';
import type { KnowledgeBase } from '../schemas/types.ts';
import { situatieVelden } from '../schemas/situation-fields.ts';
import {
  delenBestand,
  doel,
  kaderBestand,
  motie,
  routesBestand,
  vragenBestand,
  type Delen,
  type Doel,
  type Kader,
  type Motie,
  type Route,
  type VragenBestand,
} from '../schemas/explorer.ts';
import { fieldProblem, zodProblems } from '../lib/errors.ts';

export interface VerkennerInhoud {
  vragen: VragenBestand;
  routes: Route[];
  doelen: Record<string, Doel>;
  delen: Delen[];
  motie: Motie;
  /** the rules on security and privacy and their status (content/verkenner/kader.yaml) */
  kader: Kader[];
}

/**
 * Instrument pages another part of the site adds to content/vormen/ (the
 * contract "Kenmerken as cited claims"). A route may name them before they
 * exist; it links to them only once they do.
 */
export const VERWACHTE_INSTRUMENTEN = ['dvo', 'detachering', 'aansluiten-voorziening'] as const;

export function loadVerkenner(root: string, kb: KnowledgeBase, feiten?: FeitenBron): VerkennerInhoud {
  const problems: string[] = [];
  // the facts texts state through {{uittreding:<id>}} and {{feit:<id>}}: given by the one loader, or read here
  feiten ??= {
    uittreding: new Map(readFolder(root, entryFolders.uittreding, problems).map((u) => [u.id, u.data])),
    feiten: new Map(readFolder(root, entryFolders.feiten, problems).map((f) => [f.id, f.data])),
    bouwdatum: buildDate(),
    gecontroleerd: new Map(
      readFolder(root, entryFolders.externeBronnen, problems).map((e) => [e.id, e.data.geraadpleegd]),
    ),
  };
  const dir = join(root, 'verkenner');
  const idx = buildIndex(kb);
  const lees = <T>(rel: string, schema: z.ZodType<T>): T | undefined => {
    const file = join(dir, rel);
    const naam = `content/verkenner/${rel}`;
    if (!existsSync(file)) {
      problems.push(`${naam}: bestand ontbreekt`);
      return undefined;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${naam}: kan niet gelezen worden: ${(e as Error).message}`);
      return undefined;
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
      problems.push(...zodProblems(naam, r.error));
      return undefined;
    }
    for (const c of allCitations(r.data)) {
      const p = idx.citationProblem(c);
      if (p) problems.push(`${naam}: ${p}`);
    }
    // rules stated through their one home (content/uittreding/): {{uittreding:<id>}}
    return fillFeiten(r.data, feiten, naam, problems);
  };
  const vragen = lees('vragen.yaml', vragenBestand);
  const routes = lees('routes.yaml', routesBestand)?.routes;
  const delen = lees('delen.yaml', delenBestand)?.delen;
  const m = lees('motie.yaml', motie);
  const kader = lees('kader.yaml', kaderBestand)?.kader;
  const doelen: Record<string, Doel> = {};
  const doelIds = vragen?.vragen.find((v) => v.id === 'doel')?.opties.map((o) => o.id) ?? [];
  if (vragen && !doelIds.length)
    problems.push('content/verkenner/vragen.yaml: veld "vragen": de vraag "doel" ontbreekt');
  for (const id of doelIds) {
    const d = lees(`doelen/${id}.yaml`, doel);
    if (d) doelen[id] = d;
  }
  const doelDir = join(dir, 'doelen');
  if (existsSync(doelDir))
    for (const f of readdirSync(doelDir))
      if (!doelIds.includes(f.replace(/\.ya?ml$/, '')))
        problems.push(`content/verkenner/doelen/${f}: geen antwoord op de vraag "doel" heet zo`);

  const veldNamen = new Set(situatieVelden.map((v) => v.naam));
  const vormIds = new Set<string>([...kb.vormen.map((v) => v.id), ...VERWACHTE_INSTRUMENTEN]);
  const belIds = new Set(kb.belemmeringen.map((b) => b.id));
  if (vragen) {
    vragen.vragen.forEach((v, i) => {
      if (v.begrip && !kb.begrippen.some((b) => b.id === v.begrip))
        problems.push(`content/verkenner/vragen.yaml: veld "vragen.${i}.begrip": onbekend begrip "${v.begrip}"`);
      v.opties.forEach((o, j) => {
        for (const k of Object.keys(o.zet))
          if (!veldNamen.has(k))
            problems.push(
              fieldProblem(
                'content/verkenner/vragen.yaml',
                `vragen.${i}.opties.${j}.zet.${k}`,
                `onbekend situatieveld "${k}"`,
              ),
            );
      });
    });
    const opties = new Map(vragen.vragen.map((v) => [v.id, new Set(v.opties.map((o) => o.id))]));
    const checkAls = (als: { vraag: string; in: string[] }, naam: string, pad: string) => {
      const o = opties.get(als.vraag);
      if (!o) problems.push(fieldProblem(naam, `${pad}.vraag`, `onbekende vraag "${als.vraag}"`));
      else
        als.in.forEach(
          (x, k) =>
            !o.has(x) &&
            problems.push(fieldProblem(naam, `${pad}.in.${k}`, `vraag "${als.vraag}" heeft geen antwoord "${x}"`)),
        );
    };
    routes?.forEach((r, i) => {
      const naam = 'content/verkenner/routes.yaml';
      r.doelen.forEach(
        (d, k) =>
          !doelIds.includes(d) && problems.push(fieldProblem(naam, `routes.${i}.doelen.${k}`, `onbekend doel "${d}"`)),
      );
      r.vormen.forEach(
        (v, k) =>
          !vormIds.has(v) && problems.push(fieldProblem(naam, `routes.${i}.vormen.${k}`, `onbekende vorm "${v}"`)),
      );
      if (r.casus && !kb.casussen.some((c) => c.id === r.casus))
        problems.push(fieldProblem(naam, `routes.${i}.casus`, `onbekende casus "${r.casus}"`));
      r.past.forEach((p, k) => checkAls(p.als, naam, `routes.${i}.past.${k}.als`));
    });
    if (routes) {
      const ids = new Set<string>();
      routes.forEach((r, i) => {
        if (ids.has(r.id))
          problems.push(`content/verkenner/routes.yaml: veld "routes.${i}.id": dubbele route "${r.id}"`);
        ids.add(r.id);
      });
      for (const d of doelIds)
        if (!routes.some((r) => r.doelen.includes(d)))
          problems.push(`content/verkenner/routes.yaml: geen route voor doel "${d}"`);
    }
    if (m) {
      for (const [q, a] of Object.entries(m.antwoorden))
        checkAls({ vraag: q, in: [a] }, 'content/verkenner/motie.yaml', `antwoorden.${q}`);
      m.doelen.forEach(
        (d, k) =>
          !doelIds.includes(d) &&
          problems.push(`content/verkenner/motie.yaml: veld "doelen.${k}": onbekend doel "${d}"`),
      );
    }
    kader?.forEach((x, i) =>
      x.doelen.forEach(
        (d, k) =>
          !doelIds.includes(d) &&
          problems.push(`content/verkenner/kader.yaml: veld "kader.${i}.doelen.${k}": onbekend doel "${d}"`),
      ),
    );
    delen?.forEach((x, i) =>
      x.doelen.forEach(
        (d, k) =>
          !doelIds.includes(d) &&
          problems.push(`content/verkenner/delen.yaml: veld "delen.${i}.doelen.${k}": onbekend doel "${d}"`),
      ),
    );
  }
  for (const [id, d] of Object.entries(doelen)) {
    d.belemmeringen.forEach(
      (b, i) =>
        !belIds.has(b.id) &&
        problems.push(
          `content/verkenner/doelen/${id}.yaml: veld "belemmeringen.${i}.id": onbekende belemmering "${b.id}"`,
        ),
    );
    d.bestaand.forEach((b, i) => {
      if (b.casus && !kb.casussen.some((c) => c.id === b.casus))
        problems.push(`content/verkenner/doelen/${id}.yaml: veld "bestaand.${i}.casus": onbekende casus "${b.casus}"`);
    });
  }
  // a file that could not be read or validated has pushed its problem above
  if (problems.length || !vragen || !routes || !delen || !m || !kader)
    throw new Error(`Ongeldige inhoud van de verkenner (${problems.length}):\n- ${problems.join('\n- ')}`);
  return { vragen, routes, doelen, delen, motie: m, kader };
}
