import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Principal } from '../access/subjects.js';
import { countedOnce, type LedgerSourcesOfDay, timeEntryRefusal } from './time-entries.js';

const principal = (role: Principal['role'], laCode: string | null, staffCode: string | null) =>
  ({ id: role, email: `${role}@x.test`, role, laCode, staffCode }) satisfies Principal;
const admin = principal('admin', null, null);
const manager = principal('la_manager', 'LA1', 'M-LA1');
const practitioner = principal('practitioner', 'LA1', 'P-LA1-01');
const supervisor = principal('supervisor', null, 'S-01');
const economist = principal('economist', null, null);

const p1 = { code: 'P-LA1-01', laCode: 'LA1' };
const p2 = { code: 'P-LA2-01', laCode: 'LA2' };
const sup = { code: 'S-01', laCode: null };
const mgr = { code: 'M-LA1', laCode: 'LA1' };

describe('timeEntryRefusal: whose time the principal may record', () => {
  it('lets a practitioner, a supervisor and a manager record their own time', () => {
    assert.equal(timeEntryRefusal(practitioner, 'create', p1, 'LA1'), null);
    assert.equal(timeEntryRefusal(supervisor, 'create', sup, null), null);
    assert.equal(timeEntryRefusal(supervisor, 'create', sup, 'LA2'), null);
    assert.equal(timeEntryRefusal(manager, 'create', mgr, 'LA1'), null);
  });

  it('lets a manager record their LA’s staff and an admin anyone', () => {
    assert.equal(timeEntryRefusal(manager, 'update', p1, 'LA1'), null);
    assert.equal(timeEntryRefusal(admin, 'create', p2, 'LA1'), null);
    assert.equal(timeEntryRefusal(admin, 'create', sup, null), null);
  });

  it('hides another LA’s practitioner from a manager, whatever laCode they send', () => {
    assert.deepEqual(timeEntryRefusal(manager, 'create', p2, 'LA1'), {
      kind: 'hidden',
      field: 'staffCode',
    });
    assert.deepEqual(timeEntryRefusal(manager, 'create', sup, 'LA1'), {
      kind: 'hidden',
      field: 'staffCode',
    });
  });

  it('hides other people from a practitioner and an LA they cannot see', () => {
    assert.deepEqual(timeEntryRefusal(practitioner, 'create', p2, 'LA2'), {
      kind: 'hidden',
      field: 'staffCode',
    });
    assert.deepEqual(timeEntryRefusal(practitioner, 'create', p1, 'LA2'), {
      kind: 'hidden',
      field: 'laCode',
    });
  });

  it('refuses, naming the field, what the principal sees but may not record', () => {
    // Economists read staff (by code) for the costs, and record no time.
    assert.deepEqual(timeEntryRefusal(economist, 'create', p1, 'LA1'), {
      kind: 'refused',
      field: 'staffCode',
    });
    assert.deepEqual(timeEntryRefusal(supervisor, 'create', p1, 'LA1'), {
      kind: 'refused',
      field: 'staffCode',
    });
    assert.deepEqual(timeEntryRefusal(manager, 'create', mgr, null), {
      kind: 'refused',
      field: 'laCode',
    });
  });
});

const day = (over: Partial<LedgerSourcesOfDay> = {}): LedgerSourcesOfDay => ({
  familySessions: [
    {
      familyReference: 'F-1',
      type: 'filming',
      cycle: 2,
      contactMinutes: 60,
      travelMinutes: 30,
      prepMinutes: 0,
    },
  ],
  supervisionProvided: [],
  ...over,
});

describe('countedOnce: every minute from exactly one source', () => {
  it('refuses the session’s own kind of minutes for its family and date, saying where', () => {
    const verdict = countedOnce(
      { activity: 'direct_delivery', date: '2022-01-10', familyReference: 'F-1' },
      day(),
    );
    assert.match(
      verdict.refusal ?? '',
      /already counted from the filming \(cycle 2\) session with F-1/,
    );
    assert.match(verdict.refusal ?? '', /contact minutes/);
    assert.match(
      countedOnce({ activity: 'travel', date: '2022-01-10', familyReference: 'F-1' }, day())
        .refusal ?? '',
      /travel minutes/,
    );
  });

  it('allows minutes the session did not count, and other families and activities', () => {
    for (const entry of [
      { activity: 'preparation', familyReference: 'F-1' },
      { activity: 'direct_delivery', familyReference: 'F-2' },
      { activity: 'case_recording', familyReference: 'F-1' },
    ] as const) {
      assert.deepEqual(countedOnce({ ...entry, date: '2022-01-10' }, day()), {
        refusal: null,
        warnings: [],
      });
    }
  });

  it('warns, without refusing, about the same kind of minutes with no family given', () => {
    const verdict = countedOnce(
      { activity: 'travel', date: '2022-01-10', familyReference: null },
      day(),
    );
    assert.equal(verdict.refusal, null);
    assert.equal(verdict.warnings.length, 1);
    assert.match(
      verdict.warnings[0]!,
      /may already be counted from the filming \(cycle 2\) session with F-1/,
    );
  });

  it('warns about preparation on a day the person ran supervision with preparation', () => {
    const verdict = countedOnce(
      { activity: 'preparation', date: '2022-01-10', familyReference: null },
      day({ familySessions: [], supervisionProvided: [{ id: '7', prepMinutes: 20 }] }),
    );
    assert.equal(verdict.refusal, null);
    assert.match(verdict.warnings.join(), /supervision session 7/);
    assert.deepEqual(
      countedOnce(
        { activity: 'preparation', date: '2022-01-10', familyReference: null },
        day({ familySessions: [], supervisionProvided: [{ id: '7', prepMinutes: 0 }] }),
      ).warnings,
      [],
    );
  });
});
