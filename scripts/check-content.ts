/**
 * Validate all of content/ without building: `npm run check:content`
 * (or `node scripts/check-content.ts <content-folder>`). Runs the one loader
 * (src/loaders/load-content.ts) over every registered folder; prints every
 * problem as "file: veld "…": message" and exits 1 when there is any.
 */
import { checkContent } from '../src/loaders/load-content.ts';
import { contentRoot } from '../src/loaders/env.ts';

const dir = process.argv[2] ?? contentRoot();
const { problems, content } = checkContent(dir);
if (!content) {
  console.error(`Ongeldige inhoud in ${dir} (${problems.length} fout${problems.length === 1 ? '' : 'en'}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const counts = Object.entries(content)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k}: ${(v as unknown[]).length}`);
console.log(`Inhoud geldig. ${counts.join(', ')}, verkenner: ${content.verkenner.vragen.vragen.length} vragen`);
