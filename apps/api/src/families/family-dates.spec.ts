import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addMonths } from './family-dates';

describe('addMonths', () => {
  it('moves to the same day six months on, across a year end', () => {
    assert.equal(addMonths('2021-09-14', 6), '2022-03-14');
  });
  it('clamps to the last day of a shorter month (leap years included)', () => {
    assert.equal(addMonths('2021-08-31', 6), '2022-02-28');
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
  });
});
