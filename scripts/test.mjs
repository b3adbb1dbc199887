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

const rows = [];
for (const name of existsSync(reportDir) ? readdirSync(reportDir).sort() : []) {
  const text = readFileSync(join(reportDir, name), 'utf8');
  if (name.endsWith('.tap')) {
    const count = (key) => sumTap(text, key);
    rows.push({
      tier: name.replace(/\.tap$/, ''),
      passed: count('pass'),
      failed: count('fail') + count('cancelled'),
      skipped: count('skipped') + count('todo'),
    });
  } else if (name.endsWith('.json')) {
    const r = JSON.parse(text);
    rows.push({
      tier: name.replace(/\.json$/, ''),
      passed: r.passed,
      failed: r.failed,
      skipped: r.skipped ?? 0,
    });
  }
}

function sumTap(text, key) {
  // The summary lines of the top-level TAP stream: "# pass 12".
  const m = text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'));
  return m ? Number(m[1]) : 0;
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
    `  ${r.tier.padEnd(14)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed ${String(r.skipped).padStart(4)} skipped`,
  );
const ok = run.status === 0 && total.failed === 0 && total.skipped === 0 && rows.length > 0;
if (run.status !== 0) console.log(`turbo exited with status ${run.status}`);
if (total.skipped > 0) console.log('Skipped tests count as failures here: remove or fix them.');
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(ok ? 0 : 1);
