import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { checkEligibility, monthsBetween } from './eligibility.js';

describe('checkEligibility', () => {
  const base = { referralDate: '2021-12-15', planAtReferral: 'CP' };

  it('accepts a child whose referral is exactly 11 months after the birth month', () => {
    assert.deepEqual(checkEligibility({ ...base, childBirthMonth: '2021-01' }), { eligible: true });
  });

  it('refuses a child whose referral is 12 months after the birth month, saying why', () => {
    const result = checkEligibility({ ...base, childBirthMonth: '2020-12' });
    assert.equal(result.eligible, false);
    assert.match(!result.eligible ? result.reason : '', /12 months old at referral/);
  });

  it('accepts a child referred in their birth month', () => {
    assert.equal(checkEligibility({ ...base, childBirthMonth: '2021-12' }).eligible, true);
  });

  it('refuses a birth month after the referral', () => {
    const result = checkEligibility({ ...base, childBirthMonth: '2022-01' });
    assert.match(!result.eligible ? result.reason : '', /after the referral date/);
  });

  it('refuses a child on neither a CiN nor a CP plan', () => {
    for (const plan of [null, 'none', 'cp']) {
      const result = checkEligibility({
        ...base,
        childBirthMonth: '2021-06',
        planAtReferral: plan,
      });
      assert.match(!result.eligible ? result.reason : '', /CiN\) or Child Protection/);
    }
  });

  it('counts months across years', () => {
    assert.equal(monthsBetween('2020-11', '2021-02'), 3);
  });
});
