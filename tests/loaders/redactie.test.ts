/**
 * No notes for writers in public: instructions such as "citeer de tekst hier" or
 * "formuleer als ‘volgens …’" live in a content file's own `notitie` field,
 * which no page renders. This test reads every text the site renders from the
 * content (all fields but `notitie`) and every MDX body; `npm run report` checks the built HTML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/loaders/load-content.ts';

import { REDACTIE } from '../../src/loaders/claims.ts';

function strings(v: unknown, pad: string, out: [string, string][]): [string, string][] {
  if (typeof v === 'string') out.push([pad, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${pad}.${i}`, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) if (k !== 'notitie') strings(x, pad ? `${pad}.${k}` : k, out);
  return out;
}

describe('no editor notes in rendered text', () => {
  const c = loadContent('content');
  it('the pattern finds a note (the test can fail)', () => {
    expect(REDACTIE.test('Secundaire bron: gebruik alleen met bronvermelding en formuleer als “volgens … ”.')).toBe(
      true,
    );
    expect(
      REDACTIE.test('Het vooronderzoek zag deze artikelen alleen via secundaire bronnen: citeer de tekst hier.'),
    ).toBe(true);
  });
  it('no content field that the site renders holds one', () => {
    const hits: string[] = [];
    for (const list of Object.values(c))
      if (Array.isArray(list))
        for (const e of list as { file: string; data: unknown }[])
          for (const [p, s] of strings(e.data, '', []))
            if (REDACTIE.test(s)) hits.push(`${e.file}: ${p}: ${s.slice(0, 120)}`);
    for (const [p, s] of strings(c.verkenner, 'verkenner', []))
      if (REDACTIE.test(s)) hits.push(`${p}: ${s.slice(0, 120)}`);
    expect(hits).toEqual([]);
  });
  it('no MDX body holds one', () => {
    for (const f of readdirSync('content/vormen')) {
      const body = readFileSync(join('content/vormen', f), 'utf8').split(/^---$/m).slice(2).join('---');
      expect(body.match(REDACTIE), f).toBeNull();
    }
  });
});
