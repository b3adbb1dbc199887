import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addressRetryAt, lockedUntil } from './lockout';

const MIN = 60_000;
const WINDOW = 15 * MIN;

describe('lockedUntil', () => {
  it('does not lock on four failures', () => {
    assert.equal(lockedUntil([0, MIN, 2 * MIN, 3 * MIN], 5, WINDOW), null);
  });

  it('locks for the window from the fifth failure within 15 minutes', () => {
    assert.equal(lockedUntil([0, MIN, 2 * MIN, 3 * MIN, 14 * MIN], 5, WINDOW), 14 * MIN + WINDOW);
  });

  it('does not lock when the failures are spread wider than the window', () => {
    assert.equal(lockedUntil([0, 4 * MIN, 8 * MIN, 12 * MIN, 16 * MIN], 5, WINDOW), null);
  });

  it('locks from the latest run when there are several', () => {
    const run = (start: number) => [0, 1, 2, 3, 4].map((i) => start + i * MIN);
    assert.equal(lockedUntil([...run(0), ...run(60 * MIN)], 5, WINDOW), 64 * MIN + WINDOW);
  });
});

describe('addressRetryAt', () => {
  it('allows an address under its limit', () => {
    assert.equal(addressRetryAt([5 * MIN, 4 * MIN], 3, WINDOW, 6 * MIN), null);
  });

  it('makes an address at its limit wait until its oldest counted failure leaves the window', () => {
    assert.equal(addressRetryAt([5 * MIN, 4 * MIN, 2 * MIN], 3, WINDOW, 6 * MIN), 2 * MIN + WINDOW);
  });

  it('forgets failures older than the window', () => {
    assert.equal(addressRetryAt([20 * MIN, 2 * MIN, MIN], 3, WINDOW, 21 * MIN), null);
  });
});
