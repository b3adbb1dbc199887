import { PLANS } from '../model/enums.js';
import type { IsoDate, IsoMonth } from '../model/records.js';

export interface EligibilityInput {
  referralDate: IsoDate;
  childBirthMonth: IsoMonth;
  /** The plan the child is on at referral; anything but CiN or CP is ineligible. */
  planAtReferral: string | null;
}

/** Why a referral is refused, as the trial's flow counts it (nothing else about the family is kept). */
export const INELIGIBLE_REASONS = ['no_plan', 'child_too_old', 'birth_after_referral'] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

export type Eligibility =
  { eligible: true } | { eligible: false; reason: string; code: IneligibleReason };

/** Whole months from one `YYYY-MM` to another: 2021-01 → 2021-12 is 11. */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The most months a referral may come after the child's birth month (DESIGN.md, "Eligibility"). */
export const MAX_AGE_MONTHS_AT_REFERRAL = 11;

/**
 * A family is eligible when the child is on a CiN or CP plan and the referral
 * month is at most 11 months after the birth month. Only the birth month is
 * ever known: a full date of birth would identify the child.
 */
export function checkEligibility(input: EligibilityInput): Eligibility {
  if (!input.planAtReferral || !(PLANS as readonly string[]).includes(input.planAtReferral)) {
    return {
      eligible: false,
      code: 'no_plan',
      reason: `the child must be on a Child in Need (CiN) or Child Protection (CP) plan at referral (got ${input.planAtReferral ?? 'none'})`,
    };
  }
  const age = monthsBetween(input.childBirthMonth, input.referralDate.slice(0, 7));
  if (age < 0) {
    return {
      eligible: false,
      code: 'birth_after_referral',
      reason: `the child's birth month ${input.childBirthMonth} is after the referral date ${input.referralDate}`,
    };
  }
  if (age > MAX_AGE_MONTHS_AT_REFERRAL) {
    return {
      eligible: false,
      code: 'child_too_old',
      reason: `the child was ${age} months old at referral; the programme takes children under 12 months (birth month ${input.childBirthMonth}, referred ${input.referralDate})`,
    };
  }
  return { eligible: true };
}
