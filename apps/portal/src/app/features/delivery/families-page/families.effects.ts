import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { saveFailure } from '../shared/request-state';
import { FamiliesApiActions, FamiliesPageActions } from './families.actions';
import { familiesFeature } from './families.feature';

/** The list as filtered, on opening and again after a referral. */
export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(FamiliesPageActions.opened, FamiliesApiActions.referred),
      withLatestFrom(store.select(familiesFeature.selectFamiliesState)),
      filter(([, state]) => state.programmeId !== null),
      switchMap(([, { programmeId, filter: chosen }]) =>
        api.families(programmeId!, chosen).pipe(
          map((page) =>
            FamiliesApiActions.loaded({
              programmeId: programmeId!,
              families: page.items,
              total: page.total,
            }),
          ),
          catchError((error: unknown) =>
            of(
              FamiliesApiActions.loadFailed({
                programmeId: programmeId!,
                error: describeApiError(error, 'The families could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A referral goes to the programme of the page it was made on (carried by the action). */
export const refer = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(FamiliesPageActions.referralSubmitted),
      concatMap(({ programmeId, referral }) =>
        api.refer(programmeId, referral).pipe(
          map(({ family, warnings }) =>
            FamiliesApiActions.referred({
              message: `Referred: the family's reference is ${family.reference}.`,
              warnings,
            }),
          ),
          catchError((error: unknown) =>
            of(
              FamiliesApiActions.referralFailed(
                saveFailure(error, 'The referral could not be saved.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A refused referral is counted by its reason only: the form clears and nothing about the family stays. */
export const recordIneligible = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(FamiliesPageActions.ineligibleSubmitted),
      concatMap(({ programmeId, referral }) =>
        api.recordIneligible(programmeId, referral).pipe(
          map(({ problem }) =>
            FamiliesApiActions.ineligibleRecorded({
              message: `Recorded as ineligible (${problem}). It counts in the trial's flow; nothing about the family is kept.`,
            }),
          ),
          catchError((error: unknown) =>
            of(
              FamiliesApiActions.referralFailed(
                saveFailure(error, 'The ineligible referral could not be recorded.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
