import { motieAntwoorden } from '../../../loaders/explorer-data.ts';
import { buildDate } from '../../../loaders/env.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { verkennerData } from '../../../loaders/explorer-build.ts';
import { bouwUitkomst } from '../../../explorer/outcome.ts';
import { bouwMemo, memoDocx, memoMarkdown, DOCX_TYPE } from '../../../explorer/memo.ts';
import { pad } from '../../../explorer/flow.ts';

/** Static memo files, made at build: the motion preset and each single goal, as .docx and Markdown. */
export const getStaticPaths = (async () => {
  const { data } = await verkennerData();
  const namen = ['motie-hof-van-twente', ...(data.flow.vragen.find((v) => v.id === 'doel')?.opties.map((o) => o.id) ?? [])];
  return namen.flatMap((naam) => ['docx', 'md'].map((ext) => ({ params: { bestand: `${naam}.${ext}` } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { data, inhoud } = await verkennerData();
  const [naam, ext] = String(params.bestand).split('.');
  const isMotie = naam === 'motie-hof-van-twente';
  const antwoorden = isMotie ? motieAntwoorden(inhoud) : { doel: [naam] };
  const adres = new URL(isMotie ? '/verkenner/motie-hof-van-twente/' : pad(data.flow, antwoorden), site ?? 'https://example.invalid').href;
  const memo = bouwMemo(data, bouwUitkomst(data, antwoorden), { datum: buildDate(), adres, motie: isMotie ? inhoud.motie : undefined });
  if (ext === 'docx') return new Response(memoDocx(memo), { headers: { 'Content-Type': DOCX_TYPE } });
  return new Response(memoMarkdown(memo), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
