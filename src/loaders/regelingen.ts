/**
 * Regelingen (content/regelingen/): cross-checks, citation links and the
 * portfolio of a municipality. Pure: plain data in, plain data out.
 *
 * The portfolio of a municipality is every current regeling (not replaced
 * by a later version) in which it takes part:
 * - directly, when it is in the regeling's list of participants;
 * - via a body, when a participant is an organisation that another current
 *   regeling institutes (`lichaam`) and the municipality takes part in that
 *   one (e.g. Hof van Twente in the ICT regeling of Hengelo via SWB Midden
 *   Twente). One level deep, which is what the sources show.
 */
import type { Citation, Cited } from '../schemas/index.ts';
import { RAADSPUNTEN, type PuntNaam, type Regeling, type RegelingPunt } from '../schemas/regeling.ts';
import { fieldProblem } from '../lib/errors.ts';
import { uittredingBronnen, uittredingTekst } from '../lib/feiten.ts';
import { woorden, zinnen } from '../lib/leesbaarheid.ts';
import { UI } from '../lib/labels.ts';
import type { UittredingRegels } from '../schemas/calc.ts';
import type { ReferenceIndex } from './references.ts';
import type { Entry, KnowledgeBase } from '../schemas/types.ts';

/** Cross-references of the regelingen: participants, hosts, bodies, replacements, text sources, and ids unique among all sources. */
export function checkRegelingen(
  kb: Pick<KnowledgeBase, 'regelingen' | 'bronnen' | 'externeBronnen'>,
  idx: ReferenceIndex,
): string[] {
  const out: string[] = [];
  const bronIds = new Set([...kb.bronnen.map((b) => b.id), ...kb.externeBronnen.map((b) => b.id)]);
  const regelingIds = new Set(kb.regelingen.map((r) => r.id));
  for (const r of kb.regelingen) {
    const d = r.data;
    const err = (veld: string, msg: string) => out.push(fieldProblem(r.file, veld, msg));
    if (bronIds.has(r.id))
      err(
        '',
        `de id "${r.id}" is ook de id van een bron in content/bronnen/ of content/externe-bronnen/; kies een andere bestandsnaam`,
      );
    d.deelnemers.lijst.forEach((x, i) => {
      if (x.organisatie && !idx.has('organisaties', x.organisatie))
        err(`deelnemers.lijst.${i}.organisatie`, `onbekende organisatie "${x.organisatie}"`);
    });
    for (const k of ['lichaam', 'gastheer'] as const) {
      const v = d[k];
      if (v && !idx.has('organisaties', v)) err(k, `onbekende organisatie "${v}"`);
    }
    if (d.vervangenDoor) {
      if (!regelingIds.has(d.vervangenDoor))
        err('vervangenDoor', `onbekende regeling "${d.vervangenDoor}" (niet in content/regelingen/)`);
      else if (d.vervangenDoor === r.id) err('vervangenDoor', 'een regeling kan zichzelf niet vervangen');
    }
    if (d.tekstBron && !kb.bronnen.some((b) => b.id === d.tekstBron))
      err('tekstBron', `onbekende bron "${d.tekstBron}" (niet in content/bronnen/)`);
  }
  return out;
}

/** How a municipality takes part in a regeling. */
export interface Deelname {
  regeling: string;
  /** 'direct', 'via' a body that takes part, or in one or more 'voorzieningen' of an agreement without being a party */
  wijze: 'direct' | 'via' | 'voorziening';
  /** for an agreement: the IT-voorzieningen the organisation takes part in (content/organisaties/ deelnames) */
  voorzieningen?: string[];
  /** the participating body (the municipality's organ, or the body it takes part through) */
  orgaan?: string;
  /** for 'via': the organisation through which, and the regeling that makes it a participant of that body */
  via?: { organisatie: string; regeling: string };
}

/** The regelingen that apply now: those not replaced by a later version. */
const huidige = <T extends { data: Pick<Regeling, 'vervangenDoor'> }>(regelingen: T[]): T[] =>
  regelingen.filter((r) => !r.data.vervangenDoor);

/** Every current regeling in which organisation `org` takes part, directly or via a body (one level). */
export function deelnamesVan(org: string, regelingen: Entry<Regeling>[]): Deelname[] {
  const nu = huidige(regelingen);
  const direct = nu.filter((r) => r.data.deelnemers.lijst.some((d) => d.organisatie === org));
  const out: Deelname[] = direct.map((r) => ({
    regeling: r.id,
    wijze: 'direct',
    orgaan: r.data.deelnemers.lijst.find((d) => d.organisatie === org)?.orgaan,
  }));
  const bodies = direct.flatMap((r) =>
    r.data.lichaam && r.data.lichaam !== org ? [{ organisatie: r.data.lichaam, regeling: r.id }] : [],
  );
  const seen = new Set(out.map((d) => d.regeling));
  for (const b of bodies)
    for (const r of nu) {
      if (seen.has(r.id)) continue;
      const p = r.data.deelnemers.lijst.find((d) => d.organisatie === b.organisatie);
      if (!p) continue;
      seen.add(r.id);
      out.push({ regeling: r.id, wijze: 'via', orgaan: p.orgaan, via: b });
    }
  return out;
}

/** The agreement (content/regelingen/) that is the text of a case (content/casussen/). */
const OVEREENKOMST_VAN_CASUS: Record<string, string> = {
  'it-platform-twente': 'overeenkomst-it-platform-twente',
  'vth-omgevingsrecht-twente': 'overeenkomst-vth-twente',
};

/**
 * Add what the organisation's own entry says about the agreements: the
 * IT-voorzieningen it takes part in, and a part in a voorziening without
 * being a party (Bijlage 1 of IT Platform Twente).
 */
export function metVoorzieningen(
  deelnames: Deelname[],
  orgDeelnames: { casus: string; rol: string; voorzieningen: string[] }[],
  regelingen: Entry<Regeling>[],
): Deelname[] {
  const out = deelnames.map((d) => ({ ...d }));
  for (const od of orgDeelnames) {
    const r = OVEREENKOMST_VAN_CASUS[od.casus];
    if (!r || !regelingen.some((x) => x.id === r)) continue;
    const al = out.find((d) => d.regeling === r);
    if (al) {
      al.voorzieningen = od.voorzieningen;
      // its own part in a voorziening says more than taking part through a body that is a party
      if (al.wijze === 'via' && od.voorzieningen.length)
        Object.assign(al, { wijze: 'voorziening', via: undefined, orgaan: undefined });
    } else if (od.voorzieningen.length)
      out.push({ regeling: r, wijze: 'voorziening', voorzieningen: od.voorzieningen });
  }
  return out;
}

/** A point of a regeling as the portfolio shows it: settled text with citations, or the reason it is not. */
export type PuntView =
  | { punt: PuntNaam; vastgesteld: true; tekst: string; bronnen: Citation[] }
  | { punt: PuntNaam; vastgesteld: false; reden: string };

const puntView = (punt: PuntNaam, p: RegelingPunt): PuntView =>
  p.nietVastgesteld !== undefined
    ? { punt, vastgesteld: false, reden: p.nietVastgesteld }
    : { punt, vastgesteld: true, tekst: p.tekst ?? '', bronnen: p.bronnen ?? [] };

/** The council's points of a regeling, in the portfolio's order. */
export const puntenVan = (r: Regeling): PuntView[] => RAADSPUNTEN.map((k) => puntView(k, r[k]));

/** How many of a regeling's council points are settled, out of how many. */
export function dekking(r: Regeling): { vastgesteld: number; totaal: number } {
  const p = puntenVan(r);
  return { vastgesteld: p.filter((x) => x.vastgesteld).length, totaal: p.length };
}

/** Matrix of municipalities × current regelingen: for each cell, how the municipality takes part (or not). */
export interface PortefeuilleMatrix {
  gemeenten: { id: string; naam: string }[];
  regelingen: { id: string; korteTitel: string }[];
  cel: (gemeente: string, regeling: string) => Deelname | undefined;
}

export function portefeuilleMatrix(
  gemeenten: { id: string; naam: string; deelnames?: { casus: string; rol: string; voorzieningen: string[] }[] }[],
  regelingen: Entry<Regeling>[],
): PortefeuilleMatrix {
  const per = new Map(
    gemeenten.map((g) => [
      g.id,
      new Map(
        metVoorzieningen(deelnamesVan(g.id, regelingen), g.deelnames ?? [], regelingen).map((d) => [d.regeling, d]),
      ),
    ]),
  );
  const nu = huidige(regelingen);
  // columns: regelingen in which at least one of the municipalities takes part, the most shared first
  const telling = (id: string) => gemeenten.filter((g) => per.get(g.id)?.has(id)).length;
  const kolommen = nu
    .filter((r) => telling(r.id) > 0)
    .sort((a, b) => telling(b.id) - telling(a.id) || a.data.korteTitel.localeCompare(b.data.korteTitel, 'nl'))
    .map((r) => ({ id: r.id, korteTitel: r.data.korteTitel }));
  return {
    gemeenten: gemeenten.map((g) => ({ id: g.id, naam: g.naam })),
    regelingen: kolommen,
    cel: (g, r) => per.get(g)?.get(r),
  };
}

/** Labels of the council points (B1). */
export const PUNT_LABEL: Record<PuntNaam, string> = {
  uittreding: 'Hoe stapt u eruit?',
  uittredingskosten: 'Wat kost uittreden?',
  kostenverdeling: 'Wie betaalt wat (verdeelsleutel)?',
  stemmen: 'Wie beslist, met hoeveel stemmen?',
  raad: 'Wat kan de raad?',
  laatsteWijziging: 'Laatste wijziging',
};

/** Labels of the forms as the site classifies them. */
export const VORM_LABEL: Record<Regeling['vorm']['soort'], string> = {
  'openbaar-lichaam': 'Openbaar lichaam',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie',
  'gemeenschappelijk-orgaan': 'Gemeenschappelijk orgaan',
  centrumgemeente: 'Centrumgemeente',
  'regeling-zonder-meer': 'Regeling zonder meer',
  samenwerkingsovereenkomst: 'Samenwerkingsovereenkomst',
  'niet-vastgesteld': 'Vorm niet vastgesteld',
};

/** The form page of the site for a form, where there is one. */
export const VORM_PAGINA: Partial<Record<Regeling['vorm']['soort'], string>> = {
  'openbaar-lichaam': '/vormen/openbaar-lichaam/',
  bedrijfsvoeringsorganisatie: '/vormen/bedrijfsvoeringsorganisatie/',
  'gemeenschappelijk-orgaan': '/vormen/gemeenschappelijk-orgaan/',
  centrumgemeente: '/vormen/centrumgemeente/',
};

/** The cooperations on IT that the cases of this site are about: regeling and its case, in the order a municipality's answers name them. */
const IT_REGELINGEN: [regeling: string, casus: string][] = [
  ['overeenkomst-it-platform-twente', 'it-platform-twente'],
  ['gr-samenwerking-ict-hengelo', 'samenwerking-ict-hengelo'],
];

/** What a council member asks of one IT cooperation of a municipality, each answer settled or not. */
export interface ItSamenwerking {
  regeling: string;
  /** the case (content/casussen/) that is about this cooperation */
  casus: string;
  deelname: Deelname;
  /** how to get out, in short (first screen) and in full with what remains owed (detail) */
  uittreden: { kort: Cited; volledig: Cited[] } | { nietVastgesteld: string };
  /** what the raad can do, in short (first screen) and in full (detail) */
  raad: { kort: Cited; volledig: Cited } | { nietVastgesteld: string };
}

/** The first sentences of a text, together at most 30 words (at least the first sentence): a short answer. */
function kortVan(tekst: string): string {
  const uit: string[] = [];
  let n = 0;
  for (const z of zinnen(tekst)) {
    n += woorden(z);
    if (uit.length > 0 && n > KORT_WOORDEN) break;
    uit.push(z);
  }
  return uit.join(' ');
}
const KORT_WOORDEN = 30;

/**
 * The IT cooperations of a municipality (from its portfolio), with how to get out and what the raad can
 * do. The exit rules come from their one home (content/uittreding/, the rules whose source document is
 * the regeling's text): for a party the rule of leaving the whole (the first by `volgorde`), for a
 * participant in IT-voorzieningen only the rules of stopping with one (the later ones). Where the rules
 * are not in a home, the regeling's own point is used; where that is not settled, its reason.
 */
export function itSamenwerkingen(
  deelnames: Deelname[],
  regelingen: Entry<Regeling>[],
  uittreding: Entry<UittredingRegels>[],
): ItSamenwerking[] {
  return IT_REGELINGEN.flatMap(([id, casus]) => {
    const d = deelnames.find((x) => x.regeling === id);
    const e = regelingen.find((r) => r.id === id);
    if (!d || !e) return [];
    const r = e.data;
    const thuis = uittreding
      .filter((u) => r.tekstBron && u.data.regeling === r.tekstBron)
      .sort((a, b) => a.data.volgorde - b.data.volgorde);
    const regels = d.wijze === 'voorziening' && thuis.length > 1 ? thuis.slice(1) : thuis.slice(0, 1);
    const uittreden: ItSamenwerking['uittreden'] =
      regels.length > 0
        ? {
            kort: {
              tekst: regels.map((u) => uittredingTekst(u.data, 'kort')).join(' '),
              bronnen: regels.flatMap((u) => uittredingBronnen(u.data, 'kort')),
            },
            volledig: regels.map((u) => ({
              tekst: uittredingTekst(u.data, 'volledig'),
              bronnen: uittredingBronnen(u.data, 'volledig'),
            })),
          }
        : r.uittreding.nietVastgesteld !== undefined
          ? { nietVastgesteld: r.uittreding.nietVastgesteld }
          : {
              kort: { tekst: kortVan(r.uittreding.tekst ?? ''), bronnen: r.uittreding.bronnen ?? [] },
              volledig: [
                { tekst: r.uittreding.tekst ?? '', bronnen: r.uittreding.bronnen ?? [] },
                ...(r.uittredingskosten.nietVastgesteld === undefined
                  ? [{ tekst: r.uittredingskosten.tekst ?? '', bronnen: r.uittredingskosten.bronnen ?? [] }]
                  : []),
              ],
            };
    // the raad point of a regeling speaks of its participants; taking part through a body or in
    // IT-voorzieningen only is not what it describes
    const raad: ItSamenwerking['raad'] =
      d.wijze !== 'direct'
        ? {
            nietVastgesteld: UI.raadNietVastgesteld[d.wijze === 'via' ? 'via' : 'voorziening'],
          }
        : r.raad.nietVastgesteld !== undefined
          ? { nietVastgesteld: r.raad.nietVastgesteld }
          : {
              kort: { tekst: kortVan(r.raad.tekst ?? ''), bronnen: r.raad.bronnen ?? [] },
              volledig: { tekst: r.raad.tekst ?? '', bronnen: r.raad.bronnen ?? [] },
            };
    return [{ regeling: id, casus, deelname: d, uittreden, raad }];
  });
}
