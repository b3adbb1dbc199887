import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { LedgerLine } from '../model/ledger.js';
import { LedgerTally } from './tally.js';

const ctx = {
  programme: { priceYear: 2021, discountRate: '0.035' },
  // £30 an hour in 2020 prices, brought to 2021 at 110/100: 55p a minute.
  unitCosts: [
    {
      costRole: 'social_worker' as const,
      hourlyCostPence: 3000,
      priceYear: 2020,
      basis: 'working_hour' as const,
      source: 'test',
      effectiveFrom: '2021-01-01',
      effectiveTo: null,
    },
  ],
  priceIndex: [
    { year: 2020, index: '100' },
    { year: 2021, index: '110' },
  ],
  localAuthorityCodes: ['LA1', 'LA2'],
};

const line = (more: Partial<LedgerLine>): LedgerLine => ({
  date: '2021-06-01',
  laCode: 'LA1',
  staffCode: 'P1',
  costRole: 'social_worker',
  activity: 'meetings',
  source: 'time_entry',
  familyReference: null,
  minutes: 60,
  ...more,
});

describe('a tally of ledger lines by LA and activity', () => {
  it('counts rows and minutes and prices each cell by the cost engine', () => {
    const tally = new LedgerTally(ctx);
    tally.add(line({}));
    tally.add(line({ minutes: 1 }));
    tally.add(line({ laCode: 'LA2', activity: 'admin', minutes: 30 }));
    tally.add(line({ laCode: null, activity: 'admin', minutes: 10 }));
    const result = tally.result();
    assert.deepEqual(result.cells, [
      { laCode: 'LA1', activity: 'meetings', rows: 2, minutes: 61, cost: '33.55' },
      { laCode: 'LA2', activity: 'admin', rows: 1, minutes: 30, cost: '16.50' },
      { laCode: 'programme', activity: 'admin', rows: 1, minutes: 10, cost: '5.50' },
    ]);
    assert.equal(result.rows, 4);
    assert.equal(result.minutes, 101);
    assert.equal(result.cost, '55.55');
    assert.deepEqual(result.gaps, []);
  });

  it('leaves lines no unit cost covers out of the cost, as gaps', () => {
    const tally = new LedgerTally(ctx);
    tally.add(line({ date: '2020-12-31', minutes: 45 }));
    const result = tally.result();
    assert.equal(result.cells[0]!.cost, '0.00');
    assert.equal(result.cells[0]!.minutes, 45);
    assert.equal(result.gaps.length, 1);
    assert.equal(result.gaps[0]!.minutes, 45);
  });
});
