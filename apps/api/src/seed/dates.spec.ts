import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  addDays as domainAddDays,
  addMonths,
  daysBetween as domainDaysBetween,
} from '@attune/domain';
import { addDays, daysBetween, fromDay, monthsBefore, toDay } from './dates';

describe('seed calendar', () => {
  it('reads years 0 to 99 as written, not as 1900 to 1999', () => {
    assert.notEqual(toDay('0050-06-01'), toDay('1950-06-01'));
    assert.equal(daysBetween('0001-08-09', '0001-08-10'), 1);
    assert.equal(
      daysBetween('0099-01-01', '1999-01-01'),
      domainDaysBetween('0099-01-01', '1999-01-01'),
    );
    assert.equal(fromDay(toDay('0004-02-29')), '0004-02-29');
    assert.equal(addDays('0099-12-31', 1), '0100-01-01');
  });

  it('writes four-digit years for months of years before 1000 (the seeds month on the domain)', () => {
    assert.equal(addMonths('0001-11-15', 2), '0002-01-15');
    assert.equal(monthsBefore('0010-01-15', 1), '0009-12');
  });

  it('counts days as the domain does, across month ends and leap days', () => {
    for (const [from, days] of [
      ['2024-02-28', 1],
      ['2024-02-28', 2],
      ['2023-02-28', 1],
      ['2021-12-31', 1],
      ['2021-03-01', -1],
      ['2022-06-15', 400],
    ] as const) {
      assert.equal(addDays(from, days), domainAddDays(from, days), `${from} + ${days}`);
      assert.equal(daysBetween(from, addDays(from, days)), days);
    }
  });

  it('refuses a date that does not exist instead of rolling it over', () => {
    assert.throws(() => toDay('2021-02-30'), /not a calendar date/);
  });
});
