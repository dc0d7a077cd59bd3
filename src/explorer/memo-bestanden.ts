/** The memo files made at build: the motion preset and each single goal, with their file names per kind of memo. */
import { combinaties, metOpenVragen, pad } from './flow.ts';
import { buildMemo, MEMO_SOORTEN, type MemoSoort } from './memo.ts';
import { buildUitkomst, type VerkennerData } from './outcome.ts';
import type { VerkennerInhoud } from '../loaders/explorer.ts';

export interface MemoBestand {
  antwoorden: Record<string, string[]>;
  pad: string;
  motie: boolean;
  namen: Record<MemoSoort, string>;
}

let cache: { datum: string; uit: MemoBestand[] } | undefined;

/** The motion preset, each goal, and each combination of goals (the other questions open): once per build. */
export function memoBestanden(data: VerkennerData, inhoud: VerkennerInhoud, datum: string): MemoBestand[] {
  if (cache?.datum === datum) return cache.uit;
  const doelen = data.flow.vragen.find((v) => v.id === 'doel')?.opties.map((o) => o.id) ?? [];
  const sets = [
    { antwoorden: motieAntwoorden(inhoud), pad: '/verkenner/motie-hof-van-twente/', motie: true },
    ...doelen.map((g) => ({ antwoorden: { doel: [g] }, pad: pad(data.flow, { doel: [g] }), motie: false })),
    ...combinaties(data.flow).map((a) => ({
      antwoorden: metOpenVragen(data.flow, a),
      pad: pad(data.flow, a),
      motie: false,
    })),
  ];
  const uit = sets.map((s) => {
    const model = buildUitkomst(data, s.antwoorden);
    const namen = Object.fromEntries(
      (Object.keys(MEMO_SOORTEN) as MemoSoort[]).map((soort) => [
        soort,
        buildMemo(data, model, { datum, pad: s.pad, motie: s.motie ? inhoud.motie : undefined, soort }).bestandsnaam,
      ]),
    ) as Record<MemoSoort, string>;
    return { ...s, namen };
  });
  cache = { datum, uit };
  return uit;
}

/** The static memo files for a set of answers, when the build made them (motion preset or one goal). */
export function memoLinks(b: MemoBestand): { label: string; href: string; download: string }[] {
  return (Object.keys(MEMO_SOORTEN) as MemoSoort[]).flatMap((soort) => [
    {
      label: `${MEMO_SOORTEN[soort]} (Word)`,
      href: `/verkenner/notitie/${b.namen[soort]}.docx`,
      download: `${b.namen[soort]}.docx`,
    },
    {
      label: `${MEMO_SOORTEN[soort]} (Markdown)`,
      href: `/verkenner/notitie/${b.namen[soort]}.md`,
      download: `${b.namen[soort]}.md`,
    },
  ]);
}

/** The motion preset's answers: its goals, and the answers the motion itself gives; everything else stays open. */
export function motieAntwoorden(inhoud: VerkennerInhoud): Record<string, string[]> {
  return {
    doel: [...inhoud.motie.doelen],
    ...Object.fromEntries(Object.entries(inhoud.motie.antwoorden).map(([k, v]) => [k, [v]])),
  };
}
