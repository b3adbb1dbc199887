import { describe, expect, it } from '@jest/globals';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case', () => {
    expect(isUuid('3f2a1c9b-0d4e-4f6a-9b8c-7d6e5f4a3b2c')).toBe(true);
    expect(isUuid('3F2A1C9B-0D4E-4F6A-9B8C-7D6E5F4A3B2C')).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['too short', '3f2a1c9b-0d4e-4f6a-9b8c-7d6e5f4a3b2'],
    ['not hex', '3f2a1c9b-0d4e-4f6a-9b8c-7d6e5f4a3bzz'],
    ['no hyphens', '3f2a1c9b0d4e4f6a9b8c7d6e5f4a3b2c'],
    ['with more around it', ' 3f2a1c9b-0d4e-4f6a-9b8c-7d6e5f4a3b2c'],
    ['a trailing line', '3f2a1c9b-0d4e-4f6a-9b8c-7d6e5f4a3b2c\n'],
  ])('refuses %s', (_what, value) => {
    expect(isUuid(value)).toBe(false);
  });
});
