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
