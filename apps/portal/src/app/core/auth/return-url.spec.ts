import { describe, it, expect } from '@jest/globals';
import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside the portal', () => {
    expect(safeReturnUrl('/users?page=2')).toBe('/users?page=2');
  });

  it('refuses other origins, the sign-in page and nothing', () => {
    for (const url of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '/sign-in']) {
      expect(safeReturnUrl(url)).toBeNull();
    }
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
  });
});
