import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/site/**', 'node_modules/**'],
    environment: 'node',
    // the seeded property tests evaluate thousands of situations; on a busy 2-core machine 5 s is too short
    testTimeout: 30_000,
  },
});
