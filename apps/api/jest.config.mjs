import { tierConfig, tsJestOptions } from '../../scripts/jest/preset.mjs';

const rootDir = import.meta.dirname;
const REQUIRED_ESM = ['cookie', 'content-disposition'].join('|');

// Unit specs and integration specs against a real PostgreSQL: one server for
// the run (with-test-postgres), one fresh database per suite.
export default tierConfig({
  tier: 'api',
  rootDir,
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/testing/with-test-postgres.ts',
  globalTeardown: '<rootDir>/src/testing/stop-test-postgres.ts',
  transform: {
    '^.+\\.ts$': ['<rootDir>/test/jest/esm-transformer.cjs', tsJestOptions],
    // ESM-only packages that CommonJS dependencies require(): cookie (Fastify's
    // inject()) and content-disposition (@fastify/static). Jest on Node < 24.9
    // cannot require() ESM, so these few are compiled to CommonJS when required.
    [`/node_modules/(${REQUIRED_ESM})/.+\\.js$`]: [
      'ts-jest',
      { ...tsJestOptions, tsconfig: { ...tsJestOptions.tsconfig, allowJs: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${REQUIRED_ESM})/)`],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^\\.\\./util/DirectoryExportedClassesLoader$': '<rootDir>/test/jest/typeorm-class-loader.cjs',
  },
});
