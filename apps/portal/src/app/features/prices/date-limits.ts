import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { MAX_YEAR, MIN_YEAR } from '@attune/domain';
import { ukDate } from '../../core/format/uk-date';

/** The dates the API takes anywhere (its years MIN_YEAR to MAX_YEAR). */
export const EARLIEST_DATE = `${MIN_YEAR}-01-01`;
export const LATEST_DATE = `${MAX_YEAR}-12-31`;

/** A date field between two ISO dates (inclusive), saying which; empty is left to `required`. */
export function dateBetween(field: string, from: string, to: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const date = control.value as string | null;
    if (!date) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date: `${field} must be a date` };
    return date < from || date > to
      ? { limits: `${field} ${ukDate(date)} must be from ${ukDate(from)} to ${ukDate(to)}` }
      : null;
  };
}

/** A year field between MIN_YEAR and MAX_YEAR, whole. */
export function yearBetween(field: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = String(control.value ?? '').trim();
    if (!value) return null;
    const year = Number(value);
    return /^\d{4}$/.test(value) && year >= MIN_YEAR && year <= MAX_YEAR
      ? null
      : { year: `${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR}` };
  };
}
