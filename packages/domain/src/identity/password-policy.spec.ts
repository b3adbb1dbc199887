import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { passwordProblems, PASSWORD_MIN_LENGTH } from './password-policy.js';

describe('passwordProblems', () => {
  it('accepts a long passphrase of random words', () => {
    assert.deepEqual(passwordProblems('otter lantern pebble'), []);
  });

  it('refuses a password one character short of the minimum', () => {
    const problems = passwordProblems('x'.repeat(PASSWORD_MIN_LENGTH - 2) + 'yz'.slice(0, 1));
    assert.match(problems.join(), /at least 12 characters/);
  });

  it('accepts exactly the minimum length when otherwise fine', () => {
    assert.deepEqual(passwordProblems('kettle-otter'), []);
  });

  it('refuses the commonest passwords whatever their case', () => {
    assert.match(passwordProblems('Password1234').join(), /commonly used/);
  });

  it('refuses a password made of one repeated character', () => {
    assert.match(passwordProblems('zzzzzzzzzzzzzz').join(), /too few different/);
  });

  it('refuses a password containing the email name', () => {
    assert.match(
      passwordProblems('sam.jones-is-great', { email: 'sam.jones@la.gov.uk' }).join(),
      /email/,
    );
  });
});
