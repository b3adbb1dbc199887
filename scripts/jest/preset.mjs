// The Jest configuration every backend tier shares: TypeScript run from source
// by ts-jest in native ESM mode (NestJS 12 ships ESM only, and Jest on Node 20
// cannot require() ESM), `jest` & co. imported from @jest/globals, and one
// JSON result per tier for scripts/test.mjs to add up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;

/**
 * ts-jest's options: the workspace's tsconfig.json, emitting ES modules even
 * where the build emits CommonJS (apps/api: nodenext picks the format from
 * package.json). isolatedModules (tsconfig.base) makes ts-jest transpile
 * only; types are checked by `npm run typecheck`, which covers the specs.
 */
export const tsJestOptions = {
  useESM: true,
  tsconfig: { module: 'es2022', moduleResolution: 'bundler' },
};

/**
 * @param {object} options
 * @param {string} options.tier     name of the tier's report ($TEST_REPORT_DIR/<tier>.json)
 * @param {string} options.rootDir  the workspace
 * @param {string[]} [options.roots]      folders searched for tests (default src, test)
 * @param {string[]} [options.testMatch]  globs of test files (default **\/*.spec.ts)
 * @param {number} [options.testTimeout]  per test, ms
 * @returns {import('jest').Config}
 */
export function tierConfig({
  tier,
  rootDir,
  roots = ['src', 'test'],
  testMatch,
  testTimeout,
  ...rest
}) {
  return {
    rootDir,
    // A test tree (test/) may or may not exist yet.
    roots: roots.filter((r) => existsSync(join(rootDir, r))).map((r) => `<rootDir>/${r}`),
    testMatch: testMatch ?? ['**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-test/'],
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    // Sources import `./x.js` (nodenext): resolve relative specifiers to the .ts beside them.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: { '^.+\\.ts$': ['ts-jest', tsJestOptions] },
    // node:test had no timeout; integration and browser tests legitimately take minutes.
    testTimeout: testTimeout ?? 120_000,
    reporters: ['default', [join(here, 'tier-reporter.mjs'), { tier }]],
    cacheDirectory: join(here, '..', '..', 'node_modules', '.cache', 'jest', tier),
    errorOnDeprecated: true,
    ...rest,
  };
}
