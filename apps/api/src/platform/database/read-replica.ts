import { lazyLogger } from '../nest/nest-parts';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isConnectionError } from './availability';

/**
 * Where a read runs. Writes, and every read that must see the caller's own
 * last write (sessions, edits, the workbook's lines beside its summary), run on
 * the primary; the reports (cost summary, capacity, accreditation, ledger) may
 * run on a streaming read replica (DATABASE_REPLICA_URLS), lagging the primary
 * by the replica's replay delay (docs/deployment.md).
 */
export type ReadFrom = 'primary' | 'replica';

const logger = lazyLogger('ReadReplica');

/** True when the data source was given replicas (TypeORM's `replication`). */
export function hasReplicas(dataSource: DataSource): boolean {
  return 'replication' in dataSource.options && dataSource.options.replication !== undefined;
}

/**
 * A connected query runner for a read: on one of the replicas (TypeORM picks
 * one at random) when asked for and configured, on the primary otherwise. A
 * replica that cannot be reached is passed over for the primary, so the
 * reports keep answering (from the primary) while it is down.
 */
export async function readRunner(dataSource: DataSource, from: ReadFrom): Promise<QueryRunner> {
  if (from === 'replica' && hasReplicas(dataSource)) {
    const runner = dataSource.createQueryRunner('slave');
    try {
      await runner.connect();
      return runner;
    } catch (error) {
      await runner.release().catch(() => undefined);
      if (!isConnectionError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`No read replica could be reached (${reason}): reading from the primary`);
    }
  }
  const runner = dataSource.createQueryRunner('master');
  await runner.connect();
  return runner;
}

/** Runs `read` on one connection from `from`, then releases it. */
export async function readOn<T>(
  dataSource: DataSource,
  from: ReadFrom,
  read: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return onReplicaOrPrimary(dataSource, from, async (target) => {
    const runner = await readRunner(dataSource, target);
    try {
      return await read(runner.manager);
    } finally {
      await runner.release();
    }
  });
}

/**
 * Runs a read-only `attempt` on `from`; when that is a replica and its
 * connection breaks (the replica went away since the pool last used it), runs
 * it again on the primary. Only for reads: they can be run twice.
 */
export async function onReplicaOrPrimary<T>(
  dataSource: DataSource,
  from: ReadFrom,
  attempt: (from: ReadFrom) => Promise<T>,
): Promise<T> {
  if (from === 'primary' || !hasReplicas(dataSource)) return attempt(from);
  try {
    return await attempt('replica');
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(`A read replica's connection broke (${reason}): reading from the primary`);
    return attempt('primary');
  }
}

/** Runs `read` in one REPEATABLE READ snapshot on a connection from `from`, then ends it. */
export async function readSnapshotOn<T>(
  dataSource: DataSource,
  from: ReadFrom,
  read: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return readOn(dataSource, from, async (manager) => {
    const runner = manager.queryRunner!;
    await runner.startTransaction('REPEATABLE READ');
    try {
      const result = await read(manager);
      await runner.commitTransaction();
      return result;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
    }
  });
}
