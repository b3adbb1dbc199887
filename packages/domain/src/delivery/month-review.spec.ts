import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { LedgerLine } from '../model/ledger.js';
import type { FamilyRecord, FamilySessionRecord, StaffRecord } from '../model/records.js';
import { familyOpenInMonth, monthBounds, monthReview } from './month-review.js';

function family(over: Partial<FamilyRecord>): FamilyRecord {
  return {
    reference: 'F1',
    laCode: 'LA1',
    referralDate: '2021-08-02',
    childBirthMonth: '2021-05',
    planAtReferral: 'CiN',
    courtProceedings: false,
    trialArm: 'intervention',
    randomisationDate: '2021-08-10',
    practitionerCode: 'P1',
    status: 'active',
    statusDate: '2021-08-20',
    statusReason: null,
    outcome6m: null,
    ...over,
  };
}

function line(over: Partial<LedgerLine>): LedgerLine {
  return {
    date: '2021-10-05',
    laCode: 'LA1',
    staffCode: 'P1',
    costRole: 'social_worker',
    activity: 'direct_delivery',
    source: 'family_session',
    familyReference: null,
    minutes: 60,
    ...over,
  };
}

function session(over: Partial<FamilySessionRecord>): FamilySessionRecord {
  return {
    familyReference: 'F1',
    practitionerCode: 'P1',
    date: '2021-10-05',
    type: 'filming',
    cycle: 1,
    outcome: 'held',
    contactMinutes: 60,
    travelMinutes: 0,
    prepMinutes: 0,
    ...over,
  };
}

const staff: StaffRecord[] = [
  { code: 'P1', displayName: 'Pat One', costRole: 'social_worker', laCode: 'LA1' },
  { code: 'P2', displayName: 'Pat Two', costRole: 'family_support_worker', laCode: 'LA1' },
  { code: 'M1', displayName: 'Manager', costRole: 'team_manager', laCode: 'LA1' },
  { code: 'S1', displayName: 'Supervisor', costRole: 'vig_supervisor', laCode: null },
  { code: 'Q1', displayName: 'Other LA', costRole: 'social_worker', laCode: 'LA2' },
];

describe('month review', () => {
  it('knows the last day of a month, leap years included', () => {
    assert.deepEqual(monthBounds('2024-02'), { first: '2024-02-01', last: '2024-02-29' });
    assert.deepEqual(monthBounds('2021-12'), { first: '2021-12-01', last: '2021-12-31' });
  });

  it('counts a family open in a month from its randomisation until it closes', () => {
    assert.equal(familyOpenInMonth(family({}), '2021-10'), true);
    assert.equal(familyOpenInMonth(family({ randomisationDate: '2021-11-01' }), '2021-10'), false);
    assert.equal(familyOpenInMonth(family({ practitionerCode: null }), '2021-10'), false);
    const closed = family({ status: 'completed', statusDate: '2021-10-20' });
    assert.equal(familyOpenInMonth(closed, '2021-10'), true, 'closed during the month');
    assert.equal(familyOpenInMonth(closed, '2021-11'), false, 'closed before it');
    assert.equal(familyOpenInMonth(family({ status: 'randomised' }), '2021-10'), false);
  });

  it('adds each person’s minutes by activity in the LA and month, and flags missing sessions', () => {
    const review = monthReview({
      laCode: 'LA1',
      month: '2021-10',
      staff,
      practitionerCodes: new Set(['P1', 'P2', 'Q1']),
      lines: [
        line({ minutes: 60 }),
        line({ activity: 'travel', minutes: 20 }),
        line({ date: '2021-11-01', minutes: 999 }), // another month
        line({ laCode: 'LA2', staffCode: 'Q1', minutes: 999 }), // another LA
        line({ staffCode: 'M1', activity: 'meetings', source: 'time_entry', minutes: 45 }),
        line({ staffCode: 'S1', activity: 'supervision_provided', laCode: null, minutes: 90 }),
        line({ staffCode: 'P2', activity: 'supervision_received', minutes: 60 }),
      ],
      sessions: [
        session({}),
        session({ outcome: 'did_not_attend', date: '2021-10-12' }),
        session({ date: '2021-09-30' }),
      ],
      families: [
        family({}),
        family({ reference: 'F2', practitionerCode: 'P2' }),
        family({
          reference: 'F3',
          practitionerCode: 'P2',
          status: 'withdrawn',
          statusDate: '2021-09-01',
        }),
      ],
    });
    assert.deepEqual(
      review.rows.map((r) => [
        r.staffCode,
        r.totalMinutes,
        r.sessionsHeld,
        r.sessionsRecorded,
        r.openFamilies,
        r.missing,
      ]),
      [
        ['P1', 80, 1, 2, 1, false],
        ['P2', 60, 0, 0, 1, true],
        ['M1', 45, 0, 0, 0, false],
      ],
    );
    assert.equal(review.rows[0]!.minutesByActivity.direct_delivery, 60);
    assert.equal(review.rows[0]!.minutesByActivity.travel, 20);
    assert.equal(review.rows[0]!.displayName, 'Pat One');
    assert.equal(review.totals.totalMinutes, 185);
    assert.equal(review.totals.minutesByActivity.meetings, 45);
    assert.equal(review.totals.sessionsHeld, 1);
    assert.equal(review.totals.sessionsRecorded, 2);
    assert.deepEqual(review.missing, ['P2']);
  });
});
