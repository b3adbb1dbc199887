import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addDays, addMonths, dayNumber, daysBetween, laterDate, reportingDate } from './dates.js';

describe('calendar dates', () => {
  it('counts days across a month end and a leap day', () => {
    assert.equal(daysBetween('2022-02-27', '2022-03-01'), 2);
    assert.equal(daysBetween('2024-02-27', '2024-03-01'), 3);
    assert.equal(daysBetween('2022-03-01', '2022-02-27'), -2);
  });

  it('adds days across a year end', () => {
    assert.equal(addDays('2021-12-25', 14), '2022-01-08');
    assert.equal(addDays('2022-01-08', -14), '2021-12-25');
  });

  it('refuses text that is not a calendar date', () => {
    assert.throws(() => daysBetween('2022-02-30', '2022-03-01'), /not a calendar date: 2022-02-30/);
    assert.throws(() => addDays('1/3/2022', 1), /not an ISO date/);
  });

  it('picks the later of two optional dates', () => {
    assert.equal(laterDate(null, '2022-01-01'), '2022-01-01');
    assert.equal(laterDate('2022-01-02', '2022-01-01'), '2022-01-02');
    assert.equal(laterDate(null, null), null);
  });
});

describe('reportingDate', () => {
  it('is today while the programme is delivering, the delivery end once it has ended', () => {
    assert.equal(reportingDate('2022-03-01', '2022-06-30'), '2022-03-01');
    assert.equal(reportingDate('2022-06-30', '2022-06-30'), '2022-06-30');
    assert.equal(reportingDate('2026-11-22', '2022-06-30'), '2022-06-30');
  });
});

describe('dayNumber', () => {
  it('reads years before 100 as written, not as 19xx', () => {
    assert.equal(daysBetween('0001-08-09', '0001-08-10'), 1);
    assert.notEqual(dayNumber('0001-08-09'), dayNumber('1901-08-09'));
  });

  it('refuses a date that does not exist', () => {
    assert.throws(() => dayNumber('2021-02-29'), /not a calendar date/);
  });
});

describe('addMonths', () => {
  it('moves to the same day months on, across a year end', () => {
    assert.equal(addMonths('2021-09-14', 6), '2022-03-14');
    assert.equal(addMonths('2021-07-01', 17), '2022-12-01');
    assert.equal(addMonths('2022-03-14', -6), '2021-09-14');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    assert.equal(addMonths('2021-08-31', 6), '2022-02-28');
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
    assert.equal(addMonths('2099-08-31', 6), '2100-02-28', '2100 is not a leap year');
    assert.equal(addMonths('1999-08-31', 6), '2000-02-29', '2000 is');
    assert.equal(addMonths('2021-12-31', 6), '2022-06-30');
    assert.equal(addMonths('2022-01-30', 1), '2022-02-28');
  });

  it('keeps four-digit years before 1000 and refuses a date that does not exist', () => {
    assert.equal(addMonths('0099-11-15', 2), '0100-01-15');
    assert.throws(() => addMonths('2021-02-30', 1), /not a calendar date/);
  });
});
