import { Principal, scopeFor } from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { conflict, invalid, notFound } from '../delivery/http-errors';
import { ProgrammeAccessService } from '../delivery/programme-access.service';
import { scopeCondition, SqlParams } from '../delivery/sql-params';
import { PeriodLockEntity } from './entities/period-lock.entity';
import type { PeriodLockView } from '@attune/contract';

export type { PeriodLockView };

function monthKey(programmeId: string, laId: string, month: string): string {
  return `period-lock:${programmeId}:${laId}:${month}`;
}

@Injectable()
export class PeriodLocksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Refuses (409, `period_locked`) a change to a record of this LA dated in a
   * signed-off month. Called inside the writing transaction, under a shared
   * advisory lock on (programme, LA, month) that a sign-off takes exclusively,
   * so a sign-off cannot slip in between this check and the write.
   */
  async assertOpen(
    manager: EntityManager,
    programmeId: string,
    la: { id: string; code: string },
    date: string,
  ): Promise<void> {
    const month = date.slice(0, 7);
    await manager.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
      monthKey(programmeId, la.id, month),
    ]);
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM period_locks WHERE programme_id = $1 AND la_id = $2 AND month = $3',
      [programmeId, la.id, month],
    );
    if (rows.length > 0) {
      throw conflict(
        'period_locked',
        `${month} is signed off for ${la.code}: records dated in it cannot be changed until an admin reopens the month.`,
      );
    }
  }

  async list(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; page: number; pageSize: number },
  ): Promise<{ items: PeriodLockView[]; total: number }> {
    await this.programmes.load(principal, programmeId);
    const params = new SqlParams();
    const where = [
      `pl.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scopeFor(principal, 'PeriodLock'), { laCode: 'la.code' }, params),
    ];
    if (query.laCode) where.push(`la.code = ${params.add(query.laCode)}`);
    const from = `FROM period_locks pl JOIN local_authorities la ON la.id = pl.la_id LEFT JOIN users u ON u.id = pl.locked_by WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const limit = params.add(query.pageSize);
    const offset = params.add((query.page - 1) * query.pageSize);
    const rows = await this.dataSource.query<
      Array<{ laCode: string; month: string; lockedAt: Date; lockedBy: string | null }>
    >(
      `SELECT la.code AS "laCode", pl.month, pl.locked_at AS "lockedAt", u.email AS "lockedBy" ${from}
       ORDER BY pl.month DESC, la.code LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return {
      items: rows.map((r) => ({ ...r, lockedAt: r.lockedAt.toISOString() })),
      total,
    };
  }

  /** An LA manager signs off a month of their LA (an admin, any LA's). */
  async lock(
    principal: Principal,
    programmeId: string,
    laCode: string,
    month: string,
    context: AuditContext,
  ): Promise<PeriodLockView> {
    const programme = await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'PeriodLock', 'sign_off');
    if (!scope || (!scope.all && scope.laCode !== laCode)) {
      throw new ForbiddenException(`You may sign off months of your own local authority only.`);
    }
    const laId = this.programmes.laId(programme, laCode);
    if (month > this.programmes.today().slice(0, 7)) {
      throw invalid({
        field: 'month',
        problem: `${month} has not started yet: sign off a month once it has begun`,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        monthKey(programmeId, laId, month),
      ]);
      const inserted = await manager.query<Array<{ id: string; lockedAt: Date }>>(
        `INSERT INTO period_locks (id, programme_id, la_id, month, locked_by, version)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 1)
         ON CONFLICT (programme_id, la_id, month) DO NOTHING
         RETURNING id, locked_at AS "lockedAt"`,
        [programmeId, laId, month, principal.id],
      );
      const row = inserted[0];
      if (!row) throw conflict('already_locked', `${month} is already signed off for ${laCode}.`);
      const view: PeriodLockView = {
        laCode,
        month,
        lockedAt: row.lockedAt.toISOString(),
        lockedBy: principal.email,
      };
      await this.audit.record(
        {
          action: 'periodLock.sign_off',
          entityType: 'PeriodLock',
          entityId: row.id,
          after: view,
          ...context,
        },
        manager,
      );
      return view;
    });
  }

  /** An admin reopens a signed-off month: its records can be changed again. */
  async reopen(
    principal: Principal,
    programmeId: string,
    laCode: string,
    month: string,
    context: AuditContext,
  ): Promise<void> {
    const programme = await this.programmes.load(principal, programmeId);
    const laId = this.programmes.laId(programme, laCode);
    await this.dataSource.transaction(async (manager) => {
      const lock = await manager.findOne(PeriodLockEntity, {
        where: { programmeId, laId, month },
        lock: { mode: 'pessimistic_write' },
      });
      if (!lock)
        throw notFound(`${month} is not signed off for ${laCode}: there is nothing to reopen.`);
      await manager.delete(PeriodLockEntity, { id: lock.id });
      await this.audit.record(
        {
          action: 'periodLock.reopen',
          entityType: 'PeriodLock',
          entityId: lock.id,
          before: { laCode, month, lockedAt: lock.lockedAt.toISOString(), lockedBy: lock.lockedBy },
          ...context,
        },
        manager,
      );
    });
  }
}
