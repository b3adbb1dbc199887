import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { LedgerSourcesOfDay, Principal } from '@attune/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import type { AuditService } from '../../identity/audit/audit.service';
import type { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { PeriodLocksService } from '../period-locks/period-locks.service';
import type { CreateTimeEntryDto } from './dto/time-entry.dto';
import type { TimeEntriesRepository, TimeEntryRow } from './time-entries.repository';
import { TimeEntriesService } from './time-entries.service';

// Whose time and which LA, decided by the domain's rules: the service over fakes, no PostgreSQL.
const context: AuditContext = { principal: null, requestId: null, address: null };
const staffLa: Record<string, string> = {
  'P-LA1-01': 'id-LA1',
  'P-LA1-02': 'id-LA1',
  'P-LA2-01': 'id-LA2',
  'S-01': '',
};
const families: Record<string, { id: string; practitionerCode: string | null }> = {
  'F-LA1-A1': { id: 'fam-a1', practitionerCode: 'P-LA1-01' },
  'F-LA1-B1': { id: 'fam-b1', practitionerCode: 'P-LA1-02' },
};

function service(sessions: Map<string, LedgerSourcesOfDay> = new Map()) {
  const inserted: unknown[] = [];
  const repository = {
    staff: (_m: EntityManager, _p: string, code: string) =>
      Promise.resolve(
        staffLa[code] === undefined
          ? undefined
          : { id: `staff-${code}`, laId: staffLa[code] || null },
      ),
    ledgerSources: () => Promise.resolve(sessions),
    family: (_m: EntityManager, _p: string, reference: string) =>
      Promise.resolve(families[reference]),
    insert: (_m: EntityManager, entry: unknown) => Promise.resolve(String(inserted.push(entry))),
    find: (_m: EntityManager, _p: string, id: string) =>
      Promise.resolve({
        id,
        effectiveLaId: null,
        effectiveLaCode: null,
      } as unknown as TimeEntryRow),
  } as unknown as TimeEntriesRepository;
  const programmes = {
    load: () =>
      Promise.resolve({
        programme: { id: 'p' },
        laCodeById: new Map([
          ['id-LA1', 'LA1'],
          ['id-LA2', 'LA2'],
        ]),
        laIdByCode: new Map([
          ['LA1', 'id-LA1'],
          ['LA2', 'id-LA2'],
        ]),
      }),
    laId: (_c: unknown, code: string) => `id-${code}`,
    today: () => '2022-03-31',
    assertInDeliveryWindow: () => undefined,
  } as unknown as ProgrammeContextService;
  const locks = { assertOpen: () => Promise.resolve() } as unknown as PeriodLocksService;
  const audit = { record: () => Promise.resolve() } as unknown as AuditService;
  const dataSource = {
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work({} as EntityManager),
  } as unknown as DataSource;
  const entries = new TimeEntriesService(dataSource, programmes, locks, audit, repository);
  return { entries, inserted };
}

const practitioner: Principal = {
  id: 'u-p',
  email: 'p1@t.test',
  role: 'practitioner',
  laCode: 'LA1',
  staffCode: 'P-LA1-01',
};
const manager: Principal = {
  id: 'u-m',
  email: 'm1@t.test',
  role: 'la_manager',
  laCode: 'LA1',
  staffCode: null,
};
const supervisor: Principal = {
  id: 'u-s',
  email: 's@t.test',
  role: 'supervisor',
  laCode: null,
  staffCode: 'S-01',
};

const entry = (more: Partial<CreateTimeEntryDto> = {}): CreateTimeEntryDto => ({
  date: '2022-03-15',
  activity: 'admin',
  minutes: 10,
  ...more,
});

/** The field a 400 names. */
async function refusedField(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof BadRequestException)
      return (e.getResponse() as { errors: Array<{ field: string }> }).errors[0]!.field;
    throw e;
  }
  throw new Error('not refused');
}

const economist: Principal = {
  id: 'u-e',
  email: 'e@t.test',
  role: 'economist',
  laCode: null,
  staffCode: null,
};

describe('TimeEntriesService (no database)', () => {
  it('records a practitioner’s own time, for a family allocated to them', async () => {
    const { entries, inserted } = service();
    await entries.create(practitioner, 'p', entry({ familyReference: 'F-LA1-A1' }), context);
    assert.deepEqual(inserted, [
      {
        programmeId: 'p',
        staffId: 'staff-P-LA1-01',
        date: '2022-03-15',
        activity: 'admin',
        minutes: 10,
        laId: null,
        familyId: 'fam-a1',
        note: null,
      },
    ]);
  });

  it('hides someone else’s time from a practitioner (404), and refuses a family not theirs', async () => {
    const { entries, inserted } = service();
    await assert.rejects(
      entries.create(practitioner, 'p', entry({ staffCode: 'P-LA1-02' }), context),
      NotFoundException,
    );
    assert.equal(
      await refusedField(
        entries.create(practitioner, 'p', entry({ familyReference: 'F-LA1-B1' }), context),
      ),
      'familyReference',
    );
    assert.deepEqual(inserted, []);
  });

  it('lets a manager record their own LA’s staff only: another LA’s is 404 even with laCode LA1', async () => {
    const { entries, inserted } = service();
    for (const laCode of [undefined, 'LA1'])
      await assert.rejects(
        entries.create(manager, 'p', entry({ staffCode: 'P-LA2-01', laCode }), context),
        NotFoundException,
      );
    await entries.create(
      manager,
      'p',
      entry({ staffCode: 'P-LA1-02', familyReference: 'F-LA1-B1' }),
      context,
    );
    assert.equal(inserted.length, 1);
  });

  it('lets a supervisor record their own time, programme-wide, and nobody else’s', async () => {
    const { entries, inserted } = service();
    await entries.create(supervisor, 'p', entry({ staffCode: 'S-01' }), context);
    assert.equal(
      await refusedField(
        entries.create(supervisor, 'p', entry({ staffCode: 'P-LA1-01' }), context),
      ),
      'staffCode',
    );
    assert.equal(inserted.length, 1);
  });

  it('refuses a role that records no time with 403', async () => {
    const { entries } = service();
    await assert.rejects(
      entries.create(economist, 'p', entry({ staffCode: 'P-LA1-01' }), context),
      ForbiddenException,
    );
  });

  it('refuses time a family session already counts (409 already_counted), warns where both may stand', async () => {
    const day: LedgerSourcesOfDay = {
      familySessions: [
        {
          familyReference: 'F-LA1-A1',
          type: 'filming',
          cycle: 1,
          contactMinutes: 45,
          travelMinutes: 20,
          prepMinutes: 0,
        },
      ],
      supervisionProvided: [],
    };
    const { entries, inserted } = service(new Map([['staff-P-LA1-01|2022-03-15', day]]));
    await assert.rejects(
      entries.create(
        practitioner,
        'p',
        entry({ activity: 'direct_delivery', familyReference: 'F-LA1-A1' }),
        context,
      ),
      (e: unknown) =>
        e instanceof ConflictException &&
        (e.getResponse() as { code: string; message: string }).code === 'already_counted' &&
        /filming \(cycle 1\) session with F-LA1-A1/.test(
          (e.getResponse() as { message: string }).message,
        ),
    );
    assert.deepEqual(inserted, []);
    const saved = await entries.create(practitioner, 'p', entry({ activity: 'travel' }), context);
    assert.equal(saved.warnings.length, 1);
    assert.equal(inserted.length, 1);
  });
});
