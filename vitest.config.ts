import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/calc/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/explorer/**/*.test.ts', 'tests/visuals/**/*.test.ts'],
    environment: 'node',
    // the seeded property tests evaluate thousands of situations; on a busy 2-core machine 5 s is too short
    testTimeout: 30_000,
  },
});
