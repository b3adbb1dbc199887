// The portal's unit tests on Jest. Angular 21 has no maintained Jest builder,
// so this is a plain Jest config on jest-preset-angular's CommonJS preset: ts-jest
// compiles each spec alone (tsconfig.spec.json has isolatedModules, so no type
// check here: `npm run typecheck` does that), inlines templateUrl, drops the
// components' own styles (jsdom lays nothing out) and transforms Angular's ESM-only
// packages (.mjs) to CommonJS; jest.transformer.mjs links Angular libraries first.
// The TestBed is zoneless, as the app is (src/test-setup.ts).
import { createRequire } from 'node:module';

// The preset is CommonJS without an exports map: ESM cannot import its folder by name.
const { createCjsPreset } = createRequire(import.meta.url)('jest-preset-angular/presets');

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });
// The preset's one transform entry, with its options, on the linking transformer.
const [[pattern, [, options]]] = Object.entries(preset.transform);

/** @type {import('jest').Config} */
export default {
  ...preset,
  transform: { [pattern]: ['<rootDir>/jest.transformer.mjs', options] },
  rootDir: import.meta.dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  testEnvironment: '<rootDir>/jest.environment.mjs',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  errorOnDeprecated: true,
};
