import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { saveFailure } from '../shared/request-state';
import { SignOffApiActions, SignOffPageActions } from './sign-off.actions';
import { signOffFeature } from './sign-off.feature';
import { ukMonth } from '../../../core/format/uk-date';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(SignOffPageActions.opened, SignOffApiActions.signedOff, SignOffApiActions.reopened),
      withLatestFrom(store.select(signOffFeature.selectProgrammeId)),
      map(([, programmeId]) => programmeId),
      filter((programmeId): programmeId is string => programmeId !== null),
      switchMap((programmeId) =>
        api.locks(programmeId).pipe(
          map((page) => SignOffApiActions.loaded({ programmeId, locks: page.items })),
          catchError((error: unknown) =>
            of(
              SignOffApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The months signed off could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const signOff = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(SignOffPageActions.signOffSubmitted),
      concatMap(({ programmeId, laCode, month }) =>
        api.signOff(programmeId, laCode, month).pipe(
          map((lock) =>
            SignOffApiActions.signedOff({
              message: `Signed off ${ukMonth(lock.month)} for ${lock.laCode}: its records are now read-only.`,
            }),
          ),
          catchError((error: unknown) =>
            of(
              SignOffApiActions.signOffFailed(
                saveFailure(error, 'The month could not be signed off.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The review of the LA and month asked for, again after a sign-off or a reopening. */
export const review = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        SignOffPageActions.reviewRequested,
        SignOffApiActions.signedOff,
        SignOffApiActions.reopened,
      ),
      withLatestFrom(
        store.select(signOffFeature.selectProgrammeId),
        store.select(signOffFeature.selectReviewFor),
      ),
      map(([, programmeId, reviewFor]) =>
        programmeId && reviewFor ? { programmeId, ...reviewFor } : null,
      ),
      filter(
        (asked): asked is { programmeId: string; laCode: string; month: string } => asked !== null,
      ),
      switchMap(({ programmeId, laCode, month }) =>
        api.review(programmeId, laCode, month).pipe(
          map((view) => SignOffApiActions.reviewLoaded({ review: view })),
          catchError((error: unknown) =>
            of(
              SignOffApiActions.reviewFailed({
                laCode,
                month,
                error: describeApiError(
                  error,
                  `The review of ${ukMonth(month)} could not be loaded.`,
                ),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const reopen = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(SignOffPageActions.reopenSubmitted),
      concatMap(({ programmeId, laCode, month, reason }) =>
        api.reopen(programmeId, laCode, month, reason).pipe(
          map(() =>
            SignOffApiActions.reopened({
              message: `Reopened ${ukMonth(month)} for ${laCode}: its records can be changed again.`,
            }),
          ),
          catchError((error: unknown) =>
            of(
              SignOffApiActions.reopenFailed(
                saveFailure(error, 'The month could not be reopened.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
