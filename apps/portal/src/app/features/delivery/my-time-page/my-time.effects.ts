import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { saveFailure } from '../shared/request-state';
import { MyTimeApiActions, MyTimePageActions } from './my-time.actions';
import { myTimeFeature } from './my-time.feature';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(MyTimePageActions.opened, MyTimeApiActions.timeLogged),
      withLatestFrom(store.select(myTimeFeature.selectProgrammeId)),
      map(([, programmeId]) => programmeId),
      filter((programmeId): programmeId is string => programmeId !== null),
      switchMap((programmeId) =>
        api.timeEntries(programmeId).pipe(
          map((page) =>
            MyTimeApiActions.loaded({
              programmeId,
              entries: page.items,
              totalMinutes: page.totalMinutes,
            }),
          ),
          catchError((error: unknown) =>
            of(
              MyTimeApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'Your time records could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const logTime = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(MyTimePageActions.timeSubmitted),
      concatMap(({ programmeId, entry }) =>
        api.logTime(programmeId, entry).pipe(
          map((e) =>
            MyTimeApiActions.timeLogged({
              message: `Logged ${e.minutes} minutes of ${e.activity.replace(/_/g, ' ')} on ${e.date}.`,
            }),
          ),
          catchError((error: unknown) =>
            of(MyTimeApiActions.timeFailed(saveFailure(error, 'The time could not be logged.'))),
          ),
        ),
      ),
    ),
  { functional: true },
);
