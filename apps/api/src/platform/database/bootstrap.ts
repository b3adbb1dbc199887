import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, MigrationExecutor } from 'typeorm';
import { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded';

export interface OpenDatabase {
  url: string;
  /** True when this process started the embedded cluster (and so stops it). */
  embedded: boolean;
  /** True when the embedded cluster was created just now. */
  firstStart: boolean;
  close(): Promise<void>;
}

interface Owner {
  pid: number;
  url: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database to use: DATABASE_URL when set; otherwise the embedded cluster
 * in ATTUNE_DATA_DIR, started here unless another Attune process (a running
 * server, say, while the CLI is used) already owns it.
 */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    return {
      url: config.DATABASE_URL,
      embedded: false,
      firstStart: false,
      close: () => Promise.resolve(),
    };
  }
  const ownerFile = join(config.ATTUNE_DATA_DIR, 'owner.json');
  if (existsSync(ownerFile)) {
    const owner = JSON.parse(readFileSync(ownerFile, 'utf8')) as Owner;
    if (owner.pid !== process.pid && alive(owner.pid)) {
      return { url: owner.url, embedded: false, firstStart: false, close: () => Promise.resolve() };
    }
  }
  const firstStart = !existsSync(join(config.ATTUNE_DATA_DIR, 'pg', 'PG_VERSION'));
  const db = await startEmbeddedPostgres({
    directory: config.ATTUNE_DATA_DIR,
    persistent: true,
    log,
    supervised: true,
  });
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, url: db.url } satisfies Owner), {
    mode: 0o600,
  });
  return {
    url: db.url,
    embedded: true,
    firstStart,
    async close() {
      await db.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

const MIGRATION_LOCK = 72_945_210;

/**
 * Applies pending migrations. Several API instances may start at once against
 * one database, so they take turns under a PostgreSQL advisory lock. The lock
 * is the transaction's (pg_advisory_xact_lock), and the migrations run in that
 * one transaction: a session-level lock would outlive its transaction on a
 * pooled server connection behind PgBouncer's transaction mode, and its unlock
 * could reach another one (docs/deployment.md).
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, 2), logging: false });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    await runner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'all';
    const applied = await executor.executePendingMigrations();
    await runner.commitTransaction();
    return applied.map((m) => m.name);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
