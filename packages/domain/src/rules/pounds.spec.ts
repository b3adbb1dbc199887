import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { penceOfPounds, poundsOfPence } from './pounds.js';

describe('pounds and pence', () => {
  it('reads pounds with up to two decimals as whole pence, exactly', () => {
    assert.equal(penceOfPounds('45.50'), 4550);
    assert.equal(penceOfPounds('45.5'), 4550);
    assert.equal(penceOfPounds('0.07'), 7);
    assert.equal(penceOfPounds('12'), 1200);
    assert.equal(penceOfPounds('21474836.47'), 2_147_483_647);
  });

  it('refuses what is not pounds and pence, or beyond the column', () => {
    for (const bad of ['', '-1.00', '1.234', '1e3', '£5', ' 5', '21474836.48', '1.'])
      assert.equal(penceOfPounds(bad), null, bad);
  });

  it('writes pence as pounds with two decimals', () => {
    assert.equal(poundsOfPence(4550), '45.50');
    assert.equal(poundsOfPence(7), '0.07');
    assert.equal(poundsOfPence(-125), '-1.25');
  });
});
