import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from '../api/api-error';

export function signInFailureMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    // The same words whether or not the account exists (the API does the same).
    if (error.status === 401) return 'The email address or password is not right.';
    if (error.status === 429)
      return 'Too many sign-in attempts. Wait a few minutes, then try again.';
  }
  return describeApiError(error, 'Signing in failed.');
}
