#!/usr/bin/env node
// Runs one test tier with Node's built-in runner over compiled test files.
// Usage: run-node-tests.mjs TIER DIR [DIR...] [--match SUFFIX]
// Prints the spec report and writes TAP to $TEST_REPORT_DIR/TIER.tap so the
// root `npm test` can add every tier up into one count.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const matchAt = args.indexOf('--match');
const suffixes = matchAt >= 0 ? args.splice(matchAt, 2)[1].split(',') : ['.spec.js'];
const [tier, ...dirs] = args;
if (!tier || dirs.length === 0) {
  console.error('usage: run-node-tests.mjs TIER DIR [DIR...] [--match .spec.js,...]');
  process.exit(2);
}

function collect(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (suffixes.some((s) => name.endsWith(s))) out.push(path);
  }
  return out;
}

const files = dirs.flatMap((d) => collect(d, [])).sort();
if (files.length === 0) {
  console.error(`[${tier}] no test files found in ${dirs.join(', ')} (did the build run?)`);
  process.exit(1);
}

const reportDir = resolve(
  process.env.TEST_REPORT_DIR ?? join(import.meta.dirname, '..', 'reports'),
);
mkdirSync(reportDir, { recursive: true });
const child = spawn(
  process.execPath,
  [
    '--enable-source-maps',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${join(reportDir, `${tier}.tap`)}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
