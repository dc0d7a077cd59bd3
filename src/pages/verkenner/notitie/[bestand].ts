import type { APIRoute, GetStaticPaths } from 'astro';
import { bouwDatum, motieAntwoorden, verkennerData } from '../../../explorer/build-data.ts';
import { bouwUitkomst } from '../../../explorer/outcome.ts';
import { bouwMemo, memoDocx, memoMarkdown, DOCX_TYPE } from '../../../explorer/memo.ts';
import { pad } from '../../../explorer/flow.ts';
import { metBasis } from '../../../lib/basis.ts';

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
  // with SITE_URL the memo names the full address; without it, the site path (no made-up host)
  const sitePad = metBasis(isMotie ? '/verkenner/motie-hof-van-twente/' : pad(data.flow, antwoorden));
  const adres = site ? new URL(sitePad, site).href : sitePad;
  const memo = bouwMemo(data, bouwUitkomst(data, antwoorden), { datum: bouwDatum(), adres, motie: isMotie ? inhoud.motie : undefined });
  if (ext === 'docx') return new Response(memoDocx(memo), { headers: { 'Content-Type': DOCX_TYPE } });
  return new Response(memoMarkdown(memo), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
