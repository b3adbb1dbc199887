import { HttpErrorResponse, HttpEvent, HttpEventType } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { describeApiError } from '../../core/api/api-error';
import { ProgrammesApiActions } from './programmes.actions';
import { ImportRefusal, ImportSuccess, PackageProblem } from './programmes.models';

/** What an upload event means for the page; null for events it does not show. */
export function importEventAction(event: HttpEvent<ImportSuccess>): Action | null {
  switch (event.type) {
    case HttpEventType.UploadProgress: {
      if (event.total === undefined || event.total === 0)
        return ProgrammesApiActions.uploadProgressed({ percent: null });
      if (event.loaded >= event.total) return ProgrammesApiActions.uploadFinished();
      return ProgrammesApiActions.uploadProgressed({
        percent: Math.floor((event.loaded / event.total) * 100),
      });
    }
    case HttpEventType.Response:
      return event.body
        ? ProgrammesApiActions.importSucceeded({ result: event.body })
        : ProgrammesApiActions.importFailed({ error: 'The server gave no answer to the import.' });
    default:
      return null;
  }
}

function isProblem(value: unknown): value is PackageProblem {
  const p = value as Partial<PackageProblem> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.file === 'string' &&
    typeof p.line === 'number' &&
    typeof p.column === 'string' &&
    typeof p.problem === 'string'
  );
}

/** A 422 with its list of problems is a refusal; anything else is a failure to import. */
export function importErrorAction(error: unknown): Action {
  if (error instanceof HttpErrorResponse && error.status === 422) {
    const body = error.error as Partial<ImportRefusal> | null;
    const errors = Array.isArray(body?.errors) ? body.errors.filter(isProblem) : [];
    if (errors.length > 0) {
      const total =
        typeof body?.total === 'number' ? Math.max(body.total, errors.length) : errors.length;
      const message = typeof body?.message === 'string' ? body.message : '';
      return ProgrammesApiActions.importRefused({ refusal: { message, errors, total } });
    }
  }
  return ProgrammesApiActions.importFailed({
    error: describeApiError(error, 'The package could not be imported.'),
  });
}
