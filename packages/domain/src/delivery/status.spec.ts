import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { FAMILY_STATUSES } from '../model/enums.js';
import { FAMILY_TRANSITIONS, allowedTransitions, checkStatusChange } from './status.js';

describe('family status transitions', () => {
  it('follows referred → randomised → allocated → active → completed for an intervention family', () => {
    const path = ['referred', 'randomised', 'allocated', 'active', 'completed'] as const;
    for (let i = 1; i < path.length; i++) {
      assert.deepEqual(
        checkStatusChange(path[i - 1]!, path[i]!, null, { trialArm: 'intervention' }),
        { ok: true },
      );
    }
  });

  it('refuses skipping or going back, listing where the family can go', () => {
    const skip = checkStatusChange('randomised', 'active', null);
    assert.equal(skip.ok, false);
    assert.match(
      !skip.ok ? skip.problem : '',
      /cannot go from randomised to active; from randomised it can go to allocated, not_proceeded, withdrawn/,
    );
    assert.equal(checkStatusChange('active', 'allocated', null).ok, false);
  });

  it('treats completed, withdrawn and not_proceeded as final', () => {
    for (const from of ['completed', 'withdrawn', 'not_proceeded'] as const) {
      for (const to of FAMILY_STATUSES) {
        const result = checkStatusChange(from, to, 'other');
        assert.match(!result.ok ? result.problem : '', /nothing \(final status\)/);
      }
    }
  });

  it('requires a reason from the right list for not_proceeded and withdrawn', () => {
    assert.deepEqual(checkStatusChange('referred', 'not_proceeded', 'court_proceedings'), {
      ok: true,
    });
    assert.deepEqual(checkStatusChange('active', 'withdrawn', 'family_withdrew'), { ok: true });
    const missing = checkStatusChange('allocated', 'not_proceeded', '');
    assert.match(
      !missing.ok ? missing.problem : '',
      /needs a reason: one of not_ready_or_declined, moved_away/,
    );
    // court_proceedings is a reason for not proceeding, not for withdrawing
    const wrong = checkStatusChange('active', 'withdrawn', 'court_proceedings');
    assert.match(
      !wrong.ok ? wrong.problem : '',
      /"court_proceedings" is not a reason for withdrawn/,
    );
  });

  it('refuses a reason for any other status', () => {
    const result = checkStatusChange('allocated', 'active', 'other');
    assert.match(!result.ok ? result.problem : '', /status active takes no reason \(got other\)/);
  });

  it('never allocates a control family; allocates a family outside the trial without randomisation', () => {
    assert.equal(
      checkStatusChange('randomised', 'allocated', null, { trialArm: 'control' }).ok,
      false,
    );
    assert.deepEqual(allowedTransitions('randomised', { trialArm: 'control' }), [
      'not_proceeded',
      'withdrawn',
    ]);
    assert.deepEqual(allowedTransitions('referred', { trialArm: 'not_randomised' }), [
      'allocated',
      'not_proceeded',
    ]);
    assert.deepEqual(allowedTransitions('referred', { trialArm: 'intervention' }), [
      'randomised',
      'not_proceeded',
    ]);
    assert.equal(checkStatusChange('referred', 'allocated', null).ok, false);
  });

  it('lists a transition table entry for every status', () => {
    assert.deepEqual(Object.keys(FAMILY_TRANSITIONS).sort(), [...FAMILY_STATUSES].sort());
  });
});
