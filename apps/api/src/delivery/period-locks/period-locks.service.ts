import { can, Principal, scopeFor } from '@attune/domain';
import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { ConflictCode, LockedPeriod, PeriodLockView } from '@attune/contract';
import { PeriodLocksRepository } from './period-locks.repository';

export type { PeriodLockView } from '@attune/contract';

/** What a signed-off month says of itself: by whom, when, and that an admin can reopen it. */
function lockedPeriod(
  laCode: string,
  month: string,
  lock: { lockedAt: Date; lockedBy: string | null },
): LockedPeriod {
  const lockedAt = lock.lockedAt.toISOString();
  return {
    laCode,
    month,
    lockedAt,
    lockedBy: lock.lockedBy,
    reason: `Signed off by ${lock.lockedBy ?? 'a user no longer registered'} on ${lockedAt.slice(0, 10)}.`,
    reopenableBy: 'admin',
  };
}

@Injectable()
export class PeriodLocksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksRepository,
  ) {}

  /**
   * The sign-offs among these (LA, month) pairs, keyed `laId|month` (for an import, which
   * reports every row in a signed-off month rather than refusing at the first), read under
   * the shared advisory locks assertOpen takes, so no sign-off slips in before the write.
   * `hold: false` only reads: an import checks chunk by chunk without them, then takes them
   * all at once, sorted (taken chunk by chunk, two imports could deadlock with sign-offs).
   */
  async lockedAmong(
    manager: EntityManager,
    programmeId: string,
    periods: ReadonlyArray<{ la: { id: string; code: string }; month: string }>,
    hold = true,
  ): Promise<Map<string, LockedPeriod>> {
    const distinct = new Map(periods.map((p) => [`${p.la.id}|${p.month}`, p]));
    const found = await this.locks.findManyShared(
      manager,
      programmeId,
      [...distinct.values()].map((p) => ({ laId: p.la.id, month: p.month })),
      hold,
    );
    const codes = new Map(periods.map((p) => [p.la.id, p.la.code]));
    const result = new Map<string, LockedPeriod>();
    for (const [key, lock] of found) {
      const [laId, month] = key.split('|') as [string, string];
      result.set(key, lockedPeriod(codes.get(laId)!, month, lock));
    }
    return result;
  }

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
    const lock = await this.locks.findShared(manager, programmeId, la.id, month);
    if (lock) {
      const detail = lockedPeriod(la.code, month, lock);
      throw new ConflictException({
        message: `${month} is signed off for ${la.code}: records dated in it cannot be changed until an admin reopens the month.`,
        code: 'period_locked' satisfies ConflictCode,
        lock: detail,
      });
    }
  }

  async list(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; page: number; pageSize: number },
  ): Promise<{ items: PeriodLockView[]; total: number }> {
    await this.programmes.load(principal, programmeId);
    return this.locks.list({ programmeId, scope: scopeFor(principal, 'PeriodLock'), ...query });
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
    if (!can(principal, 'sign_off', 'PeriodLock', { laCode })) {
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
      const row = await this.locks.insert(manager, {
        programmeId,
        laId,
        month,
        lockedBy: principal.id,
      });
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
    reason: string,
    context: AuditContext,
  ): Promise<void> {
    const programme = await this.programmes.load(principal, programmeId);
    if (!can(principal, 'reopen', 'PeriodLock', { laCode }))
      throw new ForbiddenException('Only an admin may reopen a signed-off month.');
    const laId = this.programmes.laId(programme, laCode);
    await this.dataSource.transaction(async (manager) => {
      const lock = await this.locks.findForUpdate(manager, programmeId, laId, month);
      if (!lock)
        throw notFound(`${month} is not signed off for ${laCode}: there is nothing to reopen.`);
      await this.locks.delete(manager, lock.id);
      await this.audit.record(
        {
          action: 'periodLock.reopen',
          entityType: 'PeriodLock',
          entityId: lock.id,
          before: { laCode, month, lockedAt: lock.lockedAt.toISOString(), lockedBy: lock.lockedBy },
          after: { laCode, month, reopened: true, reason: reason.trim() },
          ...context,
        },
        manager,
      );
    });
  }
}
