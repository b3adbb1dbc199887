// Month sign-off: the review of what a sign-off signs (the lock a refused write names is in platform.ts).
import type { MonthReview } from '@attune/domain';
import type { PeriodLockView } from './delivery.js';

export type { MonthReview, MonthReviewRow, MinutesByActivity } from '@attune/domain';

/** GET …/period-locks/review?laCode=&month= */
export interface MonthReviewView extends MonthReview {
  /** The sign-off when the month is signed off already, else null. */
  lock: PeriodLockView | null;
}
