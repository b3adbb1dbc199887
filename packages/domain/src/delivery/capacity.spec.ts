import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FamilyRecord, FamilySessionRecord } from '../model/records.js';
import { addDays } from './dates.js';
import {
  capacityRows,
  createCapacityAccumulator,
  vigWeek,
  type CapacityInput,
} from './capacity.js';

const AS_OF = '2022-03-31';

function family(
  reference: string,
  status: FamilyRecord['status'],
  practitionerCode: string | null = 'P1',
): FamilyRecord {
  return {
    reference,
    laCode: 'LA1',
    referralDate: '2021-12-01',
    childBirthMonth: '2021-10',
    planAtReferral: 'CP',
    courtProceedings: false,
    trialArm: 'intervention',
    randomisationDate: '2021-12-08',
    practitionerCode,
    status,
    statusDate: '2022-01-10',
    statusReason: status === 'not_proceeded' ? 'not_ready_or_declined' : null,
    outcome6m: null,
  };
}

function session(
  reference: string,
  date: string,
  extra: Partial<FamilySessionRecord> = {},
): FamilySessionRecord {
  return {
    familyReference: reference,
    practitionerCode: 'P1',
    date,
    type: 'other',
    cycle: null,
    outcome: 'held',
    contactMinutes: 60,
    travelMinutes: 30,
    prepMinutes: 45,
    ...extra,
  };
}

function input(parts: Partial<CapacityInput> = {}): CapacityInput {
  return {
    programme: { ...({} as CapacityInput['programme']), minFamiliesPerPractitioner: 6 },
    staff: [
      { code: 'P1', displayName: 'A', costRole: 'social_worker', laCode: 'LA1' },
      { code: 'P2', displayName: 'B', costRole: 'social_worker', laCode: 'LA2' },
    ],
    practitioners: ['P1', 'P2'].map((code) => ({
      staffCode: code,
      substantiveRole: 'social_worker' as const,
      fte: '1.0',
      vigHoursPerWeek: '7.5',
      startDate: '2021-07-01',
      supervisorCode: 'S1',
      status: 'active' as const,
      statusDate: null,
      statusReason: null,
    })),
    families: [],
    familySessions: [],
    supervisionSessions: [],
    supervisionAttendees: [],
    timeEntries: [],
    asOf: AS_OF,
    ...parts,
  };
}

describe('capacityRows', () => {
  it('answers exactly the capacity endpoint fields, one row per practitioner', () => {
    const rows = capacityRows(input());
    assert.deepEqual(
      rows.map((r) => r.code),
      ['P1', 'P2'],
    );
    assert.deepEqual(Object.keys(rows[0]!), [
      'code',
      'laCode',
      'familiesAllocated',
      'familiesActive',
      'familiesCompleted',
      'familiesNotProceeded',
      'belowMinimum',
      'sessionsHeld',
      'lastSessionDate',
      'familiesOverdue',
      'vigHoursPerWeek',
      'vigMinutesLast4Weeks',
      'status',
    ]);
    assert.deepEqual([rows[1]!.laCode, rows[1]!.vigHoursPerWeek], ['LA2', 7.5]);
  });

  it('counts families by status, overdue ones, and flags fewer than the minimum allocated', () => {
    const families = [
      family('F1', 'active'),
      family('F2', 'active'),
      family('F3', 'completed'),
      family('F4', 'not_proceeded'),
      family('F5', 'withdrawn'),
      family('F6', 'active', 'P2'),
      family('F7', 'randomised', null),
    ];
    const sessions = [
      session('F1', addDays(AS_OF, -14)),
      session('F2', addDays(AS_OF, -15)),
      session('F2', addDays(AS_OF, -2), { outcome: 'cancelled_by_family' }),
      session('F3', '2022-02-01'),
    ];
    const [p1, p2] = capacityRows(input({ families, familySessions: sessions }));
    assert.deepEqual(
      [
        p1!.familiesAllocated,
        p1!.familiesActive,
        p1!.familiesCompleted,
        p1!.familiesNotProceeded,
        p1!.familiesOverdue,
      ],
      [5, 2, 1, 1, 1],
    );
    assert.deepEqual(
      [p1!.belowMinimum, p1!.sessionsHeld, p1!.lastSessionDate],
      [true, 3, addDays(AS_OF, -14)],
    );
    // F6 has no held session: overdue counted from its status date
    assert.deepEqual(
      [p2!.familiesAllocated, p2!.familiesOverdue, p2!.lastSessionDate],
      [1, 1, null],
    );
    const six = capacityRows(
      input({ families: ['A', 'B', 'C', 'D', 'E', 'F'].map((r) => family(r, 'allocated')) }),
    );
    assert.equal(six[0]!.belowMinimum, false);
  });

  it('adds session, supervision and time-entry minutes of the 28 days ending asOf', () => {
    const first = addDays(AS_OF, -27);
    const before = addDays(AS_OF, -28);
    const rows = capacityRows(
      input({
        familySessions: [
          session('F1', first), // 135
          session('F1', AS_OF, { outcome: 'did_not_attend', contactMinutes: 0 }), // 75: travel and prep still spent
          session('F1', before),
          session('F1', addDays(AS_OF, 1)),
        ],
        supervisionSessions: [
          {
            id: 'G',
            date: first,
            supervisorCode: 'S1',
            format: 'group',
            mode: 'remote',
            durationMinutes: 90,
            prepMinutes: 30,
          },
          {
            id: 'OLD',
            date: before,
            supervisorCode: 'S1',
            format: 'individual',
            mode: 'remote',
            durationMinutes: 60,
            prepMinutes: 0,
          },
        ],
        supervisionAttendees: [
          { sessionId: 'G', practitionerCode: 'P1', familyReference: 'F1', cycle: 1 },
          { sessionId: 'G', practitionerCode: 'P1', familyReference: 'F2', cycle: 2 }, // same session, counted once
          { sessionId: 'G', practitionerCode: 'P2', familyReference: null, cycle: null },
          { sessionId: 'OLD', practitionerCode: 'P1', familyReference: null, cycle: null },
        ],
        timeEntries: [
          {
            staffCode: 'P1',
            date: AS_OF,
            activity: 'case_recording',
            minutes: 40,
            laCode: null,
            familyReference: null,
          },
          {
            staffCode: 'P1',
            date: before,
            activity: 'admin',
            minutes: 500,
            laCode: null,
            familyReference: null,
          },
        ],
      }),
    );
    assert.equal(rows[0]!.vigMinutesLast4Weeks, 135 + 75 + 90 + 40);
    assert.equal(rows[1]!.vigMinutesLast4Weeks, 90);
  });

  it('gives the same rows whatever order records stream in', () => {
    const families = ['F1', 'F2', 'F3'].map((r, i) => family(r, i === 2 ? 'completed' : 'active'));
    const sessions = [
      session('F1', '2022-03-01'),
      session('F2', '2022-03-25'),
      session('F3', '2022-03-20'),
    ];
    const expected = capacityRows(input({ families, familySessions: sessions }));
    fc.assert(
      fc.property(fc.shuffledSubarray([...families, ...sessions], { minLength: 6 }), (records) => {
        const acc = createCapacityAccumulator(input());
        for (const r of records) {
          if ('status' in r) acc.addFamily(r);
          else acc.addFamilySession(r);
        }
        assert.deepEqual(acc.rows(), expected);
      }),
    );
  });
});

describe('vigWeek', () => {
  it('gives the time a week used and allotted in whole minutes, and whether it is reached', () => {
    // 7 h 30 min a week allotted; 30 h in the four weeks is 7 h 30 min a week: reached.
    assert.deepEqual(vigWeek({ vigHoursPerWeek: 7.5, vigMinutesLast4Weeks: 1800 }), {
      usedMinutes: 450,
      allottedMinutes: 450,
      atOrOver: true,
    });
    // 454 minutes in four weeks is 113.5 a week, shown as 114 min; 6 h allotted, far from it.
    assert.deepEqual(vigWeek({ vigHoursPerWeek: 6, vigMinutesLast4Weeks: 454 }), {
      usedMinutes: 114,
      allottedMinutes: 360,
      atOrOver: false,
    });
    assert.equal(vigWeek({ vigHoursPerWeek: 7.5, vigMinutesLast4Weeks: 1799 }).atOrOver, false);
  });
});
