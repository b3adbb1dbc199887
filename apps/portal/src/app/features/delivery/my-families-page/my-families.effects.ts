import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, forkJoin, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { saveFailure } from '../shared/request-state';
import { MyFamiliesApiActions, MyFamiliesPageActions } from './my-families.actions';
import { myFamiliesFeature } from './my-families.feature';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(MyFamiliesPageActions.opened, MyFamiliesApiActions.sessionLogged),
      withLatestFrom(store.select(myFamiliesFeature.selectProgrammeId)),
      map(([, programmeId]) => programmeId),
      filter((programmeId): programmeId is string => programmeId !== null),
      switchMap((programmeId) =>
        forkJoin({
          families: api.families(programmeId, {}).pipe(map((page) => page.items)),
          sessions: api.sessions(programmeId).pipe(map((page) => page.items)),
        }).pipe(
          map((loaded) => MyFamiliesApiActions.loaded({ programmeId, ...loaded })),
          catchError((error: unknown) =>
            of(
              MyFamiliesApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'Your families could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const logSession = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(MyFamiliesPageActions.sessionSubmitted),
      concatMap(({ programmeId, session }) =>
        api.logSession(programmeId, session).pipe(
          map((s) =>
            MyFamiliesApiActions.sessionLogged({
              message: `Logged the ${s.type.replace(/_/g, ' ')} session of ${s.date} with ${s.familyReference}.`,
            }),
          ),
          catchError((error: unknown) =>
            of(
              MyFamiliesApiActions.sessionFailed(
                saveFailure(error, 'The session could not be logged.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
