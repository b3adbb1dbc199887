import { dayNumber, type IsoDate } from '@attune/domain';

/** Today's calendar date in UTC (the server runs with TZ=UTC); pass the app's Clock in. */
export function isoToday(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** A real calendar date written `YYYY-MM-DD`, by the domain's own reading of dates. */
export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}
