import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { HealthApiActions, HealthPageActions } from './health.actions';
import { HealthApi } from './health.api';

export const loadHealth = createEffect(
  (actions$ = inject(Actions), api = inject(HealthApi)) =>
    actions$.pipe(
      ofType(HealthPageActions.opened, HealthPageActions.refreshClicked),
      switchMap(() =>
        api.check().pipe(
          map((report) =>
            HealthApiActions.reportLoaded({ report, checkedAt: new Date().toISOString() }),
          ),
          catchError((error: unknown) =>
            of(
              HealthApiActions.reportFailed({
                error: describeApiError(error, 'The health check failed.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
