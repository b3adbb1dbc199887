import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { AuditLogApiActions, AuditLogPageActions } from './audit-log.actions';
import { AuditLogApi } from './audit-log.api';

/** The latest query wins: a page still loading for older filters is dropped. */
export const loadPage = createEffect(
  (actions$ = inject(Actions), api = inject(AuditLogApi)) =>
    actions$.pipe(
      ofType(AuditLogPageActions.queryChanged),
      switchMap(({ query }) =>
        api.list(query).pipe(
          map((page) => AuditLogApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(
              AuditLogApiActions.pageLoadFailed({
                error: describeApiError(error, 'The audit log could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
