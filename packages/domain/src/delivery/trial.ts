import type { IsoDate } from '../model/records.js';
import type { FamilyStatus, FollowUpStatus, TrialArm } from '../model/enums.js';
import { FAMILY_TRANSITIONS, allowedTransitions } from './status.js';
import { addDays, addMonths } from './dates.js';
import { outcomeDueDate } from './outcome.js';

/** The follow-up questionnaire is due four calendar months after randomisation. */
export const FOLLOW_UP_MONTHS = 4;

/** A data-collection point is "due" this many days ahead of its date. */
export const DUE_SOON_DAYS = 14;

/** The evaluation's data-collection points after randomisation. */
export const COLLECTION_POINTS = ['follow_up_4m', 'outcome_6m'] as const;
export type CollectionPoint = (typeof COLLECTION_POINTS)[number];

export function followUpDueDate(randomisationDate: IsoDate): IsoDate {
  return addMonths(randomisationDate, FOLLOW_UP_MONTHS);
}

/** A family as the trial's rules read it. */
export interface TrialFamily {
  reference: string;
  referralDate: IsoDate;
  trialArm: TrialArm;
  randomisationDate: IsoDate | null;
  baselineCompletedOn: IsoDate | null;
}

/**
 * Why the family cannot be randomised yet (null: it can): the baseline
 * questionnaire comes first, so that the answers cannot depend on the arm.
 */
export function baselineMissing(
  family: Pick<TrialFamily, 'reference' | 'baselineCompletedOn'>,
): string | null {
  return family.baselineCompletedOn === null
    ? `${family.reference} has no baseline questionnaire recorded (baselineCompletedOn): the baseline comes before randomisation`
    : null;
}

/** Why a baseline date does not fit the family (null: it does): not before the referral, not after the randomisation. */
export function baselineProblem(family: TrialFamily, date: IsoDate): string | null {
  if (date < family.referralDate) return `${date} is before the referral (${family.referralDate})`;
  if (family.randomisationDate !== null && date > family.randomisationDate) {
    return `${date} is after the randomisation (${family.randomisationDate}): the baseline comes first`;
  }
  return null;
}

/** Why the four-month follow-up cannot be recorded on that date (null: it can). */
export function followUpProblem(family: TrialFamily, date: IsoDate): string | null {
  if (family.randomisationDate === null || family.trialArm === 'not_randomised') {
    return `${family.reference} was never randomised, so it has no four-month follow-up`;
  }
  if (date < family.randomisationDate) {
    return `${date} is before the randomisation (${family.randomisationDate})`;
  }
  return null;
}

/**
 * The statuses a family may move to next, as an actor sees them. A referred
 * family waits for randomisation (its arm reads not_randomised until then);
 * allocating it directly puts it outside the trial, which only an admin may
 * do (`outsideTrialAllowed`), with a reason.
 */
export function familyNextStatuses(
  family: { status: FamilyStatus; trialArm: TrialArm },
  options: { outsideTrialAllowed: boolean },
): FamilyStatus[] {
  if (family.status === 'referred') {
    return FAMILY_TRANSITIONS.referred.filter(
      (to) => to !== 'allocated' || options.outsideTrialAllowed,
    );
  }
  return allowedTransitions(family.status, { trialArm: family.trialArm });
}

/** A family with what its collection points need. */
export interface CollectionFamily extends TrialFamily {
  laCode: string;
  followUp4mStatus: FollowUpStatus | null;
  outcome6m: string | null;
}

export interface DueCollection {
  reference: string;
  laCode: string;
  point: CollectionPoint;
  dueOn: IsoDate;
  /** The due date has passed and nothing is recorded. */
  overdue: boolean;
}

/**
 * The collection points still open for randomised families: the four-month
 * follow-up until it is completed or missed, the six-month outcome until it is
 * recorded, each from DUE_SOON_DAYS before its date (and overdue after it).
 * Families outside the trial have none. Soonest first.
 */
export function dueCollections(
  families: readonly CollectionFamily[],
  asOf: IsoDate,
): DueCollection[] {
  const horizon = addDays(asOf, DUE_SOON_DAYS);
  const due: DueCollection[] = [];
  for (const f of families) {
    if (f.randomisationDate === null || f.trialArm === 'not_randomised') continue;
    const points: Array<[CollectionPoint, IsoDate, boolean]> = [
      ['follow_up_4m', followUpDueDate(f.randomisationDate), f.followUp4mStatus !== null],
      ['outcome_6m', outcomeDueDate(f.randomisationDate), f.outcome6m !== null],
    ];
    for (const [point, dueOn, done] of points) {
      if (done || dueOn > horizon) continue;
      due.push({ reference: f.reference, laCode: f.laCode, point, dueOn, overdue: dueOn < asOf });
    }
  }
  return due.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.reference.localeCompare(b.reference) ||
      a.point.localeCompare(b.point),
  );
}

/** Only an admin may put a referred family outside the trial (allocated without randomisation), with a reason. */
export function mayAllocateOutsideTrial(principal: { role: string }): boolean {
  return principal.role === 'admin';
}
