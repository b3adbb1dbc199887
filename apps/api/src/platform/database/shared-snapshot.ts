import type { DataSource, QueryRunner } from 'typeorm';
import { hasReplicas, onReplicaOrPrimary, readRunner, type ReadFrom } from './read-replica';

/** How long a snapshot waits for a free second connection to be made before reading without one. */
const HELPER_WAIT_MS = 250;

async function close(runner: QueryRunner): Promise<void> {
  if (runner.isReleased) return;
  await runner.query('ROLLBACK').catch(() => undefined);
  await runner.release().catch(() => undefined);
}

/**
 * Runs `read` in one REPEATABLE READ snapshot on a connection from `from`,
 * with, when the pool has one free, a second connection in the same snapshot
 * (pg_export_snapshot) so that two heavy queries can run side by side on two
 * cores. `setup` runs first on each (a SET LOCAL). The snapshot then ends.
 */
export async function sharedSnapshot<T>(
  dataSource: DataSource,
  from: ReadFrom,
  setup: string,
  read: (runner: QueryRunner, helper: QueryRunner | undefined) => Promise<T>,
): Promise<T> {
  return onReplicaOrPrimary(dataSource, from, (target) =>
    inSnapshot(dataSource, target, setup, read),
  );
}

async function inSnapshot<T>(
  dataSource: DataSource,
  from: ReadFrom,
  setup: string,
  read: (runner: QueryRunner, helper: QueryRunner | undefined) => Promise<T>,
): Promise<T> {
  const runner = await readRunner(dataSource, from);
  let helper: QueryRunner | undefined;
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query(setup);
    const [{ snapshot, seen }] = (await runner.query(
      'SELECT pg_export_snapshot() AS snapshot, pg_current_snapshot()::text AS seen',
    )) as [{ snapshot: string; seen: string }];
    helper = freeConnection(dataSource, from)
      ? await second(dataSource, from, setup, snapshot, seen)
      : undefined;
    return await read(runner, helper);
  } finally {
    if (helper) await close(helper);
    // Quietly: a failure here must not hide why the read failed.
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release().catch(() => undefined);
  }
}

/** pg's pool, as far as this file looks at it. */
interface PoolState {
  waitingCount: number;
  idleCount: number;
  totalCount: number;
  options: { max?: number };
}

/**
 * Whether a pool `from` reads on has a connection free this moment (idle, or
 * room to open one) and no request queued for one: only then is a second
 * connection asked for, so a request never queues behind others while it
 * holds a connection of its own. Without pool state to look at, none.
 */
function freeConnection(dataSource: DataSource, from: ReadFrom): boolean {
  const driver = dataSource.driver as unknown as { master?: PoolState; slaves?: PoolState[] };
  const pools =
    from === 'replica' && hasReplicas(dataSource) ? (driver.slaves ?? []) : [driver.master];
  return pools.some(
    (pool) =>
      pool !== undefined &&
      pool.waitingCount === 0 &&
      (pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10)),
  );
}

/**
 * The second connection is only a help, so it is not queued for: a request
 * holding one connection while it waited for another could, with enough such
 * requests, hold every connection of the pool (or of PgBouncer's pool, which
 * every API replica shares) and wait forever. With several read replicas it
 * may land on another server, which cannot import the snapshot (or holds an
 * unrelated one of the same name): then, or on any failure, there is none.
 */
async function second(
  dataSource: DataSource,
  from: ReadFrom,
  setup: string,
  snapshot: string,
  seen: string,
): Promise<QueryRunner | undefined> {
  const opening = open(dataSource, from, setup, snapshot, seen);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, HELPER_WAIT_MS, 'late');
  });
  const helper = await Promise.race([opening, late]);
  clearTimeout(timer);
  if (helper !== 'late') return helper;
  // Let it go when it arrives (after this snapshot has ended).
  void opening.then((h) => h && close(h));
  return undefined;
}

async function open(
  dataSource: DataSource,
  from: ReadFrom,
  setup: string,
  snapshot: string,
  seen: string,
): Promise<QueryRunner | undefined> {
  let helper: QueryRunner | undefined;
  try {
    helper = await readRunner(dataSource, from);
    await helper.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await helper.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
    await helper.query(setup);
    const [same] = (await helper.query('SELECT pg_current_snapshot()::text AS seen')) as [
      { seen: string },
    ];
    if (same.seen === seen) return helper;
  } catch {
    // none: the runner reads everything itself
  }
  if (helper) await close(helper);
  return undefined;
}
