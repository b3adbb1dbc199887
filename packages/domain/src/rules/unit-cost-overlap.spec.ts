import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { overlappingUnitCost } from './unit-cost-overlap.js';

const existing = [
  {
    id: '1',
    costRole: 'social_worker' as const,
    effectiveFrom: '2021-04-01',
    effectiveTo: '2022-03-31',
  },
  { id: '2', costRole: 'social_worker' as const, effectiveFrom: '2022-04-01', effectiveTo: null },
  { id: '3', costRole: 'vig_supervisor' as const, effectiveFrom: null, effectiveTo: null },
];

describe('overlappingUnitCost', () => {
  it('finds the unit cost of the same role sharing a day (inclusive ends)', () => {
    const c = {
      costRole: 'social_worker' as const,
      effectiveFrom: '2020-01-01',
      effectiveTo: '2021-04-01',
    };
    assert.equal(overlappingUnitCost(c, existing)?.id, '1');
  });

  it('treats an open end as reaching every date', () => {
    const c = {
      costRole: 'social_worker' as const,
      effectiveFrom: '2030-01-01',
      effectiveTo: null,
    };
    assert.equal(overlappingUnitCost(c, existing)?.id, '2');
  });

  it('accepts a period that ends the day before another starts, or another role', () => {
    const before = {
      costRole: 'social_worker' as const,
      effectiveFrom: null,
      effectiveTo: '2021-03-31',
    };
    assert.equal(overlappingUnitCost(before, existing), null);
    const other = { costRole: 'admin_staff' as const, effectiveFrom: null, effectiveTo: null };
    assert.equal(overlappingUnitCost(other, existing), null);
  });

  it('does not compare an edited unit cost with itself', () => {
    const edit = {
      id: '1',
      costRole: 'social_worker' as const,
      effectiveFrom: '2021-01-01',
      effectiveTo: '2022-03-31',
    };
    assert.equal(overlappingUnitCost(edit, existing), null);
  });
});
