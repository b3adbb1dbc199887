import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody } from '@attune/contract';
import { ukDatesIn, ukMonth } from '../format/uk-date';

/**
 * A sentence a person can act on, from any failed API call. The API's own
 * message is used for 4xx answers (it says what is wrong and where); a lost
 * connection or a server fault gets a generic one.
 */
export function describeApiError(error: unknown, fallback = 'Something went wrong.'): string {
  if (!(error instanceof HttpErrorResponse)) return fallback;
  if (error.status === 0) return 'Attune cannot be reached. Check your connection and try again.';
  if (error.status >= 500) return `${fallback} The server reported a fault; please try again.`;
  // Partial: a proxy in between may answer with a body of its own.
  const body = error.error as Partial<ErrorBody> | null;
  const message = body && typeof body === 'object' ? body.message : undefined;
  if (Array.isArray(message) && message.length > 0) return message.join(' ');
  if (typeof message === 'string' && message.length > 0) return withLock(message, body);
  return fallback;
}

/** A write refused by a signed-off month also says who signed it, when, and who can reopen it. */
function withLock(message: string, body: Partial<ErrorBody> | null): string {
  const lock = body?.code === 'period_locked' ? body.lock : undefined;
  if (!lock) return message;
  return `${ukDatesIn(`${message} ${lock.reason}`)} Ask an ${lock.reopenableBy} to reopen ${ukMonth(lock.month)} for ${lock.laCode}.`;
}

/** 409 `stale_version`: someone changed the record since it was read; reload before trying again. */
export function isStaleVersion(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return false;
  const body = error.error as Partial<ErrorBody> | null;
  return body?.code === 'stale_version';
}

export const STALE_MESSAGE =
  'Someone changed this record since you opened it, so nothing was changed. Reload to see the latest and try again.';
