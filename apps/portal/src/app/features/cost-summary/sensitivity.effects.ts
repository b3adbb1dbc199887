import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { CostSummaryApi } from './cost-summary.api';
import { SensitivityApiActions, SensitivityPageActions } from './sensitivity.actions';

/** The latest choice wins: an analysis still loading for another programme is dropped. */
export const loadSensitivity = createEffect(
  (actions$ = inject(Actions), api = inject(CostSummaryApi)) =>
    actions$.pipe(
      ofType(SensitivityPageActions.opened),
      switchMap(({ programmeId }) =>
        api.sensitivity(programmeId).pipe(
          map((sensitivity) => SensitivityApiActions.loaded({ programmeId, sensitivity })),
          catchError((error: unknown) =>
            of(
              SensitivityApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The sensitivity analysis could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
