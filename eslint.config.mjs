// One flat config for every workspace: type-aware rules so that a floating
// promise or a focused/skipped test fails lint, and Prettier owns formatting.
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { wireTypeRestrictions } from './packages/contract/eslint-wire-types.mjs';
import attune from './eslint/attune-rules.mjs';

// .only/.skip/.todo on the test functions; eslint-plugin-jest adds fit/xit/xdescribe & co.
const testRestrictions = [
  'error',
  ...['describe', 'it', 'test', 'suite'].flatMap((object) =>
    ['only', 'skip', 'todo'].map((property) => ({
      object,
      property,
      message: 'Focused, skipped or todo tests must not be committed.',
    })),
  ),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-test/**',
      '**/.angular/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-properties': testRestrictions,
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.test.ts',
      'test/**/*.ts',
      '**/test/**/*.ts',
      '**/testing/**/*.ts',
    ],
    plugins: { jest },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-commented-out-tests': 'error',
      'jest/no-identical-title': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Wire types live in @attune/contract: the portal and the API import them, never re-declare them.
    files: ['apps/portal/src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wireTypeRestrictions()] },
  },
  {
    // The API's services still spell out their pages; the type checker matches them to Page<T>.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...wireTypeRestrictions({ interfacesOnly: true, pages: false }),
      ],
    },
  },
  prettier,
  // The architecture's guard rails (docs/architecture.md): modules meet through what they
  // export, and code that ships never imports test code.
  {
    files: ['apps/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    plugins: { attune },
    rules: { 'attune/module-boundaries': 'error', 'attune/no-test-code': 'error' },
  },
);
