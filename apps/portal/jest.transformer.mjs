// jest-preset-angular's transformer, with Angular's linker run first on libraries.
// Angular libraries (Material, CDK, NgRx...) ship partially compiled (ɵɵngDeclare*);
// left alone, the JIT compiler links every component they declare again in every
// spec file, about a sixth of the run. Linked here, the result sits in Jest's
// transform cache, as the Angular CLI's build links them once.
import { createRequire } from 'node:module';
import { transformSync } from '@babel/core';
import linkerPlugin from '@angular/compiler-cli/linker/babel';

const require = createRequire(import.meta.url);
const { NgJestTransformer } = require('jest-preset-angular/build/ng-jest-transformer');

// As the Angular CLI decides: core and compiler declare the functions, they use none.
const needsLinking = (path, source) =>
  /[\\/]node_modules[\\/]/.test(path) &&
  !/[\\/]@angular[\\/](?:compiler|core)[\\/]/.test(path) &&
  source.includes('ɵɵngDeclare');

class LinkingTransformer extends NgJestTransformer {
  process(source, path, options) {
    if (needsLinking(path, source)) {
      const linked = transformSync(source, {
        filename: path,
        configFile: false,
        babelrc: false,
        compact: false,
        sourceMaps: false,
        plugins: [[linkerPlugin, { linkerJitMode: true, sourceMapping: false }]],
      });
      source = linked?.code ?? source;
    }
    return super.process(source, path, options);
  }

  getCacheKey(source, path, options) {
    return `${super.getCacheKey(source, path, options)}-linked-jit`;
  }
}

export default { createTransformer: (config) => new LinkingTransformer(config) };
