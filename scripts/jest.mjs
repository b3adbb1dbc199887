#!/usr/bin/env node
// Runs Jest for the workspace in the current directory in native ESM mode
// (Node's --experimental-vm-modules), with TZ=UTC. Arguments go to Jest:
//   npm test -w @attune/api -- src/auth/lockout.spec.ts
//   npm test -w @attune/domain -- -t 'cost summary'
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const jest = createRequire(join(import.meta.dirname, '..', 'package.json')).resolve(
  'jest/bin/jest',
);
const child = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    jest,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
