import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  baselineMissing,
  baselineProblem,
  dueCollections,
  familyNextStatuses,
  followUpDueDate,
  followUpProblem,
  type CollectionFamily,
} from './trial.js';

const family = (over: Partial<CollectionFamily> = {}): CollectionFamily => ({
  reference: 'F-LA1-A1',
  laCode: 'LA1',
  referralDate: '2021-09-01',
  trialArm: 'intervention',
  randomisationDate: '2021-09-08',
  baselineCompletedOn: '2021-09-05',
  followUp4mStatus: null,
  outcome6m: null,
  ...over,
});

describe("the trial's data-collection points", () => {
  it('puts the follow-up four calendar months after randomisation, at the end of a shorter month', () => {
    assert.equal(followUpDueDate('2021-09-08'), '2022-01-08');
    assert.equal(followUpDueDate('2021-10-31'), '2022-02-28');
    assert.equal(followUpDueDate('2023-10-31'), '2024-02-29');
  });

  it('needs the baseline before randomisation, dated between referral and randomisation', () => {
    assert.match(baselineMissing(family({ baselineCompletedOn: null }))!, /no baseline/);
    assert.equal(baselineMissing(family()), null);
    const referred = family({ randomisationDate: null, trialArm: 'not_randomised' });
    assert.equal(baselineProblem(referred, '2021-09-01'), null);
    assert.match(baselineProblem(referred, '2021-08-31')!, /before the referral/);
    assert.match(baselineProblem(family(), '2021-09-09')!, /after the randomisation/);
    assert.equal(baselineProblem(family(), '2021-09-08'), null);
  });

  it('records a follow-up only for a randomised family, not before its randomisation', () => {
    assert.equal(followUpProblem(family(), '2022-01-10'), null);
    assert.match(followUpProblem(family(), '2021-09-07')!, /before the randomisation/);
    assert.match(
      followUpProblem(
        family({ trialArm: 'not_randomised', randomisationDate: null }),
        '2022-01-10',
      )!,
      /never randomised/,
    );
  });

  it('lists follow-ups and outcomes from 14 days before their date, overdue after it, until recorded', () => {
    const families = [
      family(), // follow-up 2022-01-08, outcome 2022-03-08
      family({ reference: 'F-LA1-B2', randomisationDate: '2021-07-01' }), // 2021-11-01, 2022-01-01
      family({
        reference: 'F-LA1-C3',
        randomisationDate: '2021-07-01',
        followUp4mStatus: 'missed',
        outcome6m: 'CP',
      }),
      family({ reference: 'F-LA1-D4', trialArm: 'not_randomised', randomisationDate: null }),
      family({ reference: 'F-LA1-E5', trialArm: 'control', randomisationDate: '2021-09-10' }), // 2022-01-10
    ];
    const due = dueCollections(families, '2021-12-25');
    assert.deepEqual(
      due.map((d) => [d.reference, d.point, d.dueOn, d.overdue]),
      [
        ['F-LA1-B2', 'follow_up_4m', '2021-11-01', true],
        ['F-LA1-B2', 'outcome_6m', '2022-01-01', false],
        ['F-LA1-A1', 'follow_up_4m', '2022-01-08', false],
      ],
    );
    // 2022-01-10 is 16 days after 25 December: not yet due; two days later it is.
    assert.ok(dueCollections(families, '2021-12-27').some((d) => d.reference === 'F-LA1-E5'));
    assert.equal(
      dueCollections(families, '2021-12-26').filter((d) => d.reference === 'F-LA1-E5').length,
      0,
    );
  });

  it('offers direct allocation of a referred family to an admin only; randomisation to both', () => {
    const referred = { status: 'referred' as const, trialArm: 'not_randomised' as const };
    assert.deepEqual(familyNextStatuses(referred, { outsideTrialAllowed: false }), [
      'randomised',
      'not_proceeded',
    ]);
    assert.deepEqual(familyNextStatuses(referred, { outsideTrialAllowed: true }), [
      'randomised',
      'allocated',
      'not_proceeded',
    ]);
    assert.deepEqual(
      familyNextStatuses(
        { status: 'randomised', trialArm: 'control' },
        { outsideTrialAllowed: true },
      ),
      ['not_proceeded', 'withdrawn'],
    );
  });
});
