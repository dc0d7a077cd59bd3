/**
 * Validate all of content/ without building: `npm run check:content`
 * (or `node scripts/check-content.ts <content-folder>`). Runs the one loader
 * (src/loaders/load-content.ts) over every registered folder; prints every
 * problem as "file: veld "…": message" and exits 1 when there is any.
 */
import { checkContent } from '../src/loaders/load-content.ts';
import { contentRoot } from '../src/loaders/env.ts';
import { voorRedacteur } from '../src/lib/redacteur.ts';

// --redacteur: every problem as a plain Dutch sentence, with the field named as the editor labels it
const redacteur = process.argv.includes('--redacteur');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? contentRoot();
const { problems, content } = checkContent(dir);
if (!content) {
  const n = `${problems.length} fout${problems.length === 1 ? '' : 'en'}`;
  if (redacteur)
    console.error(
      `De inhoud heeft ${n}. Pas ze aan en controleer opnieuw:\n- ${problems.map(voorRedacteur).join('\n- ')}`,
    );
  else console.error(`Ongeldige inhoud in ${dir} (${n}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const counts = Object.entries(content)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k}: ${(v as unknown[]).length}`);
console.log(`Inhoud geldig. ${counts.join(', ')}, verkenner: ${content.verkenner.vragen.vragen.length} vragen`);
