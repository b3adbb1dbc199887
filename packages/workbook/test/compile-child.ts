import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const packageRoot = resolve(import.meta.dirname, '..');

/**
 * Compiles a script that a test runs in a child process (Jest runs the specs
 * from TypeScript, plain Node cannot), with the files it imports, as the build
 * would; returns the path of its .js. The output sits under node_modules/.cache
 * so the package's dependencies resolve, and is ESM like the package.
 */
export function compileChild(entry: string): string {
  const outDir = join(packageRoot, 'node_modules', '.cache', 'attune-test-child');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const configFile = ts.readConfigFile(join(packageRoot, 'tsconfig.json'), (p) =>
    ts.sys.readFile(p),
  );
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, packageRoot);
  const program = ts.createProgram([entry], {
    ...parsed.options,
    rootDir: packageRoot,
    outDir,
    declaration: false,
    sourceMap: false,
    noEmit: false,
  });
  const result = program.emit();
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
  }
  // node_modules ends the search for a package scope: say again that this is ESM.
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const relativeEntry = resolve(entry).slice(packageRoot.length + 1);
  return join(outDir, relativeEntry.replace(/\.ts$/, '.js'));
}
