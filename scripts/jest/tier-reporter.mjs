// Writes one tier's outcome as $TEST_REPORT_DIR/<tier>.json, {passed, failed,
// skipped}, the format scripts/test.mjs adds up. A suite that fails to load
// (syntax, import, hook error) counts as one failure; skipped and todo tests
// are reported as skipped, which scripts/test.mjs treats as failing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default class TierReporter {
  constructor(_globalConfig, options = {}) {
    this.tier = options.tier ?? 'jest';
  }

  onRunComplete(_contexts, results) {
    const dir = resolve(
      process.env.TEST_REPORT_DIR ?? join(import.meta.dirname, '..', '..', 'reports'),
    );
    mkdirSync(dir, { recursive: true });
    // A file whose suite failed to run reports no tests of its own.
    const brokenSuites = results.testResults.filter(
      (r) =>
        r.testExecError || (r.failureMessage && r.numFailingTests === 0 && r.numPassingTests === 0),
    ).length;
    const report = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suites: results.numTotalTestSuites,
      brokenSuites,
      seconds: Math.round((Date.now() - results.startTime) / 100) / 10,
    };
    if (results.numTotalTestSuites === 0) report.failed += 1; // no tests found is a failure
    writeFileSync(join(dir, `${this.tier}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }
}
