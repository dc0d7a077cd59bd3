import type { APIRoute, GetStaticPaths } from 'astro';
import { getKB, getRegels, sourceLines } from '../../loaders/kb.ts';
import { splitSections } from '../../lib/sources.ts';
import { DATASETS, dataset, type Dataset } from '../../lib/open-data.ts';
import { SITE } from '../../site.ts';
import { must } from '../../lib/must.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(DATASETS).map((naam) => ({ params: { naam } }));

export const GET: APIRoute = async ({ params }) => {
  const kb = await getKB();
  const naam = params.naam as Dataset;
  const sectionsOf = (id: string) => {
    const b = must(
      kb.bronnen.find((x) => x.id === id),
      `bron ${id}`,
    );
    return splitSections(sourceLines(b.data.tekstbestand), b.data);
  };
  const body = {
    dataset: naam,
    omschrijving: DATASETS[naam],
    bijgewerkt: SITE.bijgewerkt,
    licentie: 'Zie /open-data/',
    data: dataset(kb, naam, sectionsOf, await getRegels()),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
