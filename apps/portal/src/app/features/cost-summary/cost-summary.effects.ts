import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, EMPTY, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import { CostSummaryApi } from './cost-summary.api';

/** The latest choice wins: a summary still loading for another programme is dropped. */
export const loadSummary = createEffect(
  (actions$ = inject(Actions), api = inject(CostSummaryApi)) =>
    actions$.pipe(
      ofType(CostSummaryPageActions.opened),
      switchMap(({ programmeId }) =>
        api.summary(programmeId).pipe(
          map((summary) => CostSummaryApiActions.summaryLoaded({ programmeId, summary })),
          catchError((error: unknown) =>
            of(
              CostSummaryApiActions.summaryLoadFailed({
                programmeId,
                error: describeApiError(error, 'The cost summary could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The cost by month comes from the ledger, beside the summary; its failure leaves the summary shown. */
export const loadMonths = createEffect(
  (actions$ = inject(Actions), api = inject(CostSummaryApi)) =>
    actions$.pipe(
      ofType(CostSummaryPageActions.opened),
      switchMap(({ programmeId }) =>
        api.months(programmeId).pipe(
          map(({ items }) => CostSummaryApiActions.monthsLoaded({ programmeId, months: items })),
          catchError((error: unknown) =>
            of(
              CostSummaryApiActions.monthsLoadFailed({
                programmeId,
                error: describeApiError(error, 'The cost by month could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The not-proceeded counts are extra: the page works without them, so a failure shows nothing. */
export const loadNotProceeded = createEffect(
  (actions$ = inject(Actions), api = inject(CostSummaryApi)) =>
    actions$.pipe(
      ofType(CostSummaryPageActions.opened),
      switchMap(({ programmeId }) =>
        api.notProceeded(programmeId).pipe(
          map((notProceeded) =>
            CostSummaryApiActions.notProceededLoaded({ programmeId, notProceeded }),
          ),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);
