import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { rateStretches } from './cost-summary.service';

describe('rateStretches', () => {
  it('starts a stretch at every effective_from and the day after every (inclusive) effective_to', () => {
    assert.deepEqual(
      rateStretches([
        { effectiveFrom: '2021-04-01', effectiveTo: '2022-03-31' },
        { effectiveFrom: '2022-04-01', effectiveTo: null },
        { effectiveFrom: null, effectiveTo: '2024-02-28' },
        { effectiveFrom: null, effectiveTo: '2024-12-31' },
      ]),
      ['2021-04-01', '2022-04-01', '2024-02-29', '2025-01-01'],
    );
  });

  it('gives one threshold before any date when every period is open', () => {
    assert.deepEqual(rateStretches([{ effectiveFrom: null, effectiveTo: null }]), ['0001-01-01']);
  });
});
