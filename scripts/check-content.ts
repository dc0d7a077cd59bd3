/** Validate content/ without building: `npm run check:content`. */
import { loadKnowledgeBase, ContentError } from '../src/lib/load-content.ts';
try {
  const kb = loadKnowledgeBase();
  const counts = Object.entries(kb)
    .filter(([k]) => k !== 'tekstRegels')
    .map(([k, v]) => `${k}: ${(v as unknown[]).length}`);
  console.log(`Inhoud geldig. ${counts.join(', ')}`);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
