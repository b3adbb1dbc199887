import { describe, it, expect } from '@jest/globals';
import { chartValue, formatMinutes, formatPounds } from './money';

describe('money as shown', () => {
  it('groups thousands and keeps the pence exactly as the API sent them', () => {
    expect(formatPounds('0.00')).toBe('£0.00');
    expect(formatPounds('999.99')).toBe('£999.99');
    expect(formatPounds('1000.00')).toBe('£1,000.00');
    expect(formatPounds('1234567.05')).toBe('£1,234,567.05');
    // Beyond a double's exact integers: no float would keep these digits.
    expect(formatPounds('98765432109876543.21')).toBe('£98,765,432,109,876,543.21');
    expect(formatPounds('-1500.10')).toBe('-£1,500.10');
  });

  it('shows a cost per nothing as a dash, and anything unexpected as it came', () => {
    expect(formatPounds(null)).toBe('—');
    expect(formatPounds('12.5')).toBe('12.5');
  });

  it('gives bar lengths only, never below zero', () => {
    expect(chartValue('1234.50')).toBe(1234.5);
    expect(chartValue(null)).toBe(0);
    expect(chartValue('-3.00')).toBe(0);
  });

  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(12345)).toBe('205 h 45 min');
    expect(formatMinutes(59)).toBe('59 min');
    expect(formatMinutes(600000)).toBe('10,000 h');
  });
});
