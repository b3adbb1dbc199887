import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { EMPTY, catchError, concatMap, map, merge, mergeMap, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { priceFailure } from './price-problems';
import { PricesApiActions, PricesPageActions } from './prices.actions';
import { PricesApi } from './prices.api';
import {
  DryRunResult,
  PriceIndexView,
  PriceList,
  previewOf,
  ResourceView,
  savedMessage,
  UnitCostView,
} from './prices.models';

function loaded(programmeId: string, list: PriceList, items: unknown[]): Action {
  switch (list) {
    case 'unitCosts':
      return PricesApiActions.unitCostsLoaded({ programmeId, items: items as UnitCostView[] });
    case 'priceIndex':
      return PricesApiActions.priceIndexLoaded({ programmeId, items: items as PriceIndexView[] });
    case 'resources':
      return PricesApiActions.resourcesLoaded({ programmeId, items: items as ResourceView[] });
  }
}

/** A page's list, on opening and again after each save that worked (the versions change). */
export const loadList = createEffect(
  (actions$ = inject(Actions), api = inject(PricesApi)) =>
    merge(
      actions$.pipe(ofType(PricesPageActions.opened)),
      actions$.pipe(ofType(PricesApiActions.saveSucceeded)),
    ).pipe(
      mergeMap(({ programmeId, list }) =>
        api.list<unknown>(programmeId, list).pipe(
          map((page) => loaded(programmeId, list, page.items)),
          catchError((error: unknown) =>
            of(
              PricesApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The prices could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The dry run of the form's change; only the latest counts, and closing or saving drops it. */
export const previewChange = createEffect(
  (actions$ = inject(Actions), api = inject(PricesApi)) =>
    merge(
      actions$.pipe(ofType(PricesPageActions.previewRequested)),
      actions$.pipe(
        ofType(PricesPageActions.previewCleared, PricesPageActions.saveRequested),
        map(() => null),
      ),
    ).pipe(
      switchMap((request) =>
        !request
          ? EMPTY
          : api.write(request.programmeId, request.write, true).pipe(
              map((result) =>
                PricesApiActions.previewLoaded({ preview: previewOf(result as DryRunResult) }),
              ),
              catchError((error: unknown) =>
                of(
                  PricesApiActions.previewFailed(
                    priceFailure(error, 'What this change would cost could not be worked out.'),
                  ),
                ),
              ),
            ),
      ),
    ),
  { functional: true },
);

/** Saves one change at a time, in the order asked. */
export const saveChange = createEffect(
  (actions$ = inject(Actions), api = inject(PricesApi)) =>
    actions$.pipe(
      ofType(PricesPageActions.saveRequested),
      concatMap(({ programmeId, write }) =>
        api.write(programmeId, write, false).pipe(
          map(() =>
            PricesApiActions.saveSucceeded({
              programmeId,
              list: write.list,
              message: savedMessage(write),
            }),
          ),
          catchError((error: unknown) =>
            of(PricesApiActions.saveFailed(priceFailure(error, 'The change was not saved.'))),
          ),
        ),
      ),
    ),
  { functional: true },
);
