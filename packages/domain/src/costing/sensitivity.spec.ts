import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { handWorkedProgramme } from '../../test/hand-worked-programme.js';
import { sensitivityProblems } from './sensitivity.js';
import { computeCostBreakdown, computeCostSummary } from './summary.js';

describe("sensitivity: the programme's factors", () => {
  it('uses 0.8 and 1.2 when the programme sets none', () => {
    const data = handWorkedProgramme();
    const explicit = handWorkedProgramme();
    explicit.programme.sensitivityLow = '0.8';
    explicit.programme.sensitivityHigh = '1.2';
    assert.deepEqual(computeCostSummary(data), computeCostSummary(explicit));
    assert.equal(computeCostSummary(data).sensitivity.low, '1830.93');
  });

  it("scales staff time (never resources) by the programme's own factors, exactly", () => {
    const data = handWorkedProgramme();
    data.programme.sensitivityLow = '0.5';
    data.programme.sensitivityHigh = '1.5';
    const b = computeCostBreakdown(data);
    // The hand-worked programme: staff time 450490/3 pence, resources 2131.26 - 1501.63 pounds.
    const staff = b.totals.staffTime;
    const resources = b.totals.resources;
    assert.equal(b.sensitivity.low.toString(), staff.div(2).plus(resources).toString());
    assert.equal(b.sensitivity.high.toString(), staff.mul(3).div(2).plus(resources).toString());
    assert.equal(b.sensitivityFactors.low.toString(), '0.5');
    const summary = computeCostSummary(data);
    assert.equal(summary.sensitivity.base, '2131.26');
    // 2131.26 -/+ 1501.63333.../2 = 750.81666...
    assert.equal(summary.sensitivity.low, '1380.44');
    assert.equal(summary.sensitivity.high, '2882.08');
  });

  it('refuses a low factor not below 1 and a high one not above 1, each at its field', () => {
    assert.deepEqual(sensitivityProblems('0.8', '1.2'), []);
    assert.deepEqual(
      sensitivityProblems('1', '1').map((p) => p.field),
      ['sensitivityLow', 'sensitivityHigh'],
    );
    assert.deepEqual(
      sensitivityProblems('0', '10.5').map((p) => p.field),
      ['sensitivityLow', 'sensitivityHigh'],
    );
    assert.deepEqual(sensitivityProblems('0.0001', '10'), []);
    assert.equal(sensitivityProblems('abc', '1.2')[0]?.field, 'sensitivityLow');
  });
});
