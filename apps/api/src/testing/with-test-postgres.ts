import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../platform/database/embedded';

/**
 * Runs a command with ATTUNE_TEST_DATABASE_URL pointing at a PostgreSQL server
 * on which test suites may create their own databases: DATABASE_URL's server
 * when it is set, otherwise one throwaway embedded cluster for the whole run.
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-test-postgres COMMAND [ARGS...]');
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
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ATTUNE_TEST_DATABASE_URL: adminUrl, TZ: 'UTC' },
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
