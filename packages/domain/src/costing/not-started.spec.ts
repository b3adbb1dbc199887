import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { handWorkedProgramme, twoNotStarted } from '../../test/hand-worked-programme.js';
import { notStartedFamilies } from './not-started.js';
import { computeCostSummary } from './summary.js';

describe('the cost of referrals that never start', () => {
  it('picks not-proceeded referrals and allocated families with no held session', () => {
    const groups = notStartedFamilies(twoNotStarted());
    assert.deepEqual(
      [...groups],
      [
        ['F-A-002', { laCode: 'A', reason: 'moved_away' }],
        ['F-B-001', { laCode: 'B', reason: 'never_started' }],
      ],
    );
  });

  it('costs their ledger lines, worked out by hand, by LA and reason', () => {
    assert.deepEqual(computeCostSummary(twoNotStarted()).notStarted, {
      families: 2,
      minutes: 262,
      cost: '190.03',
      ledgerQuery:
        'notStarted=not_ready_or_declined,moved_away,child_removed_or_placed,court_proceedings,other,never_started',
      breakdown: [
        {
          laCode: 'A',
          reason: 'moved_away',
          families: 1,
          minutes: 40,
          cost: '20.00',
          ledgerQuery: 'notStarted=moved_away&familyLaCode=A',
        },
        {
          laCode: 'B',
          reason: 'never_started',
          families: 1,
          minutes: 222,
          cost: '170.03',
          ledgerQuery: 'notStarted=never_started&familyLaCode=B',
        },
      ],
    });
  });

  it('leaves the rest of the summary as it was: the lines are counted once in the totals', () => {
    const before = computeCostSummary(handWorkedProgramme());
    const after = computeCostSummary(twoNotStarted());
    assert.equal(after.totals.total, before.totals.total);
  });
});
