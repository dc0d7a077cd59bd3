/**
 * Cost-split calculator: a budget split over participants by one cost key of
 * content/kostenverdeling/<id>.yaml. Pure. Money is computed in whole cents
 * with BigInt; parts that do not divide evenly get their remaining cents by
 * the largest-remainder rule (ties: the participant that comes first), so the
 * parts always add up exactly to the budget.
 */
import type { Citation } from '../schemas/index.ts';
import type { Kostensleutel } from '../schemas/calc.ts';
import { euro } from '../lib/money.ts';
import { REKENHULP_TEKST } from '../lib/labels.ts';

const G = REKENHULP_TEKST.getal;
const T = REKENHULP_TEKST.verdeling;

export interface DeelnemerInvoer {
  naam: string;
  /** id of one of the key's `soorten`; ignored by keys without soorten */
  soort?: string;
  /** inhabitants on 1 January of the current year, as typed */
  inwoners?: string;
}
export interface VerdelingInvoer {
  /** the amount to split, or for fte keys the cost of one fte; as typed (Dutch or plain notation) */
  bedrag?: string;
  /** average number of inhabitants of the Twente municipalities, as typed */
  gemiddelde?: string;
  deelnemers: DeelnemerInvoer[];
}

export interface VerdelingRij {
  naam: string;
  soort?: string;
  /** how the weight was found, in words */
  grondslag: string;
  /** share of the total in percent (rounded to 2 decimals), for display */
  procent: number;
  centen: number;
  bedrag: string;
}
export interface VerdelingUitkomst {
  ok: true;
  berekenbaar: true;
  totaalCenten: number;
  totaal: string;
  rijen: VerdelingRij[];
  samenvatting: string;
  uitleg: string[];
  bronnen: Citation[];
}
export interface NietBerekenbaar {
  ok: true;
  berekenbaar: false;
  samenvatting: string;
  bronnen: Citation[];
}
export interface VerdelingFouten {
  ok: false;
  /** field id → Dutch message; fields: bedrag, gemiddelde, deelnemers, deelnemer-<i>-naam|soort|inwoners */
  fouten: Record<string, string>;
}

// ---------------------------------------------------------------- numbers
/**
 * Read a number typed in Dutch or plain notation: "100.000", "100000",
 * "2.500,50", "2500.5", "€ 1 000". Returns the value scaled to `decimalen`
 * decimals as a BigInt, or a message.
 */
export function parseGetal(
  invoer: string | undefined,
  decimalen: number,
): { ok: true; waarde: bigint } | { ok: false; fout: string } {
  const raw = (invoer ?? '').trim();
  let s = raw.replace(/^€\s*/, '').replace(/[\s\u00a0']/g, '');
  if (!s) return { ok: false, fout: G.leeg };
  if (s.startsWith('-')) return { ok: false, fout: G.negatief };
  if (s.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*,\d*$|^\d+,\d*$/.test(s)) return { ok: false, fout: G.ongeldig(raw) };
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (!/^\d+(\.\d*)?$/.test(s)) return { ok: false, fout: G.ongeldig(raw) };
  const [heel, frac = ''] = s.split('.');
  if (frac.length > decimalen && /[1-9]/.test(frac.slice(decimalen)))
    return {
      ok: false,
      fout: decimalen === 0 ? G.geenKomma : G.decimalen(decimalen),
    };
  if (heel.length > 13) return { ok: false, fout: G.teGroot };
  return { ok: true, waarde: BigInt(heel + frac.slice(0, decimalen).padEnd(decimalen, '0')) };
}

/** Cents → "€ 1.234,56" (the one home: src/lib/money.ts). */
export { euro };

/** 12345.6 → "12.345,6" (for weights and counts). */
export function getalNl(n: number, decimalen = 0): string {
  const [h, f] = n.toFixed(decimalen).split('.');
  const heel = h.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return f && /[1-9]/.test(f) ? `${heel},${f.replace(/0+$/, '')}` : heel;
}

/**
 * Split `totaal` cents in proportion to `gewichten` (non-negative, not all 0).
 * Each part is rounded down to a cent; the cents left over go one by one to
 * the parts with the largest remainder, the first of equal remainders first.
 */
export function distributeCenten(totaal: bigint, gewichten: bigint[]): bigint[] {
  const som = gewichten.reduce((a, b) => a + b, 0n);
  if (som <= 0n) throw new Error('distributeCenten: de gewichten zijn samen 0');
  const delen = gewichten.map((w) => (totaal * w) / som);
  const rest = gewichten.map((w, i) => ({ i, r: (totaal * w) % som }));
  let over = totaal - delen.reduce((a, b) => a + b, 0n);
  rest.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; over > 0n; k++, over--) delen[rest[k % rest.length].i] += 1n;
  return delen;
}

// ---------------------------------------------------------------- split
const isLeeg = (d: DeelnemerInvoer) => !d.naam.trim() && !(d.inwoners ?? '').trim();

export function computeVerdeling(
  k: Kostensleutel,
  invoer: VerdelingInvoer,
): VerdelingUitkomst | NietBerekenbaar | VerdelingFouten {
  if (k.methode === 'niet-berekenbaar')
    return { ok: true, berekenbaar: false, samenvatting: k.uitleg.tekst, bronnen: k.uitleg.bronnen };

  const fouten: Record<string, string> = {};
  const rijen = invoer.deelnemers.map((d, i) => ({ d, i })).filter(({ d }) => !isLeeg(d));
  if (rijen.length === 0) fouten.deelnemers = T.fout.geenDeelnemers;

  // the amount
  let bedrag = 0n;
  if (k.methode !== 'vast-per-deelnemer') {
    const b = parseGetal(invoer.bedrag, 2);
    if (!b.ok) fouten.bedrag = b.fout;
    else if (b.waarde === 0n) fouten.bedrag = T.fout.bedragNul;
    else bedrag = b.waarde;
  } else bedrag = BigInt(Math.round((k.bedrag ?? 0) * 100));

  // weights, in millionths of an inhabitant
  const gewichten: bigint[] = [];
  const grondslag: string[] = [];
  const soortLabel: (string | undefined)[] = [];
  let gemiddeldeMilli: bigint | undefined;
  const soorten = new Map(k.soorten.map((s) => [s.id, s]));
  if (k.methode === 'naar-rato') {
    const nodigGemiddelde = rijen.some(({ d }) => soorten.get(d.soort ?? '')?.gewicht.soort === 'gemiddelde');
    if (nodigGemiddelde) {
      const g = parseGetal(invoer.gemiddelde, 3);
      if (!g.ok) fouten.gemiddelde = g.fout === G.leeg ? T.fout.gemiddeldeLeeg : g.fout;
      else if (g.waarde === 0n) fouten.gemiddelde = T.fout.gemiddeldeNul;
      else gemiddeldeMilli = g.waarde;
    }
  }
  for (const { d, i } of rijen) {
    const naam = d.naam.trim() || T.deelnemer(i + 1);
    if (k.methode !== 'naar-rato') {
      gewichten.push(1n);
      grondslag.push(
        k.methode === 'gelijk'
          ? T.grondslag.gelijk
          : k.methode === 'fte-per-deelnemer'
            ? T.grondslag.fte(getalNl(k.fte ?? 0, 2))
            : T.grondslag.vast,
      );
      soortLabel.push(undefined);
      continue;
    }
    const s = soorten.get(d.soort ?? '');
    if (!s) {
      fouten[`deelnemer-${i}-soort`] = T.fout.soort(naam);
      continue;
    }
    soortLabel.push(s.label);
    if (s.gewicht.soort === 'inwoners') {
      const w = parseGetal(d.inwoners, 0);
      if (!w.ok) fouten[`deelnemer-${i}-inwoners`] = w.fout === G.leeg ? T.fout.inwonersLeeg(naam) : w.fout;
      else if (w.waarde === 0n) fouten[`deelnemer-${i}-inwoners`] = T.fout.inwonersNul(naam);
      else {
        gewichten.push(w.waarde * 1_000_000n);
        grondslag.push(T.grondslag.inwoners(getalNl(Number(w.waarde))));
      }
    } else {
      const factorMilli = BigInt(Math.round(s.gewicht.factor * 1000));
      if (gemiddeldeMilli !== undefined) {
        gewichten.push(gemiddeldeMilli * factorMilli);
        const gem = Number(gemiddeldeMilli) / 1000;
        grondslag.push(
          s.gewicht.factor === 1
            ? T.grondslag.gemiddelde(getalNl(gem, 3))
            : T.grondslag.deelVanGemiddelde({
                procent: getalNl(s.gewicht.factor * 100, 1),
                gemiddelde: getalNl(gem, 3),
                uitkomst: getalNl(Number(gemiddeldeMilli * factorMilli) / 1e6, 3),
              }),
        );
      }
    }
  }
  if (Object.keys(fouten).length) return { ok: false, fouten };

  let delen: bigint[];
  if (k.methode === 'naar-rato' || k.methode === 'gelijk') delen = distributeCenten(bedrag, gewichten);
  else if (k.methode === 'fte-per-deelnemer') {
    // cost of one fte × fte, rounded half up to a cent; every participant pays the same
    const fteMilli = BigInt(Math.round((k.fte ?? 0) * 1000));
    const deel = (bedrag * fteMilli + 500n) / 1000n;
    delen = rijen.map(() => deel);
  } else delen = rijen.map(() => bedrag);

  const totaal = delen.reduce((a, b) => a + b, 0n);
  const som = gewichten.reduce((a, b) => a + b, 0n);
  const uitRijen: VerdelingRij[] = rijen.map(({ d, i }, n) => ({
    naam: d.naam.trim() || T.deelnemer(i + 1),
    soort: soortLabel[n],
    grondslag: grondslag[n],
    procent: Number((gewichten[n] * 1_000_000n) / som) / 10_000,
    centen: Number(delen[n]),
    bedrag: euro(delen[n]),
  }));
  const uitleg: string[] = [];
  if (k.methode === 'fte-per-deelnemer')
    uitleg.push(T.stap.fte({ fte: getalNl(k.fte ?? 0, 2), bedrag: euro(bedrag), deel: euro(delen[0]) }));
  if (k.methode === 'vast-per-deelnemer') uitleg.push(T.stap.vast(euro(bedrag)));
  if (k.methode === 'naar-rato' || k.methode === 'gelijk') uitleg.push(T.stap.afronding);
  return {
    ok: true,
    berekenbaar: true,
    totaalCenten: Number(totaal),
    totaal: euro(totaal),
    rijen: uitRijen,
    samenvatting: T.samenvatting({
      totaal: euro(totaal),
      n: uitRijen.length,
      grootste: euro(delen.reduce((a, b) => (b > a ? b : a), 0n)),
    }),
    uitleg,
    bronnen: [...k.uitleg.bronnen, ...k.soorten.flatMap((s) => s.bronnen)],
  };
}
