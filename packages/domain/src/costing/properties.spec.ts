import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LEDGER_ACTIVITIES, type CostRole } from '../model/enums.js';
import type { LedgerLine } from '../model/ledger.js';
import type { ResourceRecord, UnitCostRecord } from '../model/records.js';
import { CostAccumulator, type CostBreakdown } from './accumulator.js';
import type { Decimal } from './decimal.js';

// Breakdown figures are exact fractions converted to 50 significant digits, so
// sums taken afterwards may differ in the last digit: far below 1e-30 pence.
const near = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().lte('1e-30');
const sum = (xs: Decimal[]): Decimal => xs.reduce((s, x) => s.plus(x));

const roles: CostRole[] = ['social_worker', 'vig_supervisor', 'admin_staff'];
const years = [2019, 2020, 2021];
const dates = ['2021-06-01', '2021-12-31', '2022-01-01', '2022-05-05'];

const programmeArb = fc.record({
  // an index such as "103.7": most ratios of two of them do not terminate
  index: fc.tuple(
    ...years.map(() => fc.integer({ min: 500, max: 2000 }).map((i) => (i / 10).toFixed(1))),
  ),
  priceYear: fc.constantFrom(...years),
  discountRate: fc.constantFrom('0.035', '0', '0.015'),
  hourly: fc.array(fc.integer({ min: 1000, max: 9999 }), {
    minLength: roles.length * 2,
    maxLength: roles.length * 2,
  }),
  costYears: fc.array(fc.constantFrom(...years), {
    minLength: roles.length * 2,
    maxLength: roles.length * 2,
  }),
  lines: fc.array(
    fc.record({
      laCode: fc.constantFrom<string | null>('A', 'B', 'Z', null),
      costRole: fc.constantFrom(...roles),
      activity: fc.constantFrom(...LEDGER_ACTIVITIES),
      date: fc.constantFrom(...dates),
      minutes: fc.integer({ min: 0, max: 600 }),
    }),
    { maxLength: 60 },
  ),
  resources: fc.array(
    fc.record({
      laCode: fc.constantFrom<string | null>('A', 'B', null),
      costType: fc.constantFrom('setup' as const, 'recurring' as const),
      quantity: fc.integer({ min: 0, max: 100000 }).map((q) => (q / 1000).toFixed(3)),
      unitCostPence: fc.integer({ min: 0, max: 100000 }),
      priceYear: fc.constantFrom(...years),
      usefulLifeYears: fc.integer({ min: 1, max: 10 }),
    }),
    { maxLength: 6 },
  ),
  counts: fc.record({
    allocated: fc.nat(10),
    started: fc.nat(10),
    completed: fc.nat(10),
    trained: fc.nat(10),
    accredited: fc.nat(10),
  }),
});
type Programme = typeof programmeArb extends fc.Arbitrary<infer T> ? T : never;

function run(p: Programme, minutesFactor = 1): CostBreakdown {
  const unitCosts: UnitCostRecord[] = roles.flatMap((costRole, i) => [
    {
      costRole,
      hourlyCostPence: p.hourly[2 * i]!,
      priceYear: p.costYears[2 * i]!,
      basis: 'working_hour',
      source: 's',
      effectiveFrom: null,
      effectiveTo: '2021-12-31',
    },
    {
      costRole,
      hourlyCostPence: p.hourly[2 * i + 1]!,
      priceYear: p.costYears[2 * i + 1]!,
      basis: 'client_hour',
      source: 's',
      effectiveFrom: '2022-01-01',
      effectiveTo: null,
    },
  ]);
  const acc = new CostAccumulator({
    programme: { priceYear: p.priceYear, discountRate: p.discountRate },
    unitCosts,
    priceIndex: years.map((year, i) => ({ year, index: p.index[i]! })),
    localAuthorityCodes: ['B', 'A'],
  });
  for (const l of p.lines) {
    const line: LedgerLine = {
      ...l,
      staffCode: 'S',
      source: 'time_entry',
      familyReference: null,
      minutes: l.minutes * minutesFactor,
    };
    acc.addLine(line);
  }
  for (const r of p.resources) {
    const resource: ResourceRecord = {
      ...r,
      description: 'r',
      category: 'other',
      bearer: 'la',
      date: '2021-07-01',
    };
    acc.addResource(resource);
  }
  acc.setCounts(p.counts);
  return acc.breakdown();
}

describe('cost breakdown properties', () => {
  it('LA rows (and the programme row) add up to the totals; activities add up to staff time', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const b = run(p);
        const rows = b.byLocalAuthority;
        assert.equal(rows.at(-1)!.code, 'programme');
        assert.deepEqual(
          rows.map((r) => r.code),
          [
            'A',
            'B',
            ...(p.lines.some((l) => l.laCode === 'Z' && l.minutes > 0) ? ['Z'] : []),
            'programme',
          ],
        );
        assert.ok(near(sum(rows.map((r) => r.total)), b.totals.total));
        assert.ok(near(sum(rows.map((r) => r.staffTime)), b.totals.staffTime));
        assert.ok(near(sum(rows.map((r) => r.resources)), b.totals.resources));
        assert.ok(near(sum(b.byActivity.map((a) => a.cost)), b.totals.staffTime));
        assert.equal(
          b.byActivity.reduce((s, a) => s + a.minutes, 0),
          p.lines.reduce((s, l) => s + l.minutes, 0),
        );
      }),
    );
  });

  it('set-up plus recurring is the total', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const b = run(p);
        assert.ok(near(b.byCostType.setup.plus(b.byCostType.recurring), b.totals.total));
      }),
    );
  });

  it('low <= base <= high, base is the total, and a zero count gives null', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const b = run(p);
        assert.ok(b.sensitivity.low.lte(b.sensitivity.base));
        assert.ok(b.sensitivity.base.lte(b.sensitivity.high));
        assert.ok(b.sensitivity.base.eq(b.totals.total));
        assert.ok(near(b.sensitivity.high.minus(b.sensitivity.low), b.totals.staffTime.mul('0.4')));
        for (const [name, c] of Object.entries({ ...b.perFamily, ...b.perPractitioner })) {
          assert.equal(c.cost === null, c.count === 0, name);
        }
      }),
    );
  });

  it('doubling every minute doubles staff cost and leaves resources alone', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const once = run(p);
        const twice = run(p, 2);
        assert.ok(near(twice.totals.staffTime, once.totals.staffTime.mul(2)));
        assert.ok(twice.totals.resources.eq(once.totals.resources));
      }),
    );
  });
});
