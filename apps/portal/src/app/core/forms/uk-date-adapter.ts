import { Injectable, type Provider } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_DATE_LOCALE,
  type MatDateFormats,
} from '@angular/material/core';
import { LONG_MONTHS } from '../format/uk-date';

const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a person types: day first, then month and year, separated by / . - or spaces. */
const TYPED = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;
const INVALID = 'invalid';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Year, month (0-11) and day of a valid ISO date, or null. */
function parts(date: string): [number, number, number] | null {
  const match = ISO.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const utc = new Date(Date.UTC(year, month, day));
  const real =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month && utc.getUTCDate() === day;
  return real ? [year, month, day] : null;
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}`;
}

/** Days arithmetic in UTC, so no time zone or summer time shifts a date. */
function fromUtc(utc: Date): string {
  return isoOf(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/**
 * Material's date adapter over ISO date strings (`2022-04-03`): a form control
 * holds exactly what goes on the wire, while the field reads and shows UK dates
 * (03/04/2022, day first). Typing an ISO date works too. Invalid text leaves the
 * control null and Material reports `matDatepickerParse`.
 */
@Injectable()
export class UkDateAdapter extends DateAdapter<string> {
  constructor() {
    super();
    super.setLocale('en-GB');
  }

  getYear(date: string): number {
    return parts(date)?.[0] ?? NaN;
  }
  getMonth(date: string): number {
    return parts(date)?.[1] ?? NaN;
  }
  getDate(date: string): number {
    return parts(date)?.[2] ?? NaN;
  }
  getDayOfWeek(date: string): number {
    const p = parts(date);
    return p ? new Date(Date.UTC(p[0], p[1], p[2])).getUTCDay() : NaN;
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    if (style === 'long') return [...LONG_MONTHS];
    return LONG_MONTHS.map((m) => (style === 'short' ? m.slice(0, 3) : m.slice(0, 1)));
  }
  getDateNames(): string[] {
    return Array.from({ length: 31 }, (_, i) => String(i + 1));
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    if (style === 'long') return [...LONG_DAYS];
    return LONG_DAYS.map((d) => (style === 'short' ? d.slice(0, 3) : d.slice(0, 1)));
  }
  getYearName(date: string): string {
    return String(this.getYear(date));
  }
  /** Weeks start on Monday in the UK. */
  getFirstDayOfWeek(): number {
    return 1;
  }
  getNumDaysInMonth(date: string): number {
    const p = parts(date);
    return p ? new Date(Date.UTC(p[0], p[1] + 1, 0)).getUTCDate() : NaN;
  }
  clone(date: string): string {
    return date;
  }
  createDate(year: number, month: number, date: number): string {
    const iso = isoOf(year, month, date);
    if (month < 0 || month > 11 || !parts(iso)) throw Error(`Invalid date ${iso}`);
    return iso;
  }
  today(): string {
    return fromUtc(new Date());
  }
  /** `03/04/2022` (day first) or `2022-04-03` as `2022-04-03`; null for nothing typed. */
  parse(value: unknown): string | null {
    if (typeof value !== 'string') return null;
    const text = value.trim();
    if (!text) return null;
    if (ISO.test(text)) return parts(text) ? text : INVALID;
    const typed = TYPED.exec(text);
    if (!typed) return INVALID;
    const iso = isoOf(Number(typed[3]), Number(typed[2]) - 1, Number(typed[1]));
    return parts(iso) ? iso : INVALID;
  }
  /** `DD/MM/YYYY` in the field; the calendar's labels in words (`3 April 2022`, `April 2022`). */
  format(date: string, displayFormat: unknown): string {
    const p = parts(date);
    if (!p) throw Error('UkDateAdapter: cannot format an invalid date');
    const [year, month, day] = p;
    switch (displayFormat) {
      case 'MMM YYYY':
        return `${LONG_MONTHS[month]!.slice(0, 3)} ${year}`;
      case 'MMMM YYYY':
        return `${LONG_MONTHS[month]} ${year}`;
      case 'D MMMM YYYY':
        return `${day} ${LONG_MONTHS[month]} ${year}`;
      case 'MMM':
        return LONG_MONTHS[month]!.slice(0, 3);
      default:
        return `${pad(day)}/${pad(month + 1)}/${year}`;
    }
  }
  addCalendarYears(date: string, years: number): string {
    return this.addCalendarMonths(date, years * 12);
  }
  /** Like Material's own adapters: 31 Jan plus a month is the last day of February. */
  addCalendarMonths(date: string, months: number): string {
    const [year, month, day] = parts(date) ?? [NaN, NaN, NaN];
    const target = new Date(Date.UTC(year, month + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
    return isoOf(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, last.getUTCDate()));
  }
  addCalendarDays(date: string, days: number): string {
    const [year, month, day] = parts(date) ?? [NaN, NaN, NaN];
    return fromUtc(new Date(Date.UTC(year, month, day + days)));
  }
  toIso8601(date: string): string {
    return date;
  }
  isDateInstance(obj: unknown): boolean {
    return typeof obj === 'string' && (obj === INVALID || ISO.test(obj));
  }
  isValid(date: string): boolean {
    return parts(date) !== null;
  }
  invalid(): string {
    return INVALID;
  }
  /** An empty control ('') is no date, not an invalid one. */
  override deserialize(value: unknown): string | null {
    if (value === '' || value == null) return null;
    return super.deserialize(value);
  }
}

export const UK_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: 'DD/MM/YYYY' },
  display: {
    dateInput: 'DD/MM/YYYY',
    monthLabel: 'MMM',
    monthYearLabel: 'MMM YYYY',
    dateA11yLabel: 'D MMMM YYYY',
    monthYearA11yLabel: 'MMMM YYYY',
  },
};

/**
 * Datepickers in UK dates over ISO strings. Provided by the lazy routes (the
 * programme pages, the audit log), so the datepicker loads with them, not the shell.
 */
export function provideUkDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: UkDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: UK_DATE_FORMATS },
    { provide: MAT_DATE_LOCALE, useValue: 'en-GB' },
  ];
}
