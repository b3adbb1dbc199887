import { valueLabel } from '@attune/domain';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  Observable,
  catchError,
  concatMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { ukDate } from '../../../core/format/uk-date';
import { writeFailure } from '../shared/write-failure';
import { TimeApi } from '../time.api';
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
              message: `Logged the ${valueLabel(s.type)} session of ${ukDate(s.date)} with ${s.familyReference}.`,
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

/** Correcting one's own session; a stale one reads the list again and says why nothing changed. */
export const correctSession = createEffect(
  (actions$ = inject(Actions), time = inject(TimeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        MyFamiliesPageActions.sessionChangeSubmitted,
        MyFamiliesPageActions.sessionDeleteConfirmed,
      ),
      withLatestFrom(store.select(myFamiliesFeature.selectProgrammeId)),
      filter((pair): pair is [(typeof pair)[0], string] => pair[1] !== null),
      concatMap(([action, programmeId]) => {
        const request: Observable<unknown> =
          'changes' in action
            ? time.updateSession(programmeId, action.session, action.changes)
            : time.deleteSession(programmeId, action.session);
        const what = `the session of ${ukDate(action.session.date)} with ${action.session.familyReference}`;
        return request.pipe(
          map(() =>
            MyFamiliesApiActions.sessionLogged({
              message: 'changes' in action ? `Saved ${what}.` : `Deleted ${what}.`,
            }),
          ),
          catchError((error: unknown) => {
            const failure = writeFailure(error, 'The session could not be changed.');
            const failed = MyFamiliesApiActions.sessionFailed({
              error: failure.error,
              problems: failure.stale ? [] : failure.problems,
            });
            return failure.stale
              ? of(failed, MyFamiliesPageActions.opened({ programmeId }))
              : of(failed);
          }),
        );
      }),
    ),
  { functional: true },
);
