import { describe, expect, it } from '@jest/globals';
import { UK_DATE_FORMATS, UkDateAdapter } from './uk-date-adapter';

const adapter = new UkDateAdapter();
const typed = (text: string) => adapter.parse(text);
const shown = (iso: string) => adapter.format(iso, UK_DATE_FORMATS.display.dateInput);

describe('the datepicker over ISO dates, read and shown day first', () => {
  it('reads what a person types, day first, as the ISO date sent', () => {
    expect(typed('03/04/2022')).toBe('2022-04-03');
    expect(typed('3/4/2022')).toBe('2022-04-03');
    expect(typed(' 31.12.2021 ')).toBe('2021-12-31');
    expect(typed('2022-04-03')).toBe('2022-04-03'); // an ISO date pasted in
  });

  it('refuses what is no day, and treats nothing typed as no date', () => {
    for (const text of ['31/02/2022', '13/13/2022', '04/2022', 'tomorrow', '2022-02-30']) {
      const value = typed(text);
      expect(adapter.isDateInstance(value)).toBe(true);
      expect(adapter.isValid(value!)).toBe(false);
      expect(adapter.getValidDateOrNull(value)).toBeNull();
    }
    expect(typed('')).toBeNull();
    expect(adapter.deserialize('')).toBeNull();
    expect(adapter.deserialize('2022-04-03')).toBe('2022-04-03');
  });

  it('shows DD/MM/YYYY in the field and words in the calendar', () => {
    expect(shown('2022-04-03')).toBe('03/04/2022');
    expect(adapter.format('2022-04-03', UK_DATE_FORMATS.display.dateA11yLabel)).toBe(
      '3 April 2022',
    );
    expect(adapter.format('2022-04-03', UK_DATE_FORMATS.display.monthYearLabel)).toBe('Apr 2022');
    expect(adapter.toIso8601('2022-04-03')).toBe('2022-04-03');
  });

  it('does calendar arithmetic on days, not on times of day', () => {
    expect(adapter.addCalendarDays('2022-03-27', 1)).toBe('2022-03-28'); // the clocks go forward
    expect(adapter.addCalendarDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(adapter.addCalendarMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(adapter.addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(adapter.getNumDaysInMonth('2024-02-10')).toBe(29);
    expect(adapter.getDayOfWeek('2022-04-03')).toBe(0); // a Sunday
    expect(adapter.getFirstDayOfWeek()).toBe(1); // weeks start on Monday
    expect(adapter.createDate(2022, 3, 3)).toBe('2022-04-03');
    expect(() => adapter.createDate(2022, 1, 30)).toThrow();
    expect(adapter.compareDate('2022-04-03', '2022-04-10')).toBeLessThan(0);
  });
});
