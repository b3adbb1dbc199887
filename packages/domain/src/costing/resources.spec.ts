import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { CostDecimal, formatPounds } from './decimal.js';
import { equivalentAnnualCost, resourceCost } from './resources.js';
import { Rational } from './rational.js';
import { CostAccumulator } from './accumulator.js';

const d = (v: string | number) => new CostDecimal(v);

describe('formatPounds', () => {
  it('rounds half up to the penny and writes two decimals', () => {
    assert.equal(formatPounds(d(123450)), '1234.50');
    assert.equal(formatPounds(d('0.5')), '0.01');
    assert.equal(formatPounds(d('0.4999999')), '0.00');
    assert.equal(formatPounds(d('-5.5')), '-0.06');
    assert.equal(formatPounds(d('-0.4')), '0.00');
    assert.equal(formatPounds(d('100000000000007')), '1000000000000.07');
  });
});

describe('resource costs', () => {
  it('multiplies a three-decimal quantity by the unit cost and the index factor', () => {
    const r = {
      description: 'Mileage',
      category: 'travel_expenses' as const,
      laCode: null,
      costType: 'recurring' as const,
      quantity: '12.345',
      unitCostPence: 45,
      priceYear: 2020,
      usefulLifeYears: 1,
      bearer: 'la' as const,
      date: '2021-01-01',
    };
    // 12.345 x 45 = 555.525; x 1.04 = 577.746
    assert.equal(resourceCost(r, d('1.04')).toString(), '577.746');
    assert.throws(
      () => resourceCost({ ...r, quantity: 'a lot' }, d(1)),
      /quantity of resource "Mileage"/,
    );
  });

  it('annualises a durable exactly and leaves a one-year resource as its cost', () => {
    // 1000 x 0.05 / (1 - 1.05^-2) = 50 x 1.1025 / 0.1025 = 537.8048780487804878...
    assert.equal(
      equivalentAnnualCost(d(1000), '0.05', 2).toSignificantDigits(19).toString(),
      '537.8048780487804878',
    );
    assert.equal(equivalentAnnualCost(d(1000), '0.05', 1).toString(), '1000');
    assert.equal(equivalentAnnualCost(d(1000), '0', 4).toString(), '250');
  });
});

describe('Rational', () => {
  it('is exact where decimals are not: (1/3) x 3 = 1', () => {
    const third = Rational.of(1n).div(Rational.of(3n));
    assert.ok(third.times(Rational.of(3n)).equals(Rational.of(1n)));
    assert.ok(Rational.from('12.500').equals(Rational.of(25n, 2n)));
    assert.equal(Rational.of(-7n, 4n).toDecimal().toString(), '-1.75');
  });
});

describe('CostAccumulator', () => {
  it('keeps an LA not in the list as its own row rather than losing its cost', () => {
    const acc = new CostAccumulator({
      programme: { priceYear: 2021, discountRate: '0.035' },
      unitCosts: [
        {
          costRole: 'other',
          hourlyCostPence: 600,
          priceYear: 2021,
          basis: 'working_hour',
          source: 's',
          effectiveFrom: null,
          effectiveTo: null,
        },
      ],
      priceIndex: [{ year: 2021, index: '1' }],
      localAuthorityCodes: ['A'],
    });
    const line = {
      date: '2021-09-01',
      staffCode: 'S',
      costRole: 'other' as const,
      activity: 'other' as const,
      source: 'time_entry' as const,
      familyReference: null,
    };
    acc.addLine({ ...line, laCode: 'X', minutes: 30 });
    acc.addLine({ ...line, laCode: 'A', minutes: 0 });
    assert.deepEqual(
      acc.summary().byLocalAuthority.map((r) => [r.code, r.total]),
      [
        ['A', '0.00'],
        ['X', '3.00'],
        ['programme', '0.00'],
      ],
    );
    assert.throws(() => acc.addLine({ ...line, laCode: 'A', minutes: 1.5 }), /whole number/);
  });
});
