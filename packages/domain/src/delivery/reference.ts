import type { RandomSource } from './randomiser.js';

/**
 * Characters of a family reference: digits and capitals without 0/O, 1/I/L,
 * so a reference read aloud or copied by hand is unambiguous.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REFERENCE_RANDOM_LENGTH = 6;

/**
 * A pseudonymous family reference, `F-<LA>-XXXXXX` (e.g. `F-LA1-7KQ2M9`):
 * random, so it carries nothing about the family. 31^6 (about 887 million)
 * values per LA; the caller still checks uniqueness and draws again on a clash.
 */
export function familyReference(laCode: string, random: RandomSource): string {
  if (!/^[A-Za-z0-9]{1,16}$/.test(laCode)) {
    throw new Error(
      `an LA code in a family reference must be 1 to 16 letters or digits (got ${JSON.stringify(laCode)})`,
    );
  }
  let suffix = '';
  for (let i = 0; i < REFERENCE_RANDOM_LENGTH; i++) {
    const index = random(REFERENCE_ALPHABET.length);
    const char = Number.isInteger(index) ? REFERENCE_ALPHABET[index] : undefined;
    if (char === undefined) {
      throw new Error(
        `the random source must return an integer in [0, ${REFERENCE_ALPHABET.length}) (got ${index})`,
      );
    }
    suffix += char;
  }
  return `F-${laCode}-${suffix}`;
}
