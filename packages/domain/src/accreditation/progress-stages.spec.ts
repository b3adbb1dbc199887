import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { AVIGUK_18_CYCLE } from './rule-sets.js';
import {
  cycles,
  milestone,
  rowOf,
  stageOneWork,
  supervision,
} from '../../test/accreditation-progress.js';

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
    // Named without a unit: its amount is said in hours and minutes where it is shown.
    assert.equal(
      own.requirements.find((r) => r.key === 'supervision_minutes')!.label,
      'Individual supervision',
    );
    assert.equal(
      rowOf(stageOneWork()).requirements.find((r) => r.key === 'supervision_minutes')!.label,
      'Supervision',
    );
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
