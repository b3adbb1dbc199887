import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Principal } from '@attune/domain';
import { BadRequestException, ConflictException, ForbiddenException } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import type { AuditService } from '../../identity/audit/audit.service';
import type { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { PeriodLocksRepository } from './period-locks.repository';
import { PeriodLocksService } from './period-locks.service';

// The service without PostgreSQL: its repository, programme context and audit replaced by fakes.
const manager = {} as EntityManager;
const la1Manager: Principal = {
  id: 'u-1',
  email: 'm1@t.test',
  role: 'la_manager',
  laCode: 'LA1',
  staffCode: null,
};
const context: AuditContext = { principal: la1Manager, requestId: null, address: null };

function service(locked: Set<string>) {
  const audited: string[] = [];
  const repository = {
    findShared: (_m: EntityManager, _p: string, laId: string, month: string) =>
      Promise.resolve(
        locked.has(`${laId}:${month}`)
          ? { lockedAt: new Date('2022-03-01T09:30:00Z'), lockedBy: 'm1@t.test' }
          : null,
      ),
    insert: (_m: EntityManager, lock: { laId: string; month: string }) => {
      const key = `${lock.laId}:${lock.month}`;
      if (locked.has(key)) return Promise.resolve(null);
      locked.add(key);
      return Promise.resolve({ id: 'lock-1', lockedAt: new Date('2022-03-31T12:00:00Z') });
    },
  } as unknown as PeriodLocksRepository;
  const programmes = {
    load: () => Promise.resolve({}),
    laId: (_c: unknown, code: string) => `id-${code}`,
    today: () => '2022-03-31',
  } as unknown as ProgrammeContextService;
  const audit = {
    record: (event: { action: string }) => Promise.resolve(void audited.push(event.action)),
  } as unknown as AuditService;
  const dataSource = {
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
  return { locks: new PeriodLocksService(dataSource, programmes, audit, repository), audited };
}

describe('PeriodLocksService (no database)', () => {
  it('refuses a write dated in a signed-off month with 409 period_locked', async () => {
    const { locks } = service(new Set(['id-LA1:2022-02']));
    await locks.assertOpen(manager, 'p', { id: 'id-LA1', code: 'LA1' }, '2022-03-15');
    await assert.rejects(
      locks.assertOpen(manager, 'p', { id: 'id-LA1', code: 'LA1' }, '2022-02-28'),
      (e: ConflictException) => {
        assert.deepEqual(e.getResponse(), {
          code: 'period_locked',
          message:
            '2022-02 is signed off for LA1: records dated in it cannot be changed until an admin reopens the month.',
          lock: {
            laCode: 'LA1',
            month: '2022-02',
            lockedAt: '2022-03-01T09:30:00.000Z',
            lockedBy: 'm1@t.test',
            reason: 'Signed off by m1@t.test on 2022-03-01.',
            reopenableBy: 'admin',
          },
        });
        return true;
      },
    );
  });

  it('signs off a month once, audited; a second sign-off is 409 already_locked', async () => {
    const { locks, audited } = service(new Set());
    const view = await locks.lock(la1Manager, 'p', 'LA1', '2022-03', context);
    assert.deepEqual(view, {
      laCode: 'LA1',
      month: '2022-03',
      lockedAt: '2022-03-31T12:00:00.000Z',
      lockedBy: 'm1@t.test',
    });
    assert.deepEqual(audited, ['periodLock.sign_off']);
    await assert.rejects(
      locks.lock(la1Manager, 'p', 'LA1', '2022-03', context),
      (e: ConflictException) => (e.getResponse() as { code: string }).code === 'already_locked',
    );
  });

  it('lets a manager sign off their own LA only, and no month not yet begun', async () => {
    const { locks } = service(new Set());
    await assert.rejects(
      locks.lock(la1Manager, 'p', 'LA2', '2022-03', context),
      ForbiddenException,
    );
    await assert.rejects(
      locks.lock(la1Manager, 'p', 'LA1', '2022-04', context),
      (e: BadRequestException) => {
        assert.deepEqual((e.getResponse() as { errors: unknown }).errors, [
          {
            field: 'month',
            problem: '2022-04 has not started yet: sign off a month once it has begun',
          },
        ]);
        return true;
      },
    );
  });
});
