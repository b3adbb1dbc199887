// ts-jest, plus `__dirname` / `__filename` for sources that use them: the API
// builds to CommonJS, where Node defines both, but Jest runs it as native ESM
// (NestJS 12 is ESM only), where only import.meta.dirname/filename exist.
// The shim goes on the first line so source-map line numbers stay right.
const { TsJestTransformer } = require('ts-jest');

const USES = /\b__(dirname|filename)\b/;
const SHIM = 'const __dirname = import.meta.dirname, __filename = import.meta.filename; ';

function shim(result, source, options) {
  if (!options.supportsStaticESM || !USES.test(source)) return result;
  return typeof result === 'string' ? SHIM + result : { ...result, code: SHIM + result.code };
}

module.exports = {
  createTransformer(tsJestOptions) {
    const inner = new TsJestTransformer(tsJestOptions);
    return {
      canInstrument: false,
      getCacheKey: (source, path, options) =>
        `esm-shim-1:${inner.getCacheKey(source, path, options)}`,
      getCacheKeyAsync: async (source, path, options) =>
        `esm-shim-1:${await inner.getCacheKeyAsync(source, path, options)}`,
      process: (source, path, options) =>
        shim(inner.process(source, path, options), source, options),
      processAsync: async (source, path, options) =>
        shim(await inner.processAsync(source, path, options), source, options),
    };
  },
};
