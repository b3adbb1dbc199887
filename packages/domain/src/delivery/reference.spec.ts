import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET, familyReference } from './reference.js';

describe('familyReference', () => {
  it('is F-<LA>- and six characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      assert.match(
        familyReference('LA1', randomInt),
        /^F-LA1-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/,
      );
    }
  });

  it('uses no easily confused characters', () => {
    for (const c of '01OIL') assert.equal(REFERENCE_ALPHABET.includes(c), false);
  });

  it('takes every character from the random source', () => {
    const picks = [0, 1, 2, 3, 4, 30];
    assert.equal(
      familyReference('LA2', () => picks.shift()!),
      'F-LA2-23456Z',
    );
  });

  it('refuses an LA code that would make the reference ambiguous, and a bad random source', () => {
    assert.throws(
      () => familyReference('LA-1', randomInt),
      /1 to 16 letters or digits \(got "LA-1"\)/,
    );
    assert.throws(() => familyReference('LA1', () => 31), /integer in \[0, 31\) \(got 31\)/);
  });

  it('varies: 1000 references have no repeat', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => familyReference('LA1', randomInt)));
    assert.equal(seen.size, 1000);
  });
});
