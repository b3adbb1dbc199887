#!/usr/bin/env node
// `npm test`: builds, runs every tier through turbo (one at a time: the
// machines have two cores and the integration, black-box and browser tiers
// each run PostgreSQL), then prints one count over all tiers.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reportDir = join(root, 'reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const env = {
  ...process.env,
  TZ: 'UTC',
  TEST_REPORT_DIR: reportDir,
  TURBO_TELEMETRY_DISABLED: '1',
};
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const extra = process.argv.slice(2);
const run = spawnSync(turbo, ['run', 'test', '--concurrency=1', '--continue', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env,
});

// Every tier writes $TEST_REPORT_DIR/<tier>.json as {passed, failed, skipped}
// (the Jest tiers through scripts/jest/tier-reporter.mjs, the portal its own).
const rows = [];
for (const name of existsSync(reportDir) ? readdirSync(reportDir).sort() : []) {
  if (!name.endsWith('.json')) continue;
  const r = JSON.parse(readFileSync(join(reportDir, name), 'utf8'));
  rows.push({
    tier: name.replace(/\.json$/, ''),
    passed: r.passed,
    failed: r.failed,
    skipped: r.skipped ?? 0,
    seconds: r.seconds,
  });
}

const total = rows.reduce(
  (t, r) => ({
    passed: t.passed + r.passed,
    failed: t.failed + r.failed,
    skipped: t.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nTest tiers:');
for (const r of rows)
  console.log(
    `  ${r.tier.padEnd(14)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed ${String(r.skipped).padStart(4)} skipped` +
      (r.seconds === undefined ? '' : `  ${r.seconds} s`),
  );
// Skipped and todo tests count as failures; so does a tier that failed without
// writing its report (it could not start), as one failure.
let failed = total.failed + total.skipped;
if (run.status !== 0) console.log(`turbo exited with status ${run.status}`);
if (total.skipped > 0) console.log('Skipped tests count as failures here: remove or fix them.');
if ((run.status !== 0 || rows.length === 0) && failed === 0) failed = 1;
console.log(`\n${total.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
