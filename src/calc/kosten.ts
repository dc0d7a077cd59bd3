/**
 * Cost calculator (/rekenhulp/kosten/): the yearly cost of shared staff
 * (fte × cost per fte, plus the host's overhead percentage) split over the
 * municipalities by a key, against what each would pay alone. Every amount
 * comes from the user's own input; the cited cost lines per route live in
 * content/kosten/. Pure: runs at build time and in the browser.
 *
 * Money is computed in whole cents with BigInt and split with the
 * largest-remainder rule of ./kostenverdeling.ts, so the parts add up exactly.
 */
import { euro, getalNl, parseGetal, distributeCenten } from './kostenverdeling.ts';
import { REKENHULP_TEKST } from '../lib/labels.ts';

const T = REKENHULP_TEKST.kosten;
const LEEG = REKENHULP_TEKST.getal.leeg;

export const SLEUTELS = T.sleutel;
export type SleutelSoort = keyof typeof SLEUTELS;

/** Most rows the form offers: the 14 Twente municipalities. */
export const MAX_GEMEENTEN = 14;

/** Form input, as typed (strings), exactly what the URL query holds. */
export interface KostenInvoer {
  /** fte of the shared function */
  fte?: string;
  /** yearly cost of one fte in euros (the user's own figure) */
  kosten?: string;
  /** host's overhead as a percentage of the staff cost */
  opslag?: string;
  /** number of municipalities */
  n?: string;
  sleutel?: string;
  /** per municipality: name (optional) and weight (inhabitants or use) */
  namen?: string[];
  gewichten?: string[];
  /** fte each municipality would need on its own (optional) */
  alleen?: string;
}
export type KostenVeld = 'fte' | 'kosten' | 'opslag' | 'n' | 'sleutel' | 'alleen' | `gewicht-${number}`;

export interface KostenRij {
  naam: string;
  grondslag: string;
  procent: number;
  centen: number;
  bedrag: string;
  /** what this municipality would pay alone, when the user gave fte alone */
  alleenCenten?: number;
  alleen?: string;
  /** alone minus shared: positive = saving by sharing */
  verschil?: string;
}
export interface KostenUitkomst {
  ok: true;
  totaalCenten: number;
  totaal: string;
  personeelCenten: number;
  opslagCenten: number;
  sleutel: SleutelSoort;
  rijen: KostenRij[];
  alleenTotaal?: string;
  alleenTotaalCenten?: number;
  samenvatting: string;
  /** the computation in words, line by line */
  stappen: string[];
}
export interface KostenFouten {
  ok: false;
  fouten: Partial<Record<KostenVeld, string>>;
}

const isSleutel = (s: string | undefined): s is SleutelSoort => !!s && Object.hasOwn(SLEUTELS, s);

/** a × b / schaal, rounded half up, all non-negative BigInt */
const mulDiv = (a: bigint, b: bigint, schaal: bigint): bigint => (a * b * 2n + schaal) / (2n * schaal);

export function computeKosten(invoer: KostenInvoer): KostenUitkomst | KostenFouten {
  const fouten: Partial<Record<KostenVeld, string>> = {};
  /** `nul`: the message when 0 is not allowed; undefined when 0 is fine */
  const lees = (veld: KostenVeld, s: string | undefined, dec: number, leeg: string, nul?: string) => {
    const r = parseGetal(s, dec);
    if (!r.ok) {
      fouten[veld] = r.fout === LEEG ? leeg : r.fout;
      return 0n;
    }
    if (nul && r.waarde === 0n) fouten[veld] = nul;
    return r.waarde;
  };

  const fte = lees('fte', invoer.fte, 2, T.fout.fteLeeg, T.fout.fteNul); // hundredths
  if (!fouten.fte && fte > 5000n) fouten.fte = T.fout.fteMax;
  const kosten = lees('kosten', invoer.kosten, 2, T.fout.kostenLeeg, T.fout.kostenNul); // cents
  const opslag = lees('opslag', invoer.opslag, 2, T.fout.opslagLeeg); // hundredths of a percent
  if (!fouten.opslag && opslag > 20000n) fouten.opslag = T.fout.opslagMax;

  const nR = parseGetal(invoer.n, 0);
  let n = 0;
  if (!nR.ok) fouten.n = nR.fout === LEEG ? T.fout.nLeeg : nR.fout;
  else if (nR.waarde < 1n || nR.waarde > BigInt(MAX_GEMEENTEN)) fouten.n = T.fout.nBereik(MAX_GEMEENTEN);
  else n = Number(nR.waarde);

  const sleutel: SleutelSoort = isSleutel(invoer.sleutel) ? invoer.sleutel : 'gelijk';
  if (invoer.sleutel && !isSleutel(invoer.sleutel)) fouten.sleutel = T.fout.sleutel;

  let alleen: bigint | undefined;
  if ((invoer.alleen ?? '').trim()) {
    alleen = lees('alleen', invoer.alleen, 2, T.fout.alleenLeeg);
    if (!fouten.alleen && alleen > 5000n) fouten.alleen = T.fout.fteMax;
  }

  const namen = Array.from({ length: n }, (_, i) => (invoer.namen?.[i] ?? '').trim() || T.gemeente(i + 1));
  const gewichten: bigint[] = [];
  if (sleutel !== 'gelijk') {
    for (let i = 0; i < n; i++) {
      const w = parseGetal(invoer.gewichten?.[i], 0);
      if (!w.ok)
        fouten[`gewicht-${i}`] =
          w.fout === LEEG ? T.fout.gewichtLeeg({ inwoners: sleutel === 'inwoners', naam: namen[i] }) : w.fout;
      else gewichten.push(w.waarde);
    }
    if (!Object.keys(fouten).some((k) => k.startsWith('gewicht-')) && gewichten.every((w) => w === 0n) && n > 0)
      fouten['gewicht-0'] = T.fout.gewichtAllemaalNul;
  }
  if (Object.keys(fouten).length) return { ok: false, fouten };

  // fte (1/100) × cost (cents) → cents
  const personeel = mulDiv(fte, kosten, 100n);
  // overhead: opslag is in 1/100 percent → / 10000
  const opslagCenten = mulDiv(personeel, opslag, 10000n);
  const totaal = personeel + opslagCenten;
  const w = sleutel === 'gelijk' ? namen.map(() => 1n) : gewichten;
  const delen = totaal === 0n ? w.map(() => 0n) : distributeCenten(totaal, w);
  const som = w.reduce((a, b) => a + b, 0n);
  const alleenPer = alleen !== undefined ? mulDiv(alleen, kosten, 100n) : undefined;

  const rijen: KostenRij[] = namen.map((naam, i) => {
    const r: KostenRij = {
      naam,
      grondslag:
        sleutel === 'gelijk'
          ? T.grondslag.gelijk(n)
          : sleutel === 'inwoners'
            ? T.grondslag.inwoners(getalNl(Number(w[i])))
            : T.grondslag.gebruik(getalNl(Number(w[i]))),
      procent: Number((w[i] * 1_000_000n) / som) / 10_000,
      centen: Number(delen[i]),
      bedrag: euro(delen[i]),
    };
    if (alleenPer !== undefined) {
      r.alleenCenten = Number(alleenPer);
      r.alleen = euro(alleenPer);
      r.verschil = euro(alleenPer - delen[i]);
    }
    return r;
  });

  const fteTxt = getalNl(Number(fte) / 100, 2);
  const stappen = [
    T.stap.personeel({ fte: fteTxt, kosten: euro(kosten), personeel: euro(personeel) }),
    T.stap.opslag({
      procent: getalNl(Number(opslag) / 100, 2),
      personeel: euro(personeel),
      opslag: euro(opslagCenten),
    }),
    T.stap.samen(euro(totaal)),
    sleutel === 'gelijk' ? T.stap.verdeeldGelijk(n) : T.stap.verdeeldNaar(sleutel === 'inwoners'),
    T.stap.afronding,
  ];
  if (alleenPer !== undefined)
    stappen.push(T.stap.alleen({ fte: getalNl(Number(alleen) / 100, 2), bedrag: euro(alleenPer) }));
  const alleenTotaal = alleenPer !== undefined ? alleenPer * BigInt(n) : undefined;
  return {
    ok: true,
    totaalCenten: Number(totaal),
    totaal: euro(totaal),
    personeelCenten: Number(personeel),
    opslagCenten: Number(opslagCenten),
    sleutel,
    rijen,
    alleenTotaal: alleenTotaal !== undefined ? euro(alleenTotaal) : undefined,
    alleenTotaalCenten: alleenTotaal !== undefined ? Number(alleenTotaal) : undefined,
    samenvatting: T.samenvatting({
      totaal: euro(totaal),
      n,
      alleenTotaal: alleenTotaal !== undefined ? euro(alleenTotaal) : undefined,
    }),
    stappen,
  };
}

// ---------------------------------------------------------------- URL query
/** Read the calculator's input from a URL query (the shareable state). */
export function kostenUitQuery(q: URLSearchParams): KostenInvoer & { route?: string } {
  const get = (k: string) => q.get(k) ?? undefined;
  return {
    route: get('route'),
    fte: get('fte'),
    kosten: get('kosten'),
    opslag: get('opslag'),
    n: get('n'),
    sleutel: get('sleutel'),
    alleen: get('alleen'),
    namen: q.getAll('naam'),
    gewichten: q.getAll('w'),
  };
}

/** Write the input to a URL query; only the rows that are in use. */
export function kostenNaarQuery(i: KostenInvoer & { route?: string }): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of ['route', 'fte', 'kosten', 'opslag', 'n', 'sleutel', 'alleen'] as const) {
    const v = i[k];
    if (v !== undefined && v !== '') q.set(k, v);
  }
  const n = Math.min(Number.parseInt(i.n ?? '', 10) || 0, MAX_GEMEENTEN);
  for (let r = 0; r < n; r++) {
    q.append('naam', i.namen?.[r] ?? '');
    if (i.sleutel && i.sleutel !== 'gelijk') q.append('w', i.gewichten?.[r] ?? '');
  }
  return q;
}
