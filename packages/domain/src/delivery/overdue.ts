import type { FamilyRecord, FamilySessionRecord, IsoDate } from '../model/records.js';
import { addDays, daysBetween } from './dates.js';

/**
 * An active family is overdue when more than this many days have passed since
 * its last held session: weekly sessions may slip by one week (14 days is
 * not overdue), not more (15 days is).
 */
export const OVERDUE_AFTER_DAYS = 14;

export type OverdueFamily = Pick<
  FamilyRecord,
  'reference' | 'status' | 'statusDate' | 'randomisationDate' | 'referralDate'
>;
export type HeldSessionFacts = Pick<FamilySessionRecord, 'familyReference' | 'date' | 'outcome'>;

/** The latest held session of a family on or before `asOf`, or null. */
export function lastHeldSession(
  reference: string,
  sessions: Iterable<HeldSessionFacts>,
  asOf: IsoDate,
): IsoDate | null {
  let last: IsoDate | null = null;
  for (const s of sessions) {
    if (
      s.familyReference === reference &&
      s.outcome === 'held' &&
      s.date <= asOf &&
      (last === null || s.date > last)
    ) {
      last = s.date;
    }
  }
  return last;
}

/**
 * The day the overdue clock starts: the last held session, or, with none yet,
 * the date the family entered its status (allocation or activation), falling
 * back to randomisation and then referral when no status date was recorded.
 */
export function overdueClockStart(family: OverdueFamily, lastHeld: IsoDate | null): IsoDate {
  return lastHeld ?? family.statusDate ?? family.randomisationDate ?? family.referralDate;
}

/** Overdue when the clock started before this date (for a query that must match `isOverdue`). */
export function overdueIfStartedBefore(asOf: IsoDate): IsoDate {
  return addDays(asOf, -OVERDUE_AFTER_DAYS);
}

/** `isOverdue` from an already known last held session date (e.g. an SQL MAX). */
export function isOverdueGiven(
  family: OverdueFamily,
  lastHeld: IsoDate | null,
  asOf: IsoDate,
): boolean {
  if (family.status !== 'active') return false;
  return daysBetween(overdueClockStart(family, lastHeld), asOf) > OVERDUE_AFTER_DAYS;
}

/** An ACTIVE family with no held session in the last 14 days (see OVERDUE_AFTER_DAYS). */
export function isOverdue(
  family: OverdueFamily,
  sessions: Iterable<HeldSessionFacts>,
  asOf: IsoDate,
): boolean {
  return isOverdueGiven(family, lastHeldSession(family.reference, sessions, asOf), asOf);
}
