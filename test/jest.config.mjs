import { tierConfig } from '../scripts/jest/preset.mjs';

// Black-box tests of the built server (e2e), browser journeys through
// Chromium, checks of the built workspaces (build), and the API on several
// processes and servers (cluster: replicas, PgBouncer, a read replica, backups).
export default tierConfig({
  tier: 'e2e',
  rootDir: import.meta.dirname,
  roots: ['e2e', 'browser', 'build', 'cluster'],
  // A test may start a server and wait minutes for a workbook job.
  testTimeout: 600_000,
});
