/**
 * The date the site is built on (YYYY-MM-DD, UTC). Dated things on the site (deadlines, terms,
 * what is past and what is to come) are computed from it, and the footer names it.
 * `SITE_BUILD_DATE=YYYY-MM-DD` sets it, for tests and reproducible builds. Build time only.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const set = env.SITE_BUILD_DATE;
  if (set !== undefined) {
    const [y, m, d] = set.split('-').map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
      throw new Error(`SITE_BUILD_DATE="${set}" is geen datum als JJJJ-MM-DD`);
    return set;
  }
  return now.toISOString().slice(0, 10);
}

/** The build date of this build (read once). */
export const BUILD_DATE = buildDate();
