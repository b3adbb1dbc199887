import { describe, expect, it } from '@jest/globals';
import { formatPounds } from './money';
import { ukDate, ukDatesIn, ukMonth, ukShortMonth, UkMonthPipe } from './uk-date';
import { duration, HeadingPipe, label, LabelPipe, partOf, plural } from './words';

describe('values in words, counts, durations, dates and money', () => {
  it('says stored values in words, every underscore a space', () => {
    expect(label('not_ready_or_declined')).toBe('not ready or declined');
    expect(new LabelPipe().transform('not_proceeded')).toBe('not proceeded');
    expect(label('aviguk_18_cycle')).toBe('AVIGuk 18-cycle');
    expect(new HeadingPipe().transform('la_manager')).toBe('LA manager');
    expect(new HeadingPipe().transform('children_social_care')).toBe("Children's social care");
  });

  it('makes the verb of a part agree with the part, not the whole', () => {
    expect(partOf(1, 6, 'practitioner', ['has', 'have'])).toBe('1 of 6 practitioners has');
    expect(partOf(2, 6, 'practitioner', ['has', 'have'])).toBe('2 of 6 practitioners have');
    expect(partOf(0, 1, 'practitioner', ['has', 'have'])).toBe('0 of 1 practitioner have');
  });

  it('puts the noun in the number of its count', () => {
    expect(plural(1, 'active family', 'active families')).toBe('1 active family');
    expect(plural(2, 'active family', 'active families')).toBe('2 active families');
    expect(plural(0, 'cycle')).toBe('0 cycles');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(1200, 'session')).toBe('1,200 sessions');
  });

  it('says a duration in hours and minutes', () => {
    expect(duration(450)).toBe('7 h 30 min');
    expect(duration(720)).toBe('12 h');
    expect(duration(45)).toBe('45 min');
    expect(duration(0)).toBe('0 min');
    expect(duration(65)).toBe('1 h 5 min');
    expect(duration(72_300)).toBe('1,205 h');
    expect(duration(-90)).toBe('-1 h 30 min');
  });

  it('shows UK dates, never ISO ones', () => {
    expect(ukDate('2022-03-03')).toBe('3 Mar 2022');
    expect(ukDate('2026-12-06T20:35:12.000Z')).toBe('6 Dec 2026');
    expect(ukMonth('2026-11')).toBe('November 2026');
    expect(ukDatesIn('date 2001-01-01 is outside the window, 2021-09-01 to 2022-03-31')).toBe(
      'date 1 Jan 2001 is outside the window, 1 Sep 2021 to 31 Mar 2022',
    );
    expect(ukDatesIn('2022-02 is signed off for LA1 on 2022-03-01')).toBe(
      'February 2022 is signed off for LA1 on 1 Mar 2022',
    );
    expect(ukShortMonth('2026-11')).toBe('Nov 2026');
    expect(new UkMonthPipe().transform('2021-08')).toBe('Aug 2021');
    expect(ukShortMonth('2026-13')).toBe('2026-13');
  });

  it('shows money as pounds and pence, grouped, from the exact string', () => {
    expect(formatPounds('1234.56')).toBe('£1,234.56');
    expect(formatPounds('-0.50')).toBe('-£0.50');
    expect(formatPounds('1234567890123.10')).toBe('£1,234,567,890,123.10');
    expect(formatPounds(null)).toBe('—');
  });
});
