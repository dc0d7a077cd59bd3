/**
 * The bench's synthetic GR register (bench/synthetic.mjs): 1,000 regelingen over 342 municipalities,
 * read by the same importer the build uses, without a problem, and every municipality in some.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSyntheticRegister } from '../../bench/synthetic.mjs';
import { readImportMap } from '../../src/import/folder.ts';
import { regeling } from '../../src/schemas/regeling.ts';

describe('synthetic register', () => {
  it('writes 1,000 records and 342 municipalities that the importer reads into valid regelingen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sww-syn-'));
    try {
      const r = addSyntheticRegister(dir, { regelingen: 1000, gemeenten: 342 });
      expect(r).toMatchObject({ regelingen: 1000, gemeenten: 342 });
      expect(r.minPerGemeente).toBeGreaterThan(0);
      const orgs = readdirSync(join(dir, 'organisaties')).map((f) => f.replace(/\.yaml$/, ''));
      expect(orgs).toHaveLength(342);
      const { entries, problems } = readImportMap(dir, new Set(orgs), '2026-12-01', (p) => p);
      expect(problems).toEqual([]);
      // one in twenty has ended and is skipped
      expect(entries).toHaveLength(950);
      for (const e of entries.slice(0, 50)) expect(regeling.safeParse(e.data).success).toBe(true);
      // every participant matched a municipality file
      expect(
        entries.every((e) =>
          (e.data.deelnemers as { lijst: { organisatie?: string }[] }).lijst.every((d) => d.organisatie),
        ),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
