import { effect, type Signal, untracked } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';

/**
 * The two effects every record form of these pages has: load the record being edited into the
 * form with its code fixed (a code names the record and is never changed), or free the code for
 * a new one; and clear the form after each save. Call it from the form's constructor.
 */
export function bindRecordForm<
  R,
  F extends { [K in keyof F]: AbstractControl } & { code: AbstractControl },
>(
  form: FormGroup<F>,
  editing: Signal<R | null>,
  saved: Signal<number>,
  valuesOf: (record: R) => FormGroup<F>['value'],
): void {
  effect(() => {
    const record = editing();
    untracked(() => {
      if (record) {
        form.reset(valuesOf(record));
        form.controls.code.disable();
      } else {
        form.controls.code.enable();
      }
    });
  });
  effect(() => {
    if (saved() > 0) untracked(() => form.reset());
  });
}
