/**
 * `npm run report:claims`: the claims report (src/loaders/claims.ts) for the
 * build date (SITE_BUILD_DATE or today): outside claims checked more than a
 * year ago, claims without a check date, examples that name organisations
 * that no longer exist. It lists; it fails (exit 1) only when a writer's note
 * reached the built HTML in dist/ (run it after `npm run build`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/loaders/load-content.ts';
import { buildDate, contentRoot } from '../src/loaders/env.ts';
import { claimsRapport, rapportTekst, REDACTIE } from '../src/loaders/claims.ts';

const content = loadContent(contentRoot());
console.log(rapportTekst(claimsRapport(content, buildDate())));

const dist = process.argv[2] ?? 'dist';
if (existsSync(dist)) {
  const html = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((x) =>
      x.isDirectory() ? html(join(d, x.name)) : x.name.endsWith('.html') ? [join(d, x.name)] : [],
    );
  const pages = html(dist);
  const fout = pages.flatMap((f) => {
    const m = REDACTIE.exec(
      readFileSync(f, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    );
    return m ? [`${f}: “${m[0]}”`] : [];
  });
  console.log(
    `\nNotities voor schrijvers in de gebouwde pagina's (${pages.length} pagina's gelezen): ${fout.length ? '' : 'geen'}`,
  );
  if (fout.length) {
    console.error(fout.map((f) => `- ${f}`).join('\n'));
    process.exit(1);
  }
} else console.log(`\n${dist}/ bestaat niet: de gebouwde pagina's zijn niet gelezen (draai eerst npm run build).`);
