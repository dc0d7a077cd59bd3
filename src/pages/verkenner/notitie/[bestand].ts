import { buildDate } from '../../../loaders/env.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { verkennerData } from '../../../loaders/explorer-build.ts';
import { buildUitkomst } from '../../../explorer/outcome.ts';
import { buildMemo, memoDocx, memoMarkdown, DOCX_TYPE, MEMO_SOORTEN, type MemoSoort } from '../../../explorer/memo.ts';
import { memoBestanden } from '../../../explorer/memo-bestanden.ts';

/**
 * Static memo files, made at build: the motion preset and each single goal, as raadsinformatiebrief
 * and collegevoorstel, in .docx and Markdown. The file name says what the file holds.
 */
export const getStaticPaths = (async () => {
  const { data, inhoud } = await verkennerData();
  return memoBestanden(data, inhoud, buildDate()).flatMap((b) =>
    (Object.keys(MEMO_SOORTEN) as MemoSoort[]).flatMap((soort) =>
      ['docx', 'md'].map((ext) => ({
        params: { bestand: `${b.namen[soort]}.${ext}` },
        props: { antwoorden: b.antwoorden, pad: b.pad, motie: b.motie, soort, ext },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { data, inhoud } = await verkennerData();
  const { antwoorden, pad, motie, soort, ext } = props as {
    antwoorden: Record<string, string[]>;
    pad: string;
    motie: boolean;
    soort: MemoSoort;
    ext: string;
  };
  const memo = buildMemo(data, buildUitkomst(data, antwoorden), {
    datum: buildDate(),
    site,
    pad,
    motie: motie ? inhoud.motie : undefined,
    soort,
  });
  if (ext === 'docx') return new Response(memoDocx(memo), { headers: { 'Content-Type': DOCX_TYPE } });
  return new Response(memoMarkdown(memo), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
