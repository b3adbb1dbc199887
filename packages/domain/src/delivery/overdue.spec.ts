import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addDays } from './dates.js';
import {
  isOverdue,
  isOverdueGiven,
  overdueIfStartedBefore,
  type HeldSessionFacts,
  type OverdueFamily,
} from './overdue.js';

const AS_OF = '2022-03-31';
const family: OverdueFamily = {
  reference: 'F-LA1-7KQ2M9',
  status: 'active',
  statusDate: '2022-01-10',
  randomisationDate: '2022-01-03',
  referralDate: '2021-12-20',
};
const held = (daysAgo: number, extra: Partial<HeldSessionFacts> = {}): HeldSessionFacts => ({
  familyReference: family.reference,
  date: addDays(AS_OF, -daysAgo),
  outcome: 'held',
  ...extra,
});

describe('isOverdue', () => {
  it('is not overdue exactly 14 days after the last held session, and is at 15', () => {
    assert.equal(isOverdue(family, [held(20), held(14)], AS_OF), false);
    assert.equal(isOverdue(family, [held(20), held(15)], AS_OF), true);
  });

  it('ignores sessions that were not held, of other families, or after asOf', () => {
    const sessions = [
      held(15),
      held(3, { outcome: 'cancelled_by_family' }),
      held(2, { outcome: 'did_not_attend' }),
      held(1, { familyReference: 'F-LA1-OTHER1' }),
      held(-1),
    ];
    assert.equal(isOverdue(family, sessions, AS_OF), true);
  });

  it('with no held session, counts from the status date, then randomisation, then referral', () => {
    const since = (date: string) => ({ ...family, statusDate: date });
    assert.equal(isOverdue(since(addDays(AS_OF, -14)), [], AS_OF), false);
    assert.equal(isOverdue(since(addDays(AS_OF, -15)), [], AS_OF), true);
    const noStatusDate = { ...family, statusDate: null, randomisationDate: addDays(AS_OF, -14) };
    assert.equal(isOverdue(noStatusDate, [], AS_OF), false);
    assert.equal(
      isOverdue(
        { ...noStatusDate, randomisationDate: null, referralDate: addDays(AS_OF, -15) },
        [],
        AS_OF,
      ),
      true,
    );
  });

  it('is never overdue unless active', () => {
    for (const status of ['allocated', 'completed', 'withdrawn', 'not_proceeded'] as const) {
      assert.equal(isOverdue({ ...family, status }, [held(60)], AS_OF), false);
    }
  });

  it('agrees with the cut-off date a query would use', () => {
    const cutoff = overdueIfStartedBefore(AS_OF);
    for (const daysAgo of [13, 14, 15, 16]) {
      const last = addDays(AS_OF, -daysAgo);
      assert.equal(isOverdueGiven(family, last, AS_OF), last < cutoff);
    }
  });
});
