import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { handWorkedProgramme } from '../../test/hand-worked-programme.js';
import { computeCostSummary, computeOneWaySensitivity } from './summary.js';

/*
 * The hand-worked programme (test/hand-worked-programme.ts), in pence:
 *   staff by role: social worker 44460 (P-A-01) + 40170 (P-B-01) = 84630; family support worker
 *   2000 + 4500 = 6500; supervisor 12480 + 3120 = 15600; trainer 43200; admin 700/3 = 233.333...
 *   (sum 150163.333...). Resources: plain 10400 + 562.5 = 10962.5; one durable, the camera, 52000
 *   over 3 years at 3.5%: EAC 18560.577... Base = 150163.333... + 10962.5 + 18560.577...
 *   = 179686.41... (£1796.86).
 * Each unit cost x 0.8 / x 1.2 moves the total by 0.2 of that role's staff cost either way:
 *   social worker +/- 16926 → 162760.41 / 196612.41, range 33852 (£338.52);
 *   trainer +/- 8640, range 17280 (£172.80); supervisor +/- 3120, range 6240 (£62.40);
 *   family support worker +/- 1300, range 2600 (£26.00); admin +/- 46.666..., range 93.333 (£0.93).
 * All staff x 0.8 / x 1.2: +/- 30032.666..., range 60065.333... (£600.65): 1496.54 / 2097.19.
 * Life 3 - 1 = 2: EAC = 1820 x 1.035^2 / (1.035^2 - 1) = 1820 x 1.071225 / 0.071225 = 27372.8255...
 *   → total 188498.658... (£1884.99); life 4: 1820 x 1.147523000625 / 0.147523000625 = 14157.0592...
 *   → 175282.892... (£1752.83); range 13215.766... (£132.16).
 * Discount 0%: 52000 / 3 = 17333.333... → 178459.166... (£1784.59); 6%: 3120 x 1.191016 / 0.191016
 *   = 19453.710... → 180579.543... (£1805.80); range 2120.376... (£21.20).
 */
describe('one-way sensitivity of the hand-worked programme', () => {
  it('gives every assumption its low and high total, worked out by hand, widest range first', () => {
    const result = computeOneWaySensitivity(handWorkedProgramme());
    assert.equal(result.base, '1796.86');
    assert.equal(result.complete, true);
    assert.deepEqual(
      result.items.map((i) => [
        i.assumption,
        i.parameter,
        i.lowValue,
        i.highValue,
        i.low,
        i.high,
        i.range,
      ]),
      [
        ['sensitivity_factors', 'staff', '0.8', '1.2', '1496.54', '2097.19', '600.65'],
        ['unit_cost', 'social_worker', '0.8', '1.2', '1627.60', '1966.12', '338.52'],
        ['unit_cost', 'vig_trainer', '0.8', '1.2', '1710.46', '1883.26', '172.80'],
        ['useful_life', 'durables', '-1', '1', '1884.99', '1752.83', '132.16'],
        ['unit_cost', 'vig_supervisor', '0.8', '1.2', '1765.66', '1828.06', '62.40'],
        ['unit_cost', 'family_support_worker', '0.8', '1.2', '1783.86', '1809.86', '26.00'],
        ['discount_rate', 'discountRate', '0', '0.06', '1784.59', '1805.80', '21.20'],
        ['unit_cost', 'admin_staff', '0.8', '1.2', '1796.40', '1797.33', '0.93'],
      ],
    );
  });

  it("uses the programme's own factors, and the base is staff time plus equivalent annual resources", () => {
    const data = handWorkedProgramme();
    data.programme.sensitivityLow = '0.5';
    data.programme.sensitivityHigh = '1.5';
    const result = computeOneWaySensitivity(data);
    const summary = computeCostSummary(data);
    // 1501.63333... + 295.23077... = 1796.86 (the summary's rounded parts add to 1796.86 too).
    assert.equal(result.base, '1796.86');
    assert.equal(summary.totals.equivalentAnnualResources, '295.23');
    const all = result.items.find((i) => i.assumption === 'sensitivity_factors')!;
    // 0.5 x 150163.333... = 75081.666...: 179686.41 -/+ 75081.67 → 1046.05 / 2547.68, range 1501.63.
    assert.deepEqual(
      [all.lowValue, all.highValue, all.low, all.high, all.range],
      ['0.5', '1.5', '1046.05', '2547.68', '1501.63'],
    );
    // Its swing equals the cost summary's (which adds plain, not annualised, resources).
    assert.equal(all.range, '1501.63');
  });

  it('never takes a life below one year: a two-year durable at -1 costs its plain price', () => {
    const data = handWorkedProgramme();
    data.resources[0]!.usefulLifeYears = 2;
    const life = computeOneWaySensitivity(data).items.find((i) => i.assumption === 'useful_life')!;
    // Low: the camera at its plain 52000 → 150163.333 + 10962.5 + 52000 = 213125.833 (£2131.26), the
    // undiscounted total; high (3 years): the base programme's 179686.41 (£1796.86).
    assert.equal(life.low, '2131.26');
    assert.equal(life.high, '1796.86');
  });
});
