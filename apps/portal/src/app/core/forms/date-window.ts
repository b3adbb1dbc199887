import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { deliveryWindowProblem, type DeliveryWindow } from '@attune/domain';
import { ukDatesIn } from '../format/uk-date';

/**
 * A date control's check against a window of dates (the programme's delivery
 * window, or a resource's): `{window: sentence}` naming the field and the
 * window, as the API words it but in UK dates. The window is read on each check, so a form
 * re-checks a typed date when its window arrives (updateValueAndValidity).
 */
export function inWindow(field: string, window: () => DeliveryWindow | null): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const current = window();
    const date = control.value as string | null;
    if (!current || !date) return null;
    const problem = deliveryWindowProblem(field, date, current);
    return problem ? { window: ukDatesIn(problem) } : null;
  };
}

/** What a date field says when its text is no date (Material's `matDatepickerParse`). */
export const DATE_TYPED = 'date must be a day written as DD/MM/YYYY, for example 03/04/2022';

/**
 * What a date field says about its errors: outside the window, text that is no
 * date, or missing. Null when the field is fine (or only empty and untouched).
 */
export function dateFieldProblem(
  field: string,
  errors: ValidationErrors | null | undefined,
): string | null {
  if (!errors) return null;
  if (errors['window']) return errors['window'] as string;
  if (errors['matDatepickerParse']) return DATE_TYPED.replace(/^date/, field);
  if (errors['matDatepickerMin'] || errors['matDatepickerMax'])
    return `${field} is outside the dates allowed`;
  return null;
}

/**
 * The day a new record's date field starts on: `today` when it is inside the
 * programme's window, else the window's nearest end (a programme that has
 * ended defaults to its last day), so a form never opens with a refused date.
 */
export function defaultDateIn(today: string, window: { from: string; to: string } | null): string {
  if (!window) return today;
  if (today < window.from) return window.from;
  if (today > window.to) return window.to;
  return today;
}
