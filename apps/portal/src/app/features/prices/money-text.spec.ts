import { describe, it, expect } from '@jest/globals';
import { normalisePounds, penceToPounds, poundsDifference, poundsToPence } from './money-text';

describe('pounds and pence as text', () => {
  it('turns typed pounds into exact pence, where a float would not', () => {
    // 0.29 * 100 is 28.999999999999996 in binary floating point.
    expect(0.29 * 100).not.toBe(29);
    expect(poundsToPence('0.29')).toBe('29');
    expect(poundsToPence('45.5')).toBe('4550');
    expect(poundsToPence('45')).toBe('4500');
    expect(poundsToPence('0.05')).toBe('5');
    expect(poundsToPence('007.10')).toBe('710');
    expect(poundsToPence('12345678.99')).toBe('1234567899');
  });

  it('refuses what is not pounds with at most two decimals', () => {
    for (const text of ['1.005', '£4', '1,000', '-1', '', '.5', '4.', '1e3', '123456789'])
      expect(poundsToPence(text)).toBeNull();
  });

  it('turns pence back into pounds with two decimals, signs kept', () => {
    expect(penceToPounds('5')).toBe('0.05');
    expect(penceToPounds('0')).toBe('0.00');
    expect(penceToPounds('-5')).toBe('-0.05');
    expect(penceToPounds('-0')).toBe('0.00');
    expect(penceToPounds('1234567899')).toBe('12345678.99');
    expect(normalisePounds('45.5')).toBe('45.50');
    expect(normalisePounds('0.1')).toBe('0.10');
  });

  it('works out the change of a total to the penny, beyond what a float holds', () => {
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(poundsDifference('0.30', '0.10')).toBe('-0.20');
    expect(poundsDifference('1234.50', '1300.00')).toBe('65.50');
    // 2^53 pence and one more: a double cannot tell them apart.
    expect(poundsDifference('90071992547409.92', '90071992547409.93')).toBe('0.01');
  });
});
