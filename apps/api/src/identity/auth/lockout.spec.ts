import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { accountRetryAt, addressRetryAt } from './lockout';

const MIN = 60_000;
const WINDOW = 15 * MIN;

describe('accountRetryAt', () => {
  const HOUR = 60 * MIN;
  const failures = (n: number, last: number) => Array.from({ length: n }, (_, i) => last - i * MIN);

  it('does not slow an account under its hourly threshold', () => {
    assert.equal(accountRetryAt(failures(19, 30 * MIN), 20, MIN, 30 * MIN + 1), null);
  });

  it('at the threshold, allows the next attempt a delay after the latest failure', () => {
    assert.equal(accountRetryAt(failures(20, 30 * MIN), 20, MIN, 30 * MIN + 1), 31 * MIN);
  });

  it('never refuses longer than the delay, however many failures there were', () => {
    const retry = accountRetryAt(failures(500, 30 * MIN), 20, MIN, 30 * MIN + 1);
    assert.ok(retry !== null && retry - (30 * MIN + 1) <= MIN);
    assert.equal(accountRetryAt(failures(500, 30 * MIN), 20, MIN, 31 * MIN), null);
  });

  it('counts only the last hour', () => {
    assert.equal(accountRetryAt(failures(20, 0), 20, MIN, HOUR + 10 * MIN), null);
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
