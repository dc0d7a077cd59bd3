/**
 * The settings of a build, read from the environment in this one place. Every
 * variable has the prefix SITE_:
 *   SITE_BUILD_DATE   YYYY-MM-DD: the date the site is built on (default: today, UTC)
 *   SITE_CONTENT_DIR  the content folder (default: ./content; the benchmark points it elsewhere)
 * Build time only: the browser gets these values from the pages, never from here.
 */
import { resolve } from 'node:path';
import { parseDatum, naarIso } from '../lib/dates.ts';

type Env = Record<string, string | undefined>;

/**
 * The build date from an environment (YYYY-MM-DD, UTC). Dated things on the site (deadlines,
 * terms, what is past and what is to come) are computed from it, and the footer names it.
 */
export function readBuildDate(env: Env = process.env, now: Date = new Date()): string {
  const set = env.SITE_BUILD_DATE;
  if (set === undefined) return now.toISOString().slice(0, 10);
  const r = parseDatum(set, 'SITE_BUILD_DATE');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || !r.ok)
    throw new Error(`SITE_BUILD_DATE="${set}" is geen datum als JJJJ-MM-DD`);
  return naarIso(r.datum);
}

let cachedBuildDate: string | undefined;
/** The build date of this build, read once: the one accessor every page, calculator and memo uses. */
export const buildDate = (): string => (cachedBuildDate ??= readBuildDate());

/** The content folder of this build, as an absolute path. */
export const contentRoot = (env: Env = process.env): string => resolve(env.SITE_CONTENT_DIR ?? 'content');
