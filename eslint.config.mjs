// One flat config for every workspace: type-aware rules so that a floating
// promise or a focused/skipped test fails lint, and Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const focusMessage = 'Focused, skipped or todo tests must not be committed.';
// Jest's focused/skipped aliases, as globals or imported from '@jest/globals'.
const focusAliases = ['fit', 'fdescribe', 'xit', 'xdescribe', 'xtest'];
const testRestrictions = [
  'error',
  ...['describe', 'it', 'test', 'suite'].flatMap((object) =>
    ['only', 'skip', 'todo'].map((property) => ({
      object,
      property,
      message: focusMessage,
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
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-properties': testRestrictions,
      'no-restricted-globals': [
        'error',
        ...focusAliases.map((name) => ({ name, message: focusMessage })),
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@jest/globals', importNames: focusAliases, message: focusMessage }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // test.concurrent.only / .skip (Jest); `it.only` and the like are caught above.
          selector:
            "MemberExpression[object.property.name='concurrent'][property.name=/^(only|skip|todo)$/]",
          message: focusMessage,
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.test.ts',
      'test/**/*.ts',
      '**/testing/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  prettier,
);
