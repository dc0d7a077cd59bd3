import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/calc/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/explorer/**/*.test.ts', 'tests/visuals/**/*.test.ts'],
    environment: 'node',
  },
});
