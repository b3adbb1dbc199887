import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, forkJoin, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { FamilyAction } from '../delivery.models';
import { saveFailure } from '../shared/request-state';
import { FamilyApiActions, FamilyPageActions } from './family.actions';
import { familyFeature } from './family.feature';

/** The family, on opening and after each change (its version moves on). */
export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(FamilyPageActions.opened, FamilyApiActions.saved),
      withLatestFrom(store.select(familyFeature.selectFamilyState)),
      filter(([, state]) => state.programmeId !== null && state.reference !== null),
      switchMap(([, { programmeId, reference }]) =>
        forkJoin({
          family: api.family(programmeId!, reference!),
          // Only managers may allocate; for anyone else the list is simply empty.
          practitioners: api.capacity(programmeId!).pipe(
            map((page) => page.items),
            catchError(() => of([])),
          ),
        }).pipe(
          map(({ family, practitioners }) =>
            FamilyApiActions.loaded({
              family,
              practitioners: practitioners.filter((p) => p.laCode === family.laCode),
            }),
          ),
          catchError((error: unknown) =>
            of(
              FamilyApiActions.loadFailed({
                reference: reference!,
                error: describeApiError(error, 'This family could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

const DONE: Record<FamilyAction['kind'], string> = {
  randomise: 'Randomised.',
  'record-randomisation': 'Randomisation recorded.',
  allocate: 'Allocated.',
  status: 'Status changed.',
  outcome: 'Six-month outcome recorded.',
  collection: 'Saved.',
};

/** A manager's action on the open family; a 409 is kept apart so the page can offer a reload. */
export const act = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(FamilyPageActions.actionSubmitted),
      withLatestFrom(store.select(familyFeature.selectFamilyState)),
      filter(([, state]) => state.programmeId !== null && state.family !== null),
      concatMap(([{ action }, state]) =>
        api.familyAction(state.programmeId!, state.family!, action).pipe(
          map(({ warnings, trialArm }) =>
            FamilyApiActions.saved({
              // The arm is told once drawn; nothing is ever said about the next draw.
              message: `${state.family!.reference}: ${DONE[action.kind]}${trialArm ? ` Trial arm: ${trialArm}.` : ''}`,
              warnings,
            }),
          ),
          catchError((error: unknown) =>
            of(
              error instanceof HttpErrorResponse && error.status === 409
                ? FamilyApiActions.conflict({
                    error: describeApiError(error, 'Someone else changed this family first.'),
                  })
                : FamilyApiActions.saveFailed(saveFailure(error, 'The change could not be saved.')),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
