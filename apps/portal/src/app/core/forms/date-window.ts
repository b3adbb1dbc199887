import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { deliveryWindowProblem, type DeliveryWindow } from '@attune/domain';

/**
 * A date control's check against a window of dates (the programme's delivery
 * window, or a resource's): `{window: sentence}` naming the field and the
 * window, as the API words it. The window is read on each check, so a form
 * re-checks a typed date when its window arrives (updateValueAndValidity).
 */
export function inWindow(field: string, window: () => DeliveryWindow | null): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const current = window();
    const date = control.value as string | null;
    if (!current || !date) return null;
    const problem = deliveryWindowProblem(field, date, current);
    return problem ? { window: problem } : null;
  };
}
