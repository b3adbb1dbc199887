import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { UnitCostRecord } from '../model/records.js';
import { RateTable, resourceProblems, unitCostProblems } from './rates.js';
import { CostingError } from './errors.js';

const uc = (over: Partial<UnitCostRecord>): UnitCostRecord => ({
  costRole: 'social_worker',
  hourlyCostPence: 5000,
  priceYear: 2020,
  basis: 'working_hour',
  source: 'PSSRU 2020',
  effectiveFrom: null,
  effectiveTo: null,
  ...over,
});
const index = [
  { year: 2020, index: '100' },
  { year: 2021, index: '104' },
];

describe('RateTable', () => {
  it('brings a rate to the programme price year exactly: 5000p x 104/100 = 5200p', () => {
    const table = new RateTable([uc({})], index, 2021);
    assert.equal(table.hourlyRatePence('social_worker', '2021-09-01').toString(), '5200');
    assert.equal(table.indexFactor(2020).toString(), '1.04');
  });

  it('keeps a non-terminating index factor to 50 significant digits rather than rounding it', () => {
    const table = new RateTable([uc({ hourlyCostPence: 3000, priceYear: 2021 })], index, 2020);
    // 3000 x 100 / 104 = 2884.615384615384...
    const rate = table.hourlyRatePence('social_worker', '2021-09-01');
    assert.equal(rate.toSignificantDigits(12).toString(), '2884.61538462');
    assert.equal(rate.precision(), 50);
  });

  it('picks the unit cost whose inclusive period covers the date', () => {
    const table = new RateTable(
      [
        uc({ hourlyCostPence: 4000, effectiveTo: '2021-03-31' }),
        uc({ hourlyCostPence: 4400, effectiveFrom: '2021-04-01' }),
      ],
      index,
      2020,
    );
    assert.equal(table.unitCostFor('social_worker', '2021-03-31').hourlyCostPence, 4000);
    assert.equal(table.unitCostFor('social_worker', '2021-04-01').hourlyCostPence, 4400);
  });

  it('refuses a date no unit cost covers, naming role, date and the periods it has', () => {
    const table = new RateTable(
      [uc({ effectiveFrom: '2021-04-01', effectiveTo: '2022-03-31' })],
      index,
      2021,
    );
    assert.throws(
      () => table.hourlyRatePence('social_worker', '2022-04-01'),
      (e: unknown) =>
        e instanceof CostingError &&
        /social_worker/.test(e.message) &&
        /2022-04-01/.test(e.message) &&
        /2021-04-01 to 2022-03-31/.test(e.message),
    );
    assert.throws(
      () => table.hourlyRatePence('team_manager', '2021-05-01'),
      /no team_manager unit cost/,
    );
  });

  it('refuses overlapping unit costs and a missing index at construction', () => {
    assert.throws(
      () =>
        new RateTable(
          [uc({ effectiveTo: '2021-04-01' }), uc({ effectiveFrom: '2021-04-01' })],
          index,
          2021,
        ),
      (e: unknown) =>
        e instanceof CostingError && /overlaps/.test(e.message) && e.problems.length === 1,
    );
    assert.throws(
      () => new RateTable([uc({ priceYear: 2019 })], index, 2021),
      /no price index for 2019/,
    );
    assert.throws(() => new RateTable([uc({})], index, 2022), /programme price year 2022/);
  });
});

describe('unitCostProblems', () => {
  it('reports each problem at its file, 0-based row and column', () => {
    const problems = unitCostProblems(
      [
        uc({ effectiveFrom: '2021-01-01', effectiveTo: '2021-12-31' }),
        uc({ costRole: 'team_manager', effectiveFrom: '2021-06-01', effectiveTo: '2021-05-01' }),
        uc({ effectiveFrom: '2021-12-31' }),
        uc({ costRole: 'admin_staff', priceYear: 2018 }),
      ],
      [...index, { year: 2019, index: '-1' }],
      2023,
    );
    assert.deepEqual(
      problems.map((p) => [p.file, p.row, p.column]),
      [
        ['price_index.csv', 2, 'index'],
        ['unit_costs.csv', 1, 'effective_to'],
        ['unit_costs.csv', 2, 'effective_from'],
        ['unit_costs.csv', 3, 'price_year'],
        ['programme.csv', 0, 'price_year'],
      ],
    );
    assert.match(
      problems[2]!.problem,
      /overlaps another social_worker unit cost for 2021-01-01 to 2021-12-31/,
    );
  });

  it('accepts adjacent periods and the same period for different roles', () => {
    const problems = unitCostProblems(
      [
        uc({ effectiveTo: '2021-03-31' }),
        uc({ effectiveFrom: '2021-04-01' }),
        uc({ costRole: 'vig_supervisor' }),
      ],
      index,
      2021,
    );
    assert.deepEqual(problems, []);
  });

  it('reports resources whose price year has no index', () => {
    const r = {
      description: 'Camera',
      category: 'equipment' as const,
      laCode: null,
      costType: 'setup' as const,
      quantity: '1',
      unitCostPence: 30000,
      priceYear: 2017,
      usefulLifeYears: 3,
      bearer: 'provider' as const,
      date: '2021-07-01',
    };
    assert.deepEqual(resourceProblems([{ ...r, priceYear: 2020 }, r], index), [
      {
        file: 'resources.csv',
        row: 1,
        column: 'price_year',
        problem: 'no price index for 2017 in price_index.csv',
      },
    ]);
  });
});
