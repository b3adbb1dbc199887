#!/usr/bin/env node
// Runs the portal's unit tests (Jest with jest-preset-angular, apps/portal/jest.config.mjs)
// and writes $TEST_REPORT_DIR/portal.json as { passed, failed, skipped } so the root
// `npm test` can count this tier. Extra arguments go to Jest (e.g. a path pattern).
// Exits non-zero when a test fails, a spec file fails to load, or Jest itself fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const portal = join(root, 'apps', 'portal');
const reportDir = resolve(process.env.TEST_REPORT_DIR ?? join(root, 'reports'));
mkdirSync(reportDir, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'attune-portal-tests-'));
const jestJson = join(scratch, 'jest.json');

const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const child = spawn(
  process.execPath,
  [jest, '--ci', '--json', `--outputFile=${jestJson}`, ...process.argv.slice(2)],
  { cwd: portal, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);

child.on('exit', (code, signal) => {
  let counts = { passed: 0, failed: 1, skipped: 0 }; // no report: Jest itself broke
  if (existsSync(jestJson)) {
    const report = JSON.parse(readFileSync(jestJson, 'utf8'));
    counts = {
      passed: report.numPassedTests,
      // A spec file that fails to load has no failed test but is a failure all the same.
      failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
      skipped: report.numPendingTests + report.numTodoTests,
    };
    // Jest failed for a reason no test shows (no tests found, a failing global hook...).
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
  } else {
    console.error('[portal] Jest wrote no report: the tests did not run.');
  }
  rmSync(scratch, { recursive: true, force: true });
  writeFileSync(join(reportDir, 'portal.json'), `${JSON.stringify(counts)}\n`);
  console.log(
    `[portal] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  const ok = code === 0 && !signal && counts.failed === 0 && counts.skipped === 0;
  process.exit(ok ? 0 : 1);
});
