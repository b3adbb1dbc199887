import { HttpErrorResponse } from '@angular/common/http';
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
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { FamilyAction } from '../delivery.models';
import { saveFailure } from '../shared/request-state';
import { writeFailure } from '../shared/write-failure';
import { TimeApi } from '../time.api';
import { ukDate } from '../../../core/format/uk-date';
import { FamilyApiActions, FamilyPageActions } from './family.actions';
import { familyFeature } from './family.feature';

/** The family, on opening and after each change (its version moves on). */
export const load = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(DeliveryApi),
    store = inject(Store),
    time = inject(TimeApi),
  ) =>
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
          sessions: time.familySessions(programmeId!, reference!).pipe(
            map((page) => page.items),
            catchError(() => of([])),
          ),
        }).pipe(
          map(({ family, practitioners, sessions }) =>
            FamilyApiActions.loaded({
              family,
              practitioners: practitioners.filter((p) => p.laCode === family.laCode),
              sessions,
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

/** Correcting a session: the family reloads after (its sessions held and fidelity follow). */
export const correctSession = createEffect(
  (actions$ = inject(Actions), time = inject(TimeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(FamilyPageActions.sessionChangeSubmitted, FamilyPageActions.sessionDeleteConfirmed),
      withLatestFrom(store.select(familyFeature.selectProgrammeId)),
      filter(([, programmeId]) => programmeId !== null),
      concatMap(([action, programmeId]) => {
        const deleting = !('changes' in action);
        const request: Observable<unknown> =
          'changes' in action
            ? time.updateSession(programmeId!, action.session, action.changes)
            : time.deleteSession(programmeId!, action.session);
        const when = ukDate(action.session.date);
        return request.pipe(
          map(() =>
            FamilyApiActions.saved({
              message: deleting
                ? `Deleted the session of ${when}.`
                : `Saved the session of ${when}.`,
              warnings: [],
            }),
          ),
          catchError((error: unknown) => {
            const failure = writeFailure(error, 'The session could not be changed.');
            return of(
              failure.stale
                ? FamilyApiActions.conflict({ error: failure.error })
                : FamilyApiActions.saveFailed({ error: failure.error, problems: failure.problems }),
            );
          }),
        );
      }),
    ),
  { functional: true },
);
