/**
 * From the official formats to a content entry of content/regelingen/:
 * one record of the register export, with the CVDR text of its regeling
 * where that was placed beside it. Pure. The result is plain data that the
 * loader validates with the same zod schema as a hand-written file.
 *
 * Nothing is guessed: a council point is filled only when an article of the
 * imported text is about it (by its heading), and then cites that article;
 * otherwise it says "niet vastgesteld" and why. Participants and the form
 * come from the register and cite it.
 */
import type { CvdrArtikel, CvdrRegeling } from './cvdr.ts';
import type { RegisterRecord } from './register.ts';
import type { PuntNaam } from '../schemas/regeling.ts';

/** The public source (content/externe-bronnen/) that imported register data cites. */
const REGISTER_BRON = 'register-gemeenschappelijke-regelingen';

export const slugVan = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A participant's name in the register → a known organisation id, if one matches ("Gemeente Hof van Twente" → hof-van-twente). */
export function organisatieVan(naam: string, bekend: ReadonlySet<string>): string | undefined {
  const kaal = naam
    .replace(/^(college van burgemeester en wethouders van( de gemeente)?|gemeente|provincie)\s+/i, '')
    .replace(/\s*\(O\)$/, '');
  for (const kandidaat of [slugVan(naam), slugVan(kaal), `provincie-${slugVan(kaal)}`])
    if (bekend.has(kandidaat)) return kandidaat;
  return undefined;
}

const KOPPEN: Record<Exclude<PuntNaam, 'laatsteWijziging'> | 'zetel', RegExp> = {
  zetel: /vestig|zetel/i,
  uittreding: /uittre/i,
  uittredingskosten: /uittre.*(kosten|gevolg|financ)|(kosten|gevolg).*uittre/i,
  kostenverdeling: /bijdrage|kostenverdeling|verdeelsleutel|verdeling van de kosten|financi/i,
  stemmen: /stem|besluitvorming/i,
  raad: /zienswijze|inlichting|informatie|verantwoording|raad/i,
};

const kort = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')} …` : s);

function punt(id: string, a: CvdrArtikel | undefined, wat: string, heeftTekst: boolean) {
  if (!a)
    return {
      nietVastgesteld: heeftTekst
        ? `Niet vastgesteld: de ingelezen tekst heeft geen artikel waarvan de kop over ${wat} gaat.`
        : `Niet vastgesteld: van deze regeling is alleen het registerrecord ingelezen, niet de tekst.`,
    };
  return { tekst: `${a.titel}: "${kort(a.tekst[0])}"`, bronnen: [{ bron: id, plaats: a.id }] };
}

const BLAD = {
  gmb: 'gemeenteblad',
  prb: 'provinciaal-blad',
  stcrt: 'staatscourant',
  wsb: 'staatscourant',
  bgr: 'gemeenteblad',
} as const;

function publicatieVan(r: RegisterRecord, t: CvdrRegeling | undefined) {
  if (t)
    return {
      id: t.cvdrId,
      ...(t.versie ? { versie: t.versie } : {}),
      blad: 'cvdr' as const,
      url: `https://lokaleregelgeving.overheid.nl/${t.cvdrId}${t.versie ? `/${t.versie}` : ''}`,
    };
  if (!r.publicatie) return undefined;
  if (r.publicatie.startsWith('CVDR'))
    return { id: r.publicatie, blad: 'cvdr' as const, url: `https://lokaleregelgeving.overheid.nl/${r.publicatie}` };
  const pre = r.publicatie.split('-')[0] as keyof typeof BLAD;
  return { id: r.publicatie, blad: BLAD[pre], url: `https://zoek.officielebekendmakingen.nl/${r.publicatie}.html` };
}

/** One register record (and its CVDR text, if any) as the data of a content/regelingen/ entry with id `id`. */
export function naarRegeling(
  id: string,
  r: RegisterRecord,
  t: CvdrRegeling | undefined,
  bekend: ReadonlySet<string>,
  datum: string,
): Record<string, unknown> {
  const registerCite = { bron: REGISTER_BRON, plaats: r.systemId ? `record ${r.systemId}` : `record "${r.titel}"` };
  const artikelen = t?.artikelen ?? [];
  const metKop = (re: RegExp) => artikelen.find((a) => a.id !== 'intitule' && re.test(a.titel));
  const uittreding = metKop(KOPPEN.uittreding);
  const kostenUit =
    metKop(KOPPEN.uittredingskosten) ??
    (uittreding && /kosten|vergoed|bijdrage|schade/i.test(uittreding.tekst.join(' ')) ? uittreding : undefined);
  const zetelArt = artikelen.find(
    (a) => a.id !== 'intitule' && (KOPPEN.zetel.test(a.titel) || a.tekst.some((p) => /gevestigd/i.test(p))),
  );
  const zetelZin = zetelArt?.tekst.find((p) => /gevestigd|zetel/i.test(p));
  const vormArt = artikelen.find((a) =>
    a.tekst.some((p) => /openbaar lichaam|bedrijfsvoeringsorganisatie|gemeenschappelijk orgaan|artikel 8/i.test(p)),
  );
  const heeftTekst = artikelen.length > 0;
  const deelnemers = r.deelnemers.map((n) => {
    const o = organisatieVan(n, bekend);
    return o ? { organisatie: o } : { naam: n };
  });
  const geldig = t?.inwerkingtreding ?? r.inwerkingtreding;
  return {
    citeertitel: t?.titel ?? r.titel,
    korteTitel: kort(r.titel.replace(/^gemeenschappelijke regeling\s+/i, 'GR '), 70),
    soort: 'gemeenschappelijke-regeling',
    ...(publicatieVan(r, t) ? { publicatie: publicatieVan(r, t) } : {}),
    ...(geldig ? { versieDatum: geldig } : {}),
    versieToelichting: [
      `Ingelezen uit het register van gemeenschappelijke regelingen (record ${r.systemId || r.titel}).`,
      t
        ? `Tekst uit CVDR, ${t.cvdrId}${t.versie ? `_${t.versie}` : ''}${t.inwerkingtreding ? `, in werking ${t.inwerkingtreding}` : ''}.`
        : 'Geen tekst ingelezen.',
    ].join(' '),
    geraadpleegd: datum,
    doel: 'Niet vastgesteld: het registerrecord en de ingelezen tekst worden niet samengevat.',
    vorm: r.samenwerkingsvorm
      ? {
          soort: r.samenwerkingsvorm,
          tekst: `Samenwerkingsvorm volgens het register: "${r.samenwerkingsvormTekst}".`,
          bronnen: [registerCite, ...(vormArt ? [{ bron: id, plaats: vormArt.id }] : [])],
        }
      : { soort: 'niet-vastgesteld', tekst: 'Het register noemt geen samenwerkingsvorm.', bronnen: [] },
    deelnemers: { lijst: deelnemers, bronnen: [registerCite] },
    zetel:
      zetelArt && zetelZin
        ? { tekst: kort(zetelZin), bronnen: [{ bron: id, plaats: zetelArt.id }] }
        : punt(id, undefined, 'de vestiging', heeftTekst),
    uittreding: punt(id, uittreding, 'uittreding', heeftTekst),
    uittredingskosten: punt(id, kostenUit, 'de kosten van uittreding', heeftTekst),
    kostenverdeling: punt(id, metKop(KOPPEN.kostenverdeling), 'de verdeling van de kosten', heeftTekst),
    stemmen: punt(id, metKop(KOPPEN.stemmen), 'stemmen', heeftTekst),
    raad: punt(id, metKop(KOPPEN.raad), 'de raad (zienswijzen, informatie)', heeftTekst),
    laatsteWijziging: punt(id, metKop(/wijziging/i), 'wijziging', heeftTekst),
    artikelen,
    nietGelezen: heeftTekst
      ? `De tekst is ingelezen uit de CVDR-XML (${artikelen.length} onderdelen). Bijlagen en toelichting zijn niet ingelezen.`
      : 'Geen tekst ingelezen: alleen het registerrecord.',
    trefwoorden: [r.titel, ...(r.publicatie ? [r.publicatie] : []), ...(t ? [t.cvdrId] : [])],
    laatstGewijzigd: datum,
  };
}
