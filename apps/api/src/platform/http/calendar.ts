import { MAX_YEAR, MIN_YEAR } from '@attune/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '../dates/dates';

/**
 * Dates and months a request may carry: real calendar dates, in the domain's
 * range of years (the same as a data package's). Anything else is a 400 here,
 * never a PostgreSQL error (year 0, 2022-02-30, 2022-13-01).
 */
export const EARLIEST_DATE = `${MIN_YEAR}-01-01`;
export const LATEST_DATE = `${MAX_YEAR}-12-31`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** `YYYY-MM-DD`, a day that exists (by the domain's calendar), from EARLIEST_DATE to LATEST_DATE. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  return isIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** `YYYY-MM`, a month from EARLIEST_DATE's to LATEST_DATE's. */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value) && isCalendarDate(`${value}-01`);
}

const RANGE = `between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}`;

/** class-validator decorator: a real calendar date, `YYYY-MM-DD`, in range. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'date'} must be a real date, YYYY-MM-DD, ${RANGE}`,
      },
    },
    options,
  );
}

/** class-validator decorator: a real month, `YYYY-MM`, in range. */
export function IsCalendarMonth(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarMonth',
      validator: {
        validate: (value) => isCalendarMonth(value),
        defaultMessage: (args) => `${args?.property ?? 'month'} must be a month, YYYY-MM, ${RANGE}`,
      },
    },
    options,
  );
}
