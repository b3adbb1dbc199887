import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../platform/database/embedded';

/** What stop-test-postgres (the globalTeardown) calls; set here. */
export const STOP_KEY = Symbol.for('attune.stopTestPostgres');

/**
 * Jest globalSetup of the API tier: points ATTUNE_TEST_DATABASE_URL at a
 * PostgreSQL server on which test suites may create their own databases:
 * DATABASE_URL's server when it is set, otherwise one throwaway embedded
 * cluster for the whole run. Workers start after this and inherit the variable.
 */
export default async function startTestPostgres(): Promise<void> {
  process.env.TZ = 'UTC';
  let adminUrl = process.env.DATABASE_URL;
  let stop = (): Promise<void> => Promise.resolve();
  if (!adminUrl) {
    const scratch = mkdtempSync(join(tmpdir(), 'attune-test-pg-'));
    const db = await startEmbeddedPostgres({ directory: scratch, persistent: false });
    adminUrl = db.adminUrl;
    stop = async () => {
      await db.stop();
      rmSync(scratch, { recursive: true, force: true });
    };
  }
  process.env.ATTUNE_TEST_DATABASE_URL = adminUrl;
  (globalThis as Record<symbol, unknown>)[STOP_KEY] = stop;
}
