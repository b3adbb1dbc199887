import { HttpErrorResponse, HttpEvent, HttpEventType } from '@angular/common/http';
import type { ImportProblem, TimeImportResult } from '@attune/contract';
import { Action } from '@ngrx/store';
import { describeApiError } from '../../core/api/api-error';
import { TimeImportApiActions } from './time-import.actions';

/** What an upload event means for the page; null for events it does not show. */
export function uploadEventAction(event: HttpEvent<TimeImportResult>): Action | null {
  switch (event.type) {
    case HttpEventType.UploadProgress:
      if (event.total === undefined || event.total === 0)
        return TimeImportApiActions.uploadProgressed({ percent: null });
      if (event.loaded >= event.total) return TimeImportApiActions.uploadFinished();
      return TimeImportApiActions.uploadProgressed({
        percent: Math.floor((event.loaded / event.total) * 100),
      });
    case HttpEventType.Response:
      return event.body
        ? TimeImportApiActions.answered({ result: event.body })
        : TimeImportApiActions.failed({ error: 'The server gave no answer.' });
    default:
      return null;
  }
}

function isProblem(value: unknown): value is ImportProblem {
  const p = value as Partial<ImportProblem> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.line === 'number' &&
    typeof p.column === 'string' &&
    typeof p.problem === 'string'
  );
}

/** A 400 with located problems is a refusal, a 409 duplicate_import a duplicate; anything else a failure. */
export function uploadErrorAction(error: unknown): Action {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as {
      code?: unknown;
      message?: unknown;
      errors?: unknown;
      total?: unknown;
    } | null;
    if (error.status === 409 && body?.code === 'duplicate_import')
      return TimeImportApiActions.duplicate({
        message: typeof body.message === 'string' ? body.message : 'This file was imported before.',
      });
    const errors = Array.isArray(body?.errors) ? body.errors.filter(isProblem) : [];
    if (error.status === 400 && errors.length > 0) {
      const total =
        typeof body?.total === 'number' ? Math.max(body.total, errors.length) : errors.length;
      const message = typeof body?.message === 'string' ? body.message : '';
      return TimeImportApiActions.refused({ refusal: { message, errors, total } });
    }
  }
  return TimeImportApiActions.failed({
    error: describeApiError(error, 'The file could not be imported.'),
  });
}
