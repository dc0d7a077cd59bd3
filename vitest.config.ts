import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/site/**', 'node_modules/**'],
    environment: 'node',
    // the seeded property tests evaluate thousands of situations; on a busy 2-core machine 5 s is too short
    testTimeout: 30_000,
    // test files share one module graph per worker: the content, schemas and engine are loaded once
    // per worker instead of once per file (the suite runs in about half the time). A test file must
    // therefore leave no global state behind: env variables it sets are restored, caches are not mutated.
    isolate: false,
  },
});
