import { addDays as domainAddDays, dayNumber, type IsoDate } from '@attune/domain';

// Calendar arithmetic on ISO dates by the domain's calendar (dayNumber, addDays), so the
// generators read dates as the rules and the importer do, years 0 to 99 included.

const DAY_MS = 86_400_000;
/** Day number 0 of dayNumber. */
const EPOCH: IsoDate = '1970-01-01';

// Conversions are cached: generators convert the same few hundred programme days millions of times.
const dayOf = new Map<IsoDate, number>();
const dateOf = new Map<number, IsoDate>();

export function toDay(date: IsoDate): number {
  let day = dayOf.get(date);
  if (day === undefined) {
    day = dayNumber(date);
    dayOf.set(date, day);
  }
  return day;
}

export function fromDay(day: number): IsoDate {
  let date = dateOf.get(day);
  if (date === undefined) {
    date = domainAddDays(EPOCH, day);
    dateOf.set(day, date);
  }
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}

/** The year of a month index (year × 12 + month − 1), four digits as ISO dates write it. */
function year(monthIndex: number): string {
  return String(Math.floor(monthIndex / 12)).padStart(4, '0');
}

/** `YYYY-MM` a whole number of months before the date's month. */
export function monthsBefore(date: IsoDate, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  return `${year(index)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** True from 20 December to 3 January, when family work pauses. */
function inWinterBreak(date: IsoDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-20' || monthDay <= '01-03';
}

const workingDays = new Map<IsoDate, IsoDate>();

/** The date itself if it is a working day, else the next one (weekends and the winter break skipped). */
export function workingDayFrom(date: IsoDate): IsoDate {
  const known = workingDays.get(date);
  if (known !== undefined) return known;
  let day = toDay(date);
  for (;;) {
    const iso = fromDay(day);
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !inWinterBreak(iso)) {
      workingDays.set(date, iso);
      return iso;
    }
    day += 1;
  }
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Orders by code point, never by locale, so sorted output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
