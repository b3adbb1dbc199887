import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

// Angular's Validators are static methods; wrapping them keeps the type-aware
// lint rule against unbound methods meaningful everywhere else.
export const isRequired: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  Validators.required(control);

export const isEmail: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  Validators.email(control);
