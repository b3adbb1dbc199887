// Stands in for TypeORM's util/DirectoryExportedClassesLoader in Jest (see
// jest.config.mjs). The data source finds entities and migrations by glob
// (`*.entity.js`, `migrations/*.js`) and TypeORM require()s them itself; run
// from source there are only .ts files, and a require() would give a second,
// CommonJS copy of each entity class, unknown to the ESM copy Nest injects.
// So: the same globs over .ts, imported through Jest's own ESM loader.
const { globSync } = require('tinyglobby');

const TEST_FILE = /\.(spec|integration-spec)\.ts$|\.d\.ts$/;

function collect(exported, out) {
  if (typeof exported === 'function') out.push(exported);
  else if (Array.isArray(exported)) exported.forEach((v) => collect(v, out));
  else if (exported && typeof exported === 'object')
    Object.values(exported).forEach((v) => collect(v, out));
  return out;
}

exports.importClassesFromDirectories = async function importClassesFromDirectories(_logger, globs) {
  const files = globs
    .flatMap((glob) =>
      globSync(glob.replace(/\\/g, '/').replace(/\.js$/, '.ts'), { absolute: true }),
    )
    .filter((file) => !TEST_FILE.test(file))
    .sort();
  const modules = await Promise.all(files.map((file) => import(file)));
  return collect(modules, []);
};
