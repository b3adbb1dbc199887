import type { AccessScope } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { PeriodLockEntity } from './entities/period-lock.entity';
import type { PeriodLockView } from '@attune/contract';

export interface PeriodLockListQuery {
  programmeId: string;
  scope: AccessScope | null;
  laCode?: string;
  month?: string;
  page: number;
  pageSize: number;
}

/** The key of the advisory lock a sign-off takes exclusively and every write to the month shares. */
function monthKey(programmeId: string, laId: string, month: string): string {
  return `period-lock:${programmeId}:${laId}:${month}`;
}

/** period_locks: the only place their SQL lives. */
@Injectable()
export class PeriodLocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The month's sign-off, or null when it is open. Read under a shared advisory
   * lock held to the end of the transaction.
   */
  /**
   * The sign-offs among these (LA, month) pairs, keyed `laId|month`, each read under
   * the same shared advisory lock as findShared: one round trip for a whole import.
   */
  async findManyShared(
    manager: EntityManager,
    programmeId: string,
    periods: ReadonlyArray<{ laId: string; month: string }>,
    /** false: read only, without taking the locks. */
    hold = true,
  ): Promise<Map<string, { lockedAt: Date; lockedBy: string | null }>> {
    if (periods.length === 0) return new Map();
    // Sorted, so two imports take their locks in one order and cannot deadlock.
    const keys = [...new Set(periods.map((p) => monthKey(programmeId, p.laId, p.month)))].sort();
    if (hold)
      await manager.query(
        'SELECT count(pg_advisory_xact_lock_shared(hashtextextended(k, 0))) FROM unnest($1::text[]) AS k',
        [keys],
      );
    const rows = await manager.query<
      Array<{ laId: string; month: string; lockedAt: Date; lockedBy: string | null }>
    >(
      `SELECT pl.la_id AS "laId", pl.month, pl.locked_at AS "lockedAt", u.email AS "lockedBy"
       FROM period_locks pl LEFT JOIN users u ON u.id = pl.locked_by
       WHERE pl.programme_id = $1 AND (pl.la_id, pl.month) IN (SELECT * FROM unnest($2::uuid[], $3::text[]))`,
      [programmeId, periods.map((p) => p.laId), periods.map((p) => p.month)],
    );
    return new Map(rows.map(({ laId, month, ...lock }) => [`${laId}|${month}`, lock]));
  }

  async findShared(
    manager: EntityManager,
    programmeId: string,
    laId: string,
    month: string,
  ): Promise<{ lockedAt: Date; lockedBy: string | null } | null> {
    await manager.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
      monthKey(programmeId, laId, month),
    ]);
    const rows = await manager.query<Array<{ lockedAt: Date; lockedBy: string | null }>>(
      `SELECT pl.locked_at AS "lockedAt", u.email AS "lockedBy"
       FROM period_locks pl LEFT JOIN users u ON u.id = pl.locked_by
       WHERE pl.programme_id = $1 AND pl.la_id = $2 AND pl.month = $3`,
      [programmeId, laId, month],
    );
    return rows[0] ?? null;
  }

  /**
   * Signs the month off under the exclusive advisory lock (so no write of the
   * month is between its check and its commit); null when it already was.
   */
  async insert(
    manager: EntityManager,
    lock: { programmeId: string; laId: string; month: string; lockedBy: string },
  ): Promise<{ id: string; lockedAt: Date } | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      monthKey(lock.programmeId, lock.laId, lock.month),
    ]);
    const inserted = await manager.query<Array<{ id: string; lockedAt: Date }>>(
      `INSERT INTO period_locks (id, programme_id, la_id, month, locked_by, version)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 1)
       ON CONFLICT (programme_id, la_id, month) DO NOTHING
       RETURNING id, locked_at AS "lockedAt"`,
      [lock.programmeId, lock.laId, lock.month, lock.lockedBy],
    );
    return inserted[0] ?? null;
  }

  async findForUpdate(
    manager: EntityManager,
    programmeId: string,
    laId: string,
    month: string,
  ): Promise<PeriodLockEntity | null> {
    return manager.findOne(PeriodLockEntity, {
      where: { programmeId, laId, month },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(PeriodLockEntity, { id });
  }

  /** A page of signed-off months within the scope, newest first. */
  async list(
    query: PeriodLockListQuery,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ items: PeriodLockView[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `pl.programme_id = ${params.add(query.programmeId)}`,
      scopeCondition(query.scope, { laCode: 'la.code' }, params),
    ];
    if (query.laCode) where.push(`la.code = ${params.add(query.laCode)}`);
    if (query.month) where.push(`pl.month = ${params.add(query.month)}`);
    const from = `FROM period_locks pl JOIN local_authorities la ON la.id = pl.la_id LEFT JOIN users u ON u.id = pl.locked_by WHERE ${where.join(' AND ')}`;
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const limit = params.add(query.pageSize);
    const offset = params.add((query.page - 1) * query.pageSize);
    const rows = await manager.query<
      Array<{ laCode: string; month: string; lockedAt: Date; lockedBy: string | null }>
    >(
      `SELECT la.code AS "laCode", pl.month, pl.locked_at AS "lockedAt", u.email AS "lockedBy" ${from}
       ORDER BY pl.month DESC, la.code LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { items: rows.map((r) => ({ ...r, lockedAt: r.lockedAt.toISOString() })), total };
  }
}
