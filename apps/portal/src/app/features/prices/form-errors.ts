import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { FieldProblem } from './prices.models';

/** The server's problem at `field`, if it named one. */
export function problemAt(problems: readonly FieldProblem[], field: string): string | null {
  return problems.find((p) => p.field === field)?.problem ?? null;
}

/**
 * What is wrong with a field as the person types (once it was touched or
 * changed), else what the server said about it: one sentence, shown under the
 * field and tied to it with aria-describedby.
 */
export function fieldError(
  control: AbstractControl,
  problems: readonly FieldProblem[],
  field: string,
  say: (errors: ValidationErrors) => string,
): string | null {
  if (control.errors && (control.dirty || control.touched)) return say(control.errors);
  return problemAt(problems, field);
}

/** A validator's text from `{window: sentence}` or the like: the first string found. */
export function sentenceOf(errors: ValidationErrors): string | null {
  const first = Object.values(errors).find((v): v is string => typeof v === 'string');
  return first ?? null;
}
