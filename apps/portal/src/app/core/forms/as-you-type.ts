import type { AbstractControl } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';

/** Material's fields show their error once changed, not only after leaving them: validation as you type. */
export const AS_YOU_TYPE: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null) =>
    !!control && control.invalid && (control.dirty || control.touched),
};
