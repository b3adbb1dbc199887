import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { PHONE_QUERY, PhoneWidth } from './phone-width';

describe('PhoneWidth', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  let listener: ((event: { matches: boolean }) => void) | undefined;

  afterEach(() => {
    if (original) Object.defineProperty(window, 'matchMedia', original);
    else delete (window as { matchMedia?: unknown }).matchMedia;
    listener = undefined;
  });

  function fakeWindow(matches: boolean): void {
    const fake = (query: string): MediaQueryList => {
      expect(query).toBe(PHONE_QUERY);
      return {
        matches,
        addEventListener: (_: string, fn: typeof listener) => (listener = fn),
      } as unknown as MediaQueryList;
    };
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: fake,
    });
  }

  it('says whether the window is phone-sized, and follows it when it changes', () => {
    fakeWindow(true);
    const phone = TestBed.inject(PhoneWidth);
    expect(phone.matches()).toBe(true);
    listener!({ matches: false });
    expect(phone.matches()).toBe(false);
  });

  it('is a laptop where the browser cannot tell (no matchMedia)', () => {
    Object.defineProperty(window, 'matchMedia', { configurable: true, value: undefined });
    expect(TestBed.inject(PhoneWidth).matches()).toBe(false);
  });
});
