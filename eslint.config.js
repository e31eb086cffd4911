// ESLint flat config: typescript-eslint's strict type-aware rules over the whole project.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', 'out/', 'data/', 'bench/.data/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (conventions.md).' }],
    },
  },
  // Tests narrow with assert; optional chains after an assertion and `!` on a value set in before() read better.
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // ESLint itself requires this file's default export.
  { files: ['eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
);
