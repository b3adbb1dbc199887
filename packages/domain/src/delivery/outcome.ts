import type { IsoDate } from '../model/records.js';
import { addMonths } from './dates.js';

/** The six-month outcome is the family's situation six calendar months after randomisation. */
export const OUTCOME_MONTHS = 6;

/** The first day a family's six-month outcome can be recorded. */
export function outcomeDueDate(randomisationDate: IsoDate): IsoDate {
  return addMonths(randomisationDate, OUTCOME_MONTHS);
}

/**
 * Why a six-month outcome cannot be recorded for this family today (null: it
 * can): never randomised, or six months have not passed since.
 */
export function outcomeProblem(
  family: { reference: string; randomisationDate: IsoDate | null },
  today: IsoDate,
): string | null {
  if (family.randomisationDate === null) {
    return `${family.reference} was never randomised, so it has no six-month outcome`;
  }
  const due = outcomeDueDate(family.randomisationDate);
  return today < due
    ? `the six-month outcome can be recorded from ${due} (six months after randomisation on ${family.randomisationDate})`
    : null;
}
