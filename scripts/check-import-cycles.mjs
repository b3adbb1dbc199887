#!/usr/bin/env node
// Fails when a workspace's source has an import cycle (run by `npm run lint`).
// Type-only imports are left out: they vanish at run time and cannot make a
// module see another half-initialised. Usage: check-import-cycles.mjs [DIR...]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const defaults = ['apps/api/src', 'apps/portal/src', 'packages'].map((d) => join(root, d));
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : defaults;

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', 'dist-test', '.angular'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// `import x from './y'`, `export * from './y'`, `import('./y')`; not `import type`/`export type`.
const IMPORT =
  /(?:^|[;\n])\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const files = dirs.flatMap((d) => walk(d));
const edges = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const target = resolveImport(file, match[1] ?? match[2]);
    if (target) targets.add(target);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components; any component of two or more files is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function connect(node) {
  const s = { index, low: index, onStack: true };
  index += 1;
  state.set(node, s);
  stack.push(node);
  for (const next of edges.get(node) ?? []) {
    const t = state.get(next);
    if (!t) {
      connect(next);
      s.low = Math.min(s.low, state.get(next).low);
    } else if (t.onStack) s.low = Math.min(s.low, t.index);
  }
  if (s.low === s.index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    const selfLoop = component.length === 1 && (edges.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop) cycles.push(component);
  }
}
for (const file of edges.keys()) if (!state.has(file)) connect(file);

if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}); break each by moving the shared part:`);
  for (const cycle of cycles)
    console.error(
      `  ${cycle
        .map((f) => relative(root, f))
        .sort()
        .join('\n    <-> ')}`,
    );
  process.exit(1);
}
console.log(`No import cycles in ${files.length} files.`);
