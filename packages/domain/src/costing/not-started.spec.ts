import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { handWorkedProgramme } from '../../test/hand-worked-programme.js';
import { notStartedFamilies } from './not-started.js';
import { computeCostSummary } from './summary.js';

/*
 * The hand-worked programme (test/hand-worked-programme.ts) changed so that two families never start:
 *   F-A-002 (LA A) did not proceed, reason moved_away: its cancelled visit's travel, 40 min x 50p = 2000.
 *   F-B-001 (LA B) is allocated to P-B-01 and its only session is cancelled (no held session):
 *     the session: contact 45 + travel 20 + prep 60 = 125 min x 78p = 9750;
 *     P-B-01's supervision attendance names F-B-001: 90 min x 78p = 7020;
 *     an admin time entry of ADM-A names F-B-001: 7 min x 2000/60 = 233.333...
 *     B: 222 min, 17003.333... pence (£170.03).
 *   Total: 2 families, 262 min, 19003.333... pence (£190.03).
 * F-A-001 had a held session and F-B-002 is a control family: neither counts.
 */
function twoNotStarted() {
  const data = handWorkedProgramme();
  data.families[1]!.statusReason = 'moved_away';
  data.familySessions[2]!.outcome = 'cancelled_by_practitioner';
  data.supervisionAttendees[2]!.familyReference = 'F-B-001';
  data.timeEntries[2]!.familyReference = 'F-B-001';
  return data;
}

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
      breakdown: [
        { laCode: 'A', reason: 'moved_away', families: 1, minutes: 40, cost: '20.00' },
        { laCode: 'B', reason: 'never_started', families: 1, minutes: 222, cost: '170.03' },
      ],
    });
  });

  it('leaves the rest of the summary as it was: the lines are counted once in the totals', () => {
    const before = computeCostSummary(handWorkedProgramme());
    const after = computeCostSummary(twoNotStarted());
    assert.equal(after.totals.total, before.totals.total);
  });
});
