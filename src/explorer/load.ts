/**
 * Loads and validates the explorer's content (content/verkenner/) at build
 * time: schema errors and citations to unknown sources fail the build with
 * the file and the field named. Node only (fs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { buildIndex, allCitations } from '../lib/references.ts';
import type { KnowledgeBase } from '../lib/types.ts';
import { situatieVelden } from '../engine/velden.ts';
import { doel, geschiktheidBestand, motie, vragenBestand, type Doel, type Motie } from './schema.ts';
import type { GeschiktheidRegel, VragenBestand } from './schema.ts';

export interface VerkennerInhoud {
  vragen: VragenBestand;
  geschiktheid: GeschiktheidRegel[];
  doelen: Record<string, Doel>;
  motie: Motie;
}

export function laadVerkenner(root: string, kb: KnowledgeBase): VerkennerInhoud {
  const problems: string[] = [];
  const dir = join(root, 'verkenner');
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
      problems.push(...r.error.issues.map((i) => `${naam}: veld "${i.path.join('.') || '(geheel)'}": ${i.message}`));
      return undefined;
    }
    const idx = buildIndex(kb);
    for (const c of allCitations(r.data)) {
      const p = idx.citationProblem(c);
      if (p) problems.push(`${naam}: ${p}`);
    }
    return r.data;
  };
  const vragen = lees('vragen.yaml', vragenBestand);
  const geschiktheid = lees('geschiktheid.yaml', geschiktheidBestand);
  const m = lees('motie.yaml', motie);
  const doelen: Record<string, Doel> = {};
  const doelDir = join(dir, 'doelen');
  const doelIds = vragen?.vragen.find((v) => v.id === 'doel')?.opties.map((o) => o.id) ?? [];
  for (const id of doelIds) {
    const d = lees(`doelen/${id}.yaml`, doel);
    if (d) doelen[id] = d;
  }
  if (existsSync(doelDir))
    for (const f of readdirSync(doelDir))
      if (!doelIds.includes(f.replace(/\.ya?ml$/, ''))) problems.push(`content/verkenner/doelen/${f}: geen antwoord op de vraag "doel" heet zo`);

  // cross-references: situation fields, forms, questions, options, terms
  const veldNamen = new Set(situatieVelden.map((v) => v.naam));
  const vormIds = new Set(kb.vormen.map((v) => v.id));
  if (vragen) {
    vragen.vragen.forEach((v, i) => {
      if (v.begrip && !kb.begrippen.some((b) => b.id === v.begrip)) problems.push(`content/verkenner/vragen.yaml: veld "vragen.${i}.begrip": onbekend begrip "${v.begrip}"`);
      const check = (zet: Record<string, unknown>, pad: string) => {
        for (const k of Object.keys(zet)) if (!veldNamen.has(k)) problems.push(`content/verkenner/vragen.yaml: veld "${pad}.${k}": onbekend situatieveld "${k}"`);
      };
      check(v.alsOvergeslagen, `vragen.${i}.alsOvergeslagen`);
      v.opties.forEach((o, j) => check(o.zet, `vragen.${i}.opties.${j}.zet`));
    });
    vragen.aannames.forEach((a, i) => {
      if (!veldNamen.has(a.veld)) problems.push(`content/verkenner/vragen.yaml: veld "aannames.${i}.veld": onbekend situatieveld "${a.veld}"`);
    });
    const opties = new Map(vragen.vragen.map((v) => [v.id, new Set(v.opties.map((o) => o.id))]));
    const checkAls = (als: { vraag: string; in: string[] }, naam: string, pad: string) => {
      const o = opties.get(als.vraag);
      if (!o) problems.push(`${naam}: veld "${pad}.vraag": onbekende vraag "${als.vraag}"`);
      else als.in.forEach((x, k) => !o.has(x) && problems.push(`${naam}: veld "${pad}.in.${k}": vraag "${als.vraag}" heeft geen antwoord "${x}"`));
    };
    geschiktheid?.regels.forEach((r, i) => {
      checkAls(r.als, 'content/verkenner/geschiktheid.yaml', `regels.${i}.als`);
      if (Array.isArray(r.vormen)) r.vormen.forEach((v, k) => !vormIds.has(v) && problems.push(`content/verkenner/geschiktheid.yaml: veld "regels.${i}.vormen.${k}": onbekende vorm "${v}"`));
    });
    if (m) {
      for (const [q, a] of Object.entries(m.antwoorden)) checkAls({ vraag: q, in: [a] }, 'content/verkenner/motie.yaml', `antwoorden.${q}`);
      m.routes.forEach((r, i) => {
        if (r.vorm && !vormIds.has(r.vorm)) problems.push(`content/verkenner/motie.yaml: veld "routes.${i}.vorm": onbekende vorm "${r.vorm}"`);
        if (r.casus && !kb.casussen.some((c) => c.id === r.casus)) problems.push(`content/verkenner/motie.yaml: veld "routes.${i}.casus": onbekende casus "${r.casus}"`);
        r.doelen.forEach((d, k) => !doelIds.includes(d) && problems.push(`content/verkenner/motie.yaml: veld "routes.${i}.doelen.${k}": onbekend doel "${d}"`));
      });
    }
  }
  for (const d of Object.values(doelen))
    d.bestaand.forEach((b) => {
      if (b.casus && !kb.casussen.some((c) => c.id === b.casus)) problems.push(`content/verkenner/doelen: onbekende casus "${b.casus}"`);
    });
  if (problems.length) throw new Error(`Ongeldige inhoud van de verkenner (${problems.length}):\n- ${problems.join('\n- ')}`);
  return { vragen: vragen!, geschiktheid: geschiktheid!.regels, doelen, motie: m! };
}
