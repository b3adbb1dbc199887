import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addDays } from '../delivery/dates.js';
import { accreditationProgress, riskOrder, type AccreditationRow } from './progress.js';
import { AVIGUK_THREE_STAGE, copyRuleSet } from './rule-sets.js';
import {
  AS_OF,
  cycles,
  input,
  practitioner,
  review,
  rowOf,
  stageOneWork,
} from '../../test/accreditation-progress.js';

describe('accreditationProgress: counting', () => {
  it('answers exactly the fields of the accreditation endpoint, plus status, requirements and supervision recency', () => {
    assert.deepEqual(Object.keys(rowOf({})).sort(), [
      'code',
      'cyclesCompleted',
      'daysSinceSupervision',
      'familiesWorkedWith',
      'laCode',
      'lastSupervisionDate',
      'nextRequirement',
      'onTrack',
      'projectedAccreditationDate',
      'requirements',
      'requirementsMet',
      'stage',
      'status',
      'supervisionMinutes',
      'supervisionSessions',
    ]);
  });

  it('counts a cycle once per family and cycle number, only when its shared review is held', () => {
    const row = rowOf({
      familySessions: [
        review('F1', 1, '2022-01-05'),
        review('F1', 1, '2022-01-12'), // a second review of the same cycle
        review('F1', 2, '2022-01-19', { outcome: 'cancelled_by_family' }),
        review('F1', 3, '2022-01-26', { type: 'filming' }),
        review('F2', 1, '2022-02-02', { outcome: 'did_not_attend' }),
      ],
    });
    assert.equal(row.cyclesCompleted, 1);
  });

  it('counts a family as worked with only when it has a held session with that practitioner', () => {
    const row = rowOf({
      familySessions: [
        review('F1', 1, '2022-01-05', { type: 'initial_meeting', cycle: null }),
        review('F2', 1, '2022-01-05', { outcome: 'cancelled_by_practitioner' }),
        review('F3', 1, '2022-01-05', { practitionerCode: 'P2' }),
      ],
    });
    assert.equal(row.familiesWorkedWith, 1);
  });

  it('counts a group supervision session once, in full, for each attendee', () => {
    const session = {
      id: 'G1',
      date: '2022-02-01',
      supervisorCode: 'S1',
      format: 'group' as const,
      mode: 'in_person' as const,
      durationMinutes: 120,
      prepMinutes: 30,
    };
    const attendees = ['P1', 'P2'].map((p) => ({
      sessionId: 'G1',
      practitionerCode: p,
      familyReference: null,
      cycle: null,
    }));
    const parts = {
      practitioners: [practitioner('P1'), practitioner('P2')],
      supervisionSessions: [session],
      supervisionAttendees: attendees,
    };
    for (const row of accreditationProgress(input(parts))) {
      assert.equal(row.supervisionMinutes, 120);
      assert.equal(row.supervisionSessions, 1);
      assert.equal(row.lastSupervisionDate, '2022-02-01');
      assert.equal(row.daysSinceSupervision, 58);
    }
    const shared = {
      ...copyRuleSet(AVIGUK_THREE_STAGE),
      groupSupervisionCredit: 'shared' as const,
    };
    assert.equal(
      accreditationProgress(input({ ...parts, ruleSet: shared }))[0]!.supervisionMinutes,
      60,
    );
  });

  it('ignores records dated after asOf', () => {
    const row = rowOf({ familySessions: cycles(3, '2022-04-14') });
    assert.equal(row.cyclesCompleted, 1);
  });
});

describe('accreditationProgress: projection', () => {
  it('projects the remaining cycles at the pace of the last 12 weeks', () => {
    // 12 weekly cycles up to asOf: 12 in 84 days, so 15 remaining take 105 days.
    const row = rowOf({ familySessions: cycles(12, AS_OF) });
    assert.equal(row.projectedAccreditationDate, addDays(AS_OF, 105));
    assert.equal(row.onTrack, false);
    const early = rowOf({
      familySessions: cycles(12, AS_OF),
      programme: { deliveryEnd: addDays(AS_OF, 105), ruleSet: 'aviguk_three_stage' },
    });
    assert.equal(early.onTrack, true);
  });

  it('has no projection and is not on track with no cycle in the window', () => {
    const row = rowOf({ familySessions: cycles(6, '2021-12-01') });
    assert.equal(row.projectedAccreditationDate, null);
    assert.equal(row.onTrack, false);
  });

  it('shows a withdrawn or paused trainee with their status, no projection and onTrack null', () => {
    for (const status of ['withdrawn', 'paused'] as const) {
      const row = rowOf({
        ...stageOneWork(),
        practitioners: [
          practitioner('P1', { status, statusDate: '2022-02-01', statusReason: 'left_post' }),
        ],
      });
      assert.deepEqual(
        [row.status, row.onTrack, row.projectedAccreditationDate, row.cyclesCompleted],
        [status, null, null, 6],
      );
    }
  });
});

describe('riskOrder', () => {
  const row = (code: string, parts: Partial<AccreditationRow>): AccreditationRow => ({
    ...rowOf({}),
    code,
    ...parts,
  });

  it('puts off track first, then furthest behind, then longest since supervision, withdrawn last', () => {
    const rows = [
      row('withdrawn', { status: 'withdrawn', onTrack: null, stage: 1, cyclesCompleted: 0 }),
      row('ontrack', { onTrack: true, stage: 1, cyclesCompleted: 2 }),
      row('paused', { status: 'paused', onTrack: null }),
      row('late-stage2', {
        onTrack: false,
        stage: 2,
        cyclesCompleted: 8,
        daysSinceSupervision: 90,
      }),
      row('late-recent', { onTrack: false, stage: 1, cyclesCompleted: 3, daysSinceSupervision: 5 }),
      row('late-unsupervised', {
        onTrack: false,
        stage: 1,
        cyclesCompleted: 3,
        daysSinceSupervision: null,
      }),
      row('late-behind', { onTrack: false, stage: 1, cyclesCompleted: 1, daysSinceSupervision: 1 }),
    ];
    assert.deepEqual(
      riskOrder(rows).map((r) => r.code),
      [
        'late-behind',
        'late-unsupervised',
        'late-recent',
        'late-stage2',
        'ontrack',
        'paused',
        'withdrawn',
      ],
    );
  });
});
