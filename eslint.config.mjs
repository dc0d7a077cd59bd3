// ESLint: the JavaScript and TypeScript recommended rules, on every script of the project.
// .astro files are type-checked by `astro check`; their formatting is Prettier's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/**', 'dist-*/**', 'test-results/**', 'node_modules/**', '.astro/**', 'bench/out/**', 'public/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // the content tests match YAML by its indentation: literal spaces read better there than {4}
      'no-regex-spaces': 'off',
    },
  },
  {
    // a lookup that can fail says so: src/lib/must.ts (mustGet, must, mustQuery), or types that
    // cannot miss the value. Tests may assert: a wrong assumption there fails the test anyway.
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Playwright reads the fixtures a test or fixture needs from its first parameter, which must be an
    // object pattern: `async ({}, testInfo)` is its way of asking for none
    files: ['tests/site/**/*.mjs'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
