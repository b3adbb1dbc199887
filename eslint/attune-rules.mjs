// Attune's own lint rules: the architecture's guard rails (docs/architecture.md).
// - module-boundaries: a Nest module is used through what it exports (its
//   service or module class), never through another module's repository or
//   entities, so each table's SQL stays in one place.
// - no-test-code: code that ships (everything but specs and the test trees)
//   never imports fixtures, builders or the test tree.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const moduleRootCache = new Map();

/** The folder of the nearest `*.module.ts` at or above `dir`, below `stop`; null outside any. */
function moduleRoot(dir, stop) {
  if (moduleRootCache.has(dir)) return moduleRootCache.get(dir);
  let root = null;
  if (dir.startsWith(stop) && dir !== stop) {
    const hasModule = readdirSync(dir).some((name) => name.endsWith('.module.ts'));
    root = hasModule ? dir : moduleRoot(dirname(dir), stop);
  }
  moduleRootCache.set(dir, root);
  return root;
}

/** The `src` folder that contains `file`, or null. */
function srcRoot(file) {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('src');
  return at < 0 ? null : parts.slice(0, at + 1).join(sep);
}

/** A relative import's file on disk (TypeScript source), or null. */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const isTestFile = (file) =>
  /\.(spec|integration-spec|test)\.ts$/.test(file) ||
  /fixture|builder/i.test(file.split(sep).pop() ?? '') ||
  file.split(sep).some((part) => part === 'test' || part === 'testing');

/** Shared plumbing (platform, used by every module) and the entity-relation graph may cross modules. */
function crossingAllowed(fromFile, target) {
  const platform = `${sep}src${sep}platform${sep}`;
  const fromPlatform = fromFile.includes(platform) || target.includes(platform);
  const entityToEntity =
    fromFile.includes(`${sep}entities${sep}`) && target.includes(`${sep}entities${sep}`);
  return fromPlatform || entityToEntity || isTestFile(fromFile);
}

function importVisitor(context, check) {
  const visit = (node) => {
    const source = node.source;
    if (source && typeof source.value === 'string') check(node, source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Use another module through its exports, not its repository or entities' },
    schema: [],
    messages: {
      internal:
        "'{{specifier}}' is {{module}}'s {{kind}}: use what that module exports (its service) instead, so its tables' SQL stays in its repository.",
    },
  },
  create(context) {
    const file = context.filename;
    const src = srcRoot(file);
    if (!src) return {};
    const own = moduleRoot(dirname(file), src);
    return importVisitor(context, (node, specifier) => {
      const target = resolveImport(file, specifier);
      if (!target || crossingAllowed(file, target)) return;
      const kind = target.endsWith('.repository.ts')
        ? 'repository'
        : target.includes(`${sep}entities${sep}`)
          ? 'entity'
          : null;
      if (!kind) return;
      const theirs = moduleRoot(dirname(target), src);
      if (theirs && theirs !== own) {
        context.report({
          node,
          messageId: 'internal',
          data: { specifier, module: relative(src, theirs), kind },
        });
      }
    });
  },
};

const noTestCode = {
  meta: {
    type: 'problem',
    docs: { description: 'Code that ships never imports fixtures, builders or the test tree' },
    schema: [],
    messages: {
      test: "'{{specifier}}' is test code; code that ships (outside specs and test trees) must not import it.",
    },
  },
  create(context) {
    const file = context.filename;
    if (isTestFile(file)) return {};
    return importVisitor(context, (node, specifier) => {
      const target = resolveImport(file, specifier);
      if (!target) return;
      const name = target.split(sep).pop() ?? '';
      if (isTestFile(target) || /fixture|builder/i.test(name)) {
        context.report({ node, messageId: 'test', data: { specifier } });
      }
    });
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries, 'no-test-code': noTestCode } };
