import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  checkPractitionerStatusChange,
  PRACTITIONER_TRANSITIONS,
  supervisorProblem,
} from './practitioner-status.js';

const active = { status: 'active', statusDate: null, startDate: '2021-04-01' } as const;
const paused = { status: 'paused', statusDate: '2021-09-01', startDate: '2021-04-01' } as const;
const withdrawn = {
  status: 'withdrawn',
  statusDate: '2021-10-01',
  startDate: '2021-04-01',
} as const;
const today = '2022-01-10';

describe('practitioner status changes', () => {
  it('allows pause and withdrawal from active, return or withdrawal from paused, return from withdrawn', () => {
    assert.deepEqual(PRACTITIONER_TRANSITIONS, {
      active: ['paused', 'withdrawn'],
      paused: ['active', 'withdrawn'],
      withdrawn: ['active'],
    });
    const ok = (
      from: typeof active | typeof paused | typeof withdrawn,
      status: 'active' | 'paused' | 'withdrawn',
    ) =>
      checkPractitionerStatusChange(
        from,
        { status, date: '2021-12-01', reason: status === 'active' ? null : 'workload' },
        today,
      ).ok;
    assert.equal(ok(active, 'paused'), true);
    assert.equal(ok(active, 'withdrawn'), true);
    assert.equal(ok(paused, 'active'), true);
    assert.equal(ok(paused, 'withdrawn'), true);
    assert.equal(ok(withdrawn, 'active'), true);
    assert.equal(ok(withdrawn, 'paused'), false);
  });

  it('refuses staying in the same status as a transition, naming it', () => {
    const check = checkPractitionerStatusChange(
      paused,
      { status: 'paused', date: '2021-12-01', reason: 'workload' },
      today,
    );
    assert.deepEqual(check, {
      ok: false,
      kind: 'transition',
      problem: 'the practitioner is already paused',
    });
    const back = checkPractitionerStatusChange(
      withdrawn,
      { status: 'paused', date: '2021-12-01', reason: 'other' },
      today,
    );
    assert.ok(!back.ok && back.kind === 'transition');
    assert.match(back.problem, /a withdrawn practitioner can become active, not paused/);
  });

  it('requires a date and, away from active, a reason; none going back to active', () => {
    const missing = checkPractitionerStatusChange(
      active,
      { status: 'withdrawn', date: null, reason: null },
      today,
    );
    assert.ok(!missing.ok && missing.kind === 'fields');
    assert.deepEqual(
      missing.problems.map((p) => p.field),
      ['statusDate', 'statusReason'],
    );
    assert.match(missing.problems[1]!.problem, /left_post, long_term_absence, workload, other/);
    const reasoned = checkPractitionerStatusChange(
      paused,
      { status: 'active', date: '2021-12-01', reason: 'workload' },
      today,
    );
    assert.ok(!reasoned.ok && reasoned.kind === 'fields');
    assert.deepEqual(reasoned.problems, [
      { field: 'statusReason', problem: 'must be empty when going back to active' },
    ]);
  });

  it('dates a change on or after the start and the last change, and not after today', () => {
    const dated = (from: typeof active | typeof paused, date: string) => {
      const check = checkPractitionerStatusChange(
        from,
        { status: 'withdrawn', date, reason: 'left_post' },
        today,
      );
      return check.ok ? 'ok' : check.kind === 'fields' ? check.problems[0]!.problem : check.problem;
    };
    assert.equal(
      dated(active, '2021-03-31'),
      "2021-03-31 is before the practitioner's start date 2021-04-01",
    );
    assert.equal(dated(active, '2021-04-01'), 'ok');
    assert.equal(
      dated(paused, '2021-08-31'),
      '2021-08-31 is before the last status change, on 2021-09-01',
    );
    assert.equal(dated(paused, '2021-09-01'), 'ok');
    assert.equal(dated(active, '2022-01-11'), '2022-01-11 is after today (2022-01-10)');
    assert.equal(dated(active, today), 'ok');
  });
});

describe('supervisorProblem', () => {
  it('takes a VIG supervisor of the programme, not anyone else', () => {
    assert.equal(supervisorProblem('S-01', { costRole: 'vig_supervisor' }, 'P-1'), null);
    assert.equal(
      supervisorProblem('T-01', { costRole: 'vig_trainer' }, 'P-1'),
      'T-01 is not a VIG supervisor (their cost role is vig_trainer)',
    );
    assert.equal(
      supervisorProblem('X', undefined, 'P-1'),
      'X is not a staff member of this programme',
    );
    assert.equal(
      supervisorProblem('P-1', { costRole: 'vig_supervisor' }, 'P-1'),
      'a practitioner cannot supervise themselves',
    );
  });
});
