import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { FamilySessionRecord, MilestoneRecord, PractitionerRecord } from '../model/records.js';
import { addDays } from '../delivery/dates.js';
import {
  accreditationProgress,
  riskOrder,
  type AccreditationInput,
  type AccreditationRow,
} from './progress.js';
import { AVIGUK_18_CYCLE, AVIGUK_THREE_STAGE, copyRuleSet } from './rule-sets.js';

const AS_OF = '2022-03-31';

function practitioner(code: string, extra: Partial<PractitionerRecord> = {}): PractitionerRecord {
  return {
    staffCode: code,
    substantiveRole: 'social_worker',
    fte: '1.0',
    vigHoursPerWeek: '7.5',
    startDate: '2021-07-01',
    supervisorCode: 'S1',
    status: 'active',
    statusDate: null,
    statusReason: null,
    ...extra,
  };
}

function review(
  family: string,
  cycle: number,
  date: string,
  extra: Partial<FamilySessionRecord> = {},
): FamilySessionRecord {
  return {
    familyReference: family,
    practitionerCode: 'P1',
    date,
    type: 'shared_review',
    cycle,
    outcome: 'held',
    contactMinutes: 60,
    travelMinutes: 20,
    prepMinutes: 90,
    ...extra,
  };
}

/** `count` cycles over families F1, F2, ... (three each), one every 7 days ending on `last`. */
function cycles(count: number, last: string, practitionerCode = 'P1'): FamilySessionRecord[] {
  return Array.from({ length: count }, (_, i) =>
    review(`F${Math.floor(i / 3) + 1}`, (i % 3) + 1, addDays(last, -7 * (count - 1 - i)), {
      practitionerCode,
    }),
  );
}

function milestone(
  type: MilestoneRecord['type'],
  date: string,
  outcome: MilestoneRecord['outcome'] = 'passed',
  assessorCode: string | null = 'S2',
): MilestoneRecord {
  return { practitionerCode: 'P1', type, date, assessorCode, outcome };
}

/** Individual supervision sessions of `minutes`, weekly, for P1. */
function supervision(
  count: number,
  minutes: number,
  format: 'individual' | 'group' = 'individual',
) {
  const sessions = Array.from({ length: count }, (_, i) => ({
    id: `SV${format}${i}`,
    date: addDays('2021-09-01', 7 * i),
    supervisorCode: 'S1',
    format,
    mode: 'remote' as const,
    durationMinutes: minutes,
    prepMinutes: 10,
  }));
  const attendees = sessions.map((s) => ({
    sessionId: s.id,
    practitionerCode: 'P1',
    familyReference: null,
    cycle: null,
  }));
  return { sessions, attendees };
}

function input(parts: Partial<AccreditationInput> = {}): AccreditationInput {
  return {
    programme: { deliveryEnd: '2022-06-30', ruleSet: 'aviguk_three_stage' },
    staff: [
      { code: 'P1', laCode: 'LA1' },
      { code: 'P2', laCode: 'LA2' },
    ],
    practitioners: [practitioner('P1')],
    familySessions: [],
    supervisionSessions: [],
    supervisionAttendees: [],
    milestones: [milestone('initial_course_completed', '2021-07-10')],
    asOf: AS_OF,
    ...parts,
  };
}

const rowOf = (parts: Partial<AccreditationInput>, code = 'P1'): AccreditationRow =>
  accreditationProgress(input(parts)).find((r) => r.code === code)!;

/** Everything stage 1 of the three-stage route needs but its meeting. */
const stageOneWork = () => {
  const sv = supervision(7, 60);
  return {
    familySessions: cycles(6, '2022-03-01'),
    supervisionSessions: sv.sessions,
    supervisionAttendees: sv.attendees,
  };
};

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

describe('accreditationProgress: stages', () => {
  it('keeps a trainee in stage 1 with every count met until the transition meeting is passed', () => {
    const row = rowOf(stageOneWork());
    assert.equal(row.stage, 1);
    assert.equal(row.requirementsMet, true);
    assert.equal(row.nextRequirement, 'Stage 1: pass the transition meeting');
  });

  it('a deferred transition meeting does not close the stage; a later passed one does', () => {
    const deferred = milestone('stage_transition', '2022-03-05', 'deferred');
    assert.equal(rowOf({ ...stageOneWork(), milestones: [deferred] }).stage, 1);
    const passed = milestone('stage_transition', '2022-03-20');
    const row = rowOf({
      ...stageOneWork(),
      milestones: [milestone('initial_course_completed', '2021-07-10'), deferred, passed],
    });
    assert.equal(row.stage, 2);
    assert.equal(row.requirementsMet, false);
  });

  it('a passed meeting without the counts does not move the trainee on', () => {
    const work = stageOneWork();
    const row = rowOf({
      ...work,
      familySessions: work.familySessions.slice(0, 5),
      milestones: [
        milestone('initial_course_completed', '2021-07-10'),
        milestone('stage_transition', '2022-03-20'),
      ],
    });
    assert.equal(row.stage, 1);
    assert.equal(row.nextRequirement, 'Stage 1: 1 more completed cycle');
  });

  it('requires the initial course for stage 1 of the three-stage route (a course attended counts)', () => {
    const row = rowOf({
      ...stageOneWork(),
      milestones: [milestone('stage_transition', '2022-03-20')],
    });
    assert.equal(row.stage, 1);
    assert.equal(row.nextRequirement, 'Stage 1: complete the initial course');
    const attended = rowOf({
      ...stageOneWork(),
      milestones: [milestone('stage_transition', '2022-03-20')],
      trainingEvents: [
        {
          id: 'T1',
          date: '2021-07-05',
          type: 'initial_course',
          durationMinutes: 840,
          trainerCodes: ['S1'],
        },
      ],
      trainingAttendees: [{ eventId: 'T1', staffCode: 'P1', minutesAttended: 840 }],
    });
    assert.equal(attended.stage, 2);
  });

  it('carries the surplus of a stage completed early into the next stage', () => {
    // 12 cycles over 4 families before the transition meeting: 6 and 2 carry over.
    const sv = supervision(15, 60);
    const row = rowOf({
      familySessions: cycles(12, '2022-03-01'),
      supervisionSessions: sv.sessions,
      supervisionAttendees: sv.attendees,
      milestones: [
        milestone('initial_course_completed', '2021-07-10'),
        milestone('stage_transition', '2021-12-01'),
      ],
    });
    assert.equal(row.stage, 2);
    const byKey = Object.fromEntries(
      row.requirements.map((r) => [r.key, [r.achieved, r.required]]),
    );
    assert.deepEqual(byKey, {
      cycles: [6, 9],
      new_families: [2, 3],
      supervision_minutes: [480, 480],
      closing_milestone: [0, 1],
    });
    assert.equal(row.nextRequirement, 'Stage 2: 3 more completed cycles');
  });

  it('reaches accreditation through every stage and reports the accreditation date', () => {
    const sv = supervision(23, 60);
    const row = rowOf({
      familySessions: cycles(27, '2022-03-01'),
      supervisionSessions: sv.sessions,
      supervisionAttendees: sv.attendees,
      milestones: [
        milestone('initial_course_completed', '2021-07-10'),
        milestone('stage_transition', '2021-10-01'),
        milestone('stage_transition', '2021-12-01'),
        milestone('accreditation', '2022-03-10', 'deferred'),
        milestone('accreditation', '2022-03-24'),
      ],
    });
    assert.deepEqual(
      [
        row.stage,
        row.requirementsMet,
        row.nextRequirement,
        row.projectedAccreditationDate,
        row.onTrack,
      ],
      [3, true, null, '2022-03-24', true],
    );
  });

  it('18-cycle route: counts individual supervision only, and not a mid-point review by their own supervisor', () => {
    const individual = supervision(8, 60);
    const group = supervision(4, 120, 'group');
    const parts = {
      programme: { deliveryEnd: '2022-06-30', ruleSet: 'aviguk_18_cycle' as const },
      familySessions: cycles(9, '2022-03-01'),
      supervisionSessions: [...individual.sessions, ...group.sessions],
      supervisionAttendees: [...individual.attendees, ...group.attendees],
    };
    const own = rowOf({
      ...parts,
      milestones: [milestone('midpoint_review', '2022-03-10', 'passed', 'S1')],
    });
    assert.equal(own.stage, 1);
    assert.equal(own.supervisionMinutes, 960);
    assert.deepEqual(own.requirements.find((r) => r.key === 'supervision_minutes')!.achieved, 480);
    assert.equal(
      own.nextRequirement,
      'To the mid-point review: pass the mid-point review, with a supervisor other than their own',
    );
    assert.equal(
      rowOf({ ...parts, milestones: [milestone('midpoint_review', '2022-03-10', 'passed', 'S2')] })
        .stage,
      2,
    );
    assert.equal(
      rowOf({
        ...parts,
        ruleSet: AVIGUK_18_CYCLE,
        milestones: [milestone('midpoint_review', '2022-03-10', 'passed', null)],
      }).stage,
      1,
    );
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
