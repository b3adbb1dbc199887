import type { IsoDate } from '../model/records.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (no time zone involved). */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  // Parsed as an ISO timestamp: Date.UTC would read years 0 to 99 as 1900 to 1999.
  const ms = new Date(`${date}T00:00:00Z`).getTime();
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new Error(`not a calendar date: ${date}`);
  }
  return ms / DAY_MS;
}

/** Whole days from one date to another (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The same day `months` calendar months later (or earlier, when negative); the
 * last day of the month when that month is shorter (31 August + 6 months is
 * 28 February, or the 29th in a leap year). The one month arithmetic of the
 * project: the API's six-month outcome date and the seeds' monthly series.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  dayNumber(date); // refuses text that is not a calendar date
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The day figures such as progress, pace and "overdue" are computed for when
 * nobody names one: today while the programme runs, its delivery end once it
 * has ended (after that, every family would look overdue and every trainee
 * off track, which says nothing about the programme).
 */
export function reportingDate(today: IsoDate, deliveryEnd: IsoDate): IsoDate {
  return today < deliveryEnd ? today : deliveryEnd;
}

/** The later of two optional dates (ISO dates compare correctly as text). */
export function laterDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
