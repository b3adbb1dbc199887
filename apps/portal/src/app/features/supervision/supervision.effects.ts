import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  concatMap,
  exhaustMap,
  filter,
  forkJoin,
  map,
  merge,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { STALE_MESSAGE, describeApiError, isStaleVersion } from '../../core/api/api-error';
import { ukDate } from '../../core/format/uk-date';
import { SupervisionApiActions, SupervisionPageActions } from './supervision.actions';
import { SupervisionApi } from './supervision.api';
import { supervisionFeature } from './supervision.feature';
import { SupervisionInput } from './supervision.models';

const failed = (fallback: string) => (error: unknown) =>
  of(SupervisionApiActions.loadFailed({ error: describeApiError(error, fallback) }));

/**
 * Supervisor view: the form's options first (they name the caller's staff
 * code), then that supervisor's trainees and sessions. Other views: the rows
 * the API lets the caller see.
 */
export const loadProgress = createEffect(
  (actions$ = inject(Actions), api = inject(SupervisionApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        SupervisionPageActions.opened,
        SupervisionApiActions.sessionSaved,
        SupervisionApiActions.deleteRefused,
        SupervisionPageActions.asOfChanged,
      ),
      withLatestFrom(store.select(supervisionFeature.selectSupervisionState)),
      filter(([, state]) => state.programmeId !== null),
      switchMap(([, state]) => {
        const programmeId = state.programmeId!;
        if (state.view !== 'supervisor') {
          return api.progress(programmeId, null, state.asOf).pipe(
            map((details) => SupervisionApiActions.progressLoaded({ details })),
            catchError(failed('Progress could not be loaded.')),
          );
        }
        return api.formOptions(programmeId).pipe(
          switchMap((options) =>
            forkJoin({
              details: api.progress(programmeId, options.supervisorCode, state.asOf),
              page: api.sessions(programmeId, options.supervisorCode),
            }).pipe(
              switchMap(({ details, page }) =>
                of(
                  SupervisionApiActions.optionsLoaded({ options }),
                  SupervisionApiActions.sessionsLoaded({ page }),
                  SupervisionApiActions.progressLoaded({ details }),
                ),
              ),
            ),
          ),
          catchError(failed('Your trainees could not be loaded.')),
        );
      }),
    ),
  { functional: true },
);

const saveError = (error: unknown, id: string | null) =>
  error instanceof HttpErrorResponse && error.status === 409 && id
    ? SupervisionApiActions.saveConflicted({
        id,
        error:
          'Someone else changed this session since you opened it, so your change was not saved.',
      })
    : SupervisionApiActions.saveFailed({
        error: describeApiError(error, 'The session could not be saved.'),
      });

function savedMessage(input: SupervisionInput, verb: string): string {
  const who = input.attendees.map((a) => a.practitionerCode).join(', ');
  return `${verb} ${input.format} supervision on ${ukDate(input.date)} for ${who}.`;
}

export const saveSession = createEffect(
  (actions$ = inject(Actions), api = inject(SupervisionApi), store = inject(Store)) =>
    merge(
      actions$.pipe(ofType(SupervisionPageActions.logSubmitted)),
      actions$.pipe(ofType(SupervisionPageActions.updateSubmitted)),
    ).pipe(
      withLatestFrom(store.select(supervisionFeature.selectProgrammeId)),
      // One save at a time: a double press does not log twice.
      exhaustMap(([action, programmeId]) => {
        if (!programmeId) return EMPTY;
        const id = 'id' in action ? action.id : null;
        const request =
          'id' in action
            ? api.update(programmeId, action.id, action.input, action.version)
            : api.create(programmeId, action.input);
        return request.pipe(
          map(() =>
            SupervisionApiActions.sessionSaved({
              message: savedMessage(action.input, id ? 'Updated' : 'Logged'),
            }),
          ),
          catchError((error: unknown) => of(saveError(error, id))),
        );
      }),
    ),
  { functional: true },
);

export const reloadSession = createEffect(
  (actions$ = inject(Actions), api = inject(SupervisionApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(SupervisionPageActions.reloadRequested),
      withLatestFrom(store.select(supervisionFeature.selectProgrammeId)),
      concatMap(([{ id }, programmeId]) =>
        programmeId
          ? api.session(programmeId, id).pipe(
              map((session) => SupervisionApiActions.sessionReloaded({ session })),
              catchError((error: unknown) =>
                of(
                  SupervisionApiActions.saveFailed({
                    error: describeApiError(error, 'The session could not be reloaded.'),
                  }),
                ),
              ),
            )
          : EMPTY,
      ),
    ),
  { functional: true },
);

export const deleteSession = createEffect(
  (actions$ = inject(Actions), api = inject(SupervisionApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(SupervisionPageActions.deleteConfirmed),
      withLatestFrom(store.select(supervisionFeature.selectProgrammeId)),
      concatMap(([{ session }, programmeId]) =>
        programmeId
          ? api.remove(programmeId, session).pipe(
              map(() =>
                SupervisionApiActions.sessionSaved({
                  message: `Deleted the ${session.format} supervision of ${ukDate(session.date)}.`,
                }),
              ),
              catchError((error: unknown) =>
                of(
                  SupervisionApiActions.deleteRefused({
                    error: isStaleVersion(error)
                      ? `${STALE_MESSAGE} The sessions have been read again.`
                      : describeApiError(error, 'The session could not be deleted.'),
                  }),
                ),
              ),
            )
          : EMPTY,
      ),
    ),
  { functional: true },
);
