import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { LedgerApiActions, LedgerPageActions } from './ledger.actions';
import { LedgerApi } from './ledger.api';
import { fieldProblems } from './ledger-query';

/** The latest query wins: a page still loading for an older filter is dropped. */
export const loadPage = createEffect(
  (actions$ = inject(Actions), api = inject(LedgerApi)) =>
    actions$.pipe(
      ofType(LedgerPageActions.queryChanged),
      switchMap(({ programmeId, query }) =>
        api.page(programmeId, query).pipe(
          map((page) => LedgerApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(
              LedgerApiActions.pageLoadFailed({
                error: describeApiError(error, 'The ledger could not be loaded.'),
                fields: fieldProblems(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
