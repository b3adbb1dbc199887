import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  defaultEntryDate,
  entryDateInWeek,
  hoursAndMinutes,
  minutesByPerson,
  totalMinutes,
  totalsByActivity,
  weekDays,
  weekRange,
  weekStart,
} from './week';

describe('the week view', () => {
  it('starts each week on the Monday, across months, years and the clock change', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(weekStart('2026-12-13')).toBe('2026-12-07'); // its Sunday
    expect(weekStart('2026-12-14')).toBe('2026-12-14');
    expect(weekStart('2027-01-02')).toBe('2026-12-28'); // Saturday, week begun in December
    expect(weekStart('2026-03-29')).toBe('2026-03-23'); // the Sunday clocks go forward
    expect(weekStart('2024-03-01')).toBe('2024-02-26'); // leap year
  });

  it('lists Monday to Sunday in UK dates, and its range for the API', () => {
    const days = weekDays('2026-12-28');
    expect(days.map((d) => d.date)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(days[0]!.label).toBe('Mon 28 Dec 2026');
    expect(days[6]!.label).toBe('Sun 3 Jan 2027');
    expect(weekRange('2026-12-28')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(addDays('2026-12-07', -7)).toBe('2026-11-30');
  });

  it("totals the week's minutes by activity in the domain's order, and in all", () => {
    const entries = [
      { date: '2026-12-07', activity: 'meetings', minutes: 45 },
      { date: '2026-12-08', activity: 'case_recording', minutes: 30 },
      { date: '2026-12-09', activity: 'meetings', minutes: 20 },
    ] as const;
    expect(totalsByActivity(entries)).toEqual([
      { activity: 'case_recording', minutes: 30 },
      { activity: 'meetings', minutes: 65 },
    ]);
    expect(totalMinutes(entries)).toBe(95);
    expect(totalsByActivity([])).toEqual([]);
    expect(hoursAndMinutes(95)).toBe('1 h 35 min');
    expect(hoursAndMinutes(45)).toBe('45 min');
    expect(hoursAndMinutes(120)).toBe('2 h');
  });

  it("defaults quick entry to a day inside the programme's window and the week shown", () => {
    const window = { from: '2026-01-05', to: '2026-06-30' };
    expect(defaultEntryDate('2026-03-10', window)).toBe('2026-03-10');
    expect(defaultEntryDate('2026-12-07', window)).toBe('2026-06-30');
    expect(defaultEntryDate('2025-12-01', window)).toBe('2026-01-05');
    expect(entryDateInWeek('2026-03-09', '2026-03-10', window)).toBe('2026-03-10');
    // Another week than today's: its Monday, kept inside the window.
    expect(entryDateInWeek('2026-02-02', '2026-03-10', window)).toBe('2026-02-02');
    expect(entryDateInWeek('2025-12-29', '2026-03-10', window)).toBe('2026-01-05');
  });
});

describe("the team's week", () => {
  it('gives every member their minutes, nought included, and anyone else with entries', () => {
    const members = [
      { code: 'P-LA1-02', name: 'Bea' },
      { code: 'M-LA1-01', name: 'Mo' },
    ];
    const entries = [
      { staffCode: 'P-LA1-02', minutes: 30 },
      { staffCode: 'A-LA1-09', minutes: 15 },
      { staffCode: 'P-LA1-02', minutes: 45 },
    ];
    expect(minutesByPerson(members, entries)).toEqual([
      { code: 'A-LA1-09', name: null, minutes: 15 },
      { code: 'M-LA1-01', name: 'Mo', minutes: 0 },
      { code: 'P-LA1-02', name: 'Bea', minutes: 75 },
    ]);
  });
});
