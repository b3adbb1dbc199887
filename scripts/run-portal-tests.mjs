#!/usr/bin/env node
// Runs the portal's unit tests (Angular's unit-test builder with Vitest and
// jsdom) from apps/portal, and writes $TEST_REPORT_DIR/portal.json as
// { passed, failed, skipped } so the root `npm test` can count this tier.
// Exits non-zero when a test fails or the tests could not be built.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const portal = join(root, 'apps', 'portal');
const reportDir = resolve(process.env.TEST_REPORT_DIR ?? join(root, 'reports'));
mkdirSync(reportDir, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'attune-portal-tests-'));
const vitestJson = join(scratch, 'vitest.json');

const ng = join(root, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
const child = spawn(
  process.execPath,
  [
    ng,
    'test',
    '--watch=false',
    '--progress=false',
    // The first reporter writes to --output-file; the second prints as usual.
    '--reporters=json',
    '--reporters=default',
    `--output-file=${vitestJson}`,
    ...process.argv.slice(2),
  ],
  { cwd: portal, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', NG_CLI_ANALYTICS: 'false' } },
);

child.on('exit', (code, signal) => {
  let counts = { passed: 0, failed: 1, skipped: 0 }; // no report: the build or the run broke
  if (existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    counts = {
      passed: report.numPassedTests,
      // A test file that fails to load has no failed test but is a failure all the same.
      failed:
        report.numFailedTests +
        (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } else {
    console.error('[portal] Vitest wrote no report: the tests did not build or run.');
  }
  rmSync(scratch, { recursive: true, force: true });
  writeFileSync(join(reportDir, 'portal.json'), `${JSON.stringify(counts)}\n`);
  console.log(
    `[portal] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  const ok = code === 0 && !signal && counts.failed === 0;
  process.exit(ok ? 0 : 1);
});
