import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { CapacityApiActions, CapacityPageActions } from './capacity.actions';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(CapacityPageActions.opened),
      switchMap(({ programmeId }) =>
        forkJoin({
          rows: api.capacity(programmeId).pipe(map((page) => page.items)),
          notProceeded: api.notProceeded(programmeId),
          intake: api.intake(programmeId),
        }).pipe(
          map((loaded) => CapacityApiActions.loaded({ programmeId, ...loaded })),
          catchError((error: unknown) =>
            of(
              CapacityApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The capacity figures could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
