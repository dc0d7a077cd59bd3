import type { APIRoute } from 'astro';
import { verkennerData } from '../../loaders/explorer-build.ts';

/** Everything the explorer island needs to answer in the browser, fetched once. */
export const GET: APIRoute = async () => {
  const { data } = await verkennerData();
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
