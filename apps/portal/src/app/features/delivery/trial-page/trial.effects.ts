import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { TrialApiActions, TrialPageActions } from './trial.actions';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(TrialPageActions.opened),
      switchMap(({ programmeId, asOf }) =>
        forkJoin({
          flow: api.trialFlow(programmeId, asOf),
          due: api.collectionsDue(programmeId, asOf),
        }).pipe(
          map(({ flow, due }) => TrialApiActions.loaded({ programmeId, flow, due })),
          catchError((error: unknown) =>
            of(
              TrialApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, "The trial's flow could not be loaded."),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
