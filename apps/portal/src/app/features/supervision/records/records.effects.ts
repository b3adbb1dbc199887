import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import {
  EMPTY,
  Observable,
  catchError,
  concatMap,
  exhaustMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { STALE_MESSAGE, describeApiError, isStaleVersion } from '../../../core/api/api-error';
import { SupervisionApi } from '../supervision.api';
import { Page } from '../supervision.models';
import { RecordsApiActions, RecordsPageActions } from './records.actions';
import { RecordsApi } from './records.api';
import { recordsFeature } from './records.feature';
import { Milestone, RecordKind, TrainingEvent, labelOf } from './records.models';
import { ukDate } from '../../../core/format/uk-date';

const failed = (fallback: string) => (error: unknown) =>
  of(RecordsApiActions.loadFailed({ error: describeApiError(error, fallback) }));

/** The trainees (for the forms) and the records of the open page; again after each save. */
export const loadRecords = createEffect(
  (
    actions$ = inject(Actions),
    records = inject(RecordsApi),
    supervision = inject(SupervisionApi),
    store = inject(Store),
  ) =>
    actions$.pipe(
      ofType(
        RecordsPageActions.opened,
        RecordsApiActions.saved,
        RecordsApiActions.deleteRefused,
        RecordsPageActions.traineeChosen,
      ),
      withLatestFrom(store.select(recordsFeature.selectSupervisionRecordsState)),
      filter(([, state]) => state.programmeId !== null),
      switchMap(([, state]) => {
        const id = state.programmeId!;
        const list: Observable<Action> =
          state.kind === 'milestones'
            ? records
                .list<Milestone>(
                  id,
                  'milestones',
                  state.trainee ? { practitionerCode: state.trainee } : {},
                )
                .pipe(map((page: Page<Milestone>) => RecordsApiActions.milestonesLoaded({ page })))
            : records
                .list<TrainingEvent>(id, 'training-events')
                .pipe(
                  map((page: Page<TrainingEvent>) => RecordsApiActions.trainingLoaded({ page })),
                );
        return forkJoin({ options: supervision.formOptions(id), loaded: list }).pipe(
          switchMap(({ options, loaded }) =>
            of(RecordsApiActions.optionsLoaded({ options }), loaded),
          ),
          catchError(failed('The records could not be loaded.')),
        );
      }),
    ),
  { functional: true },
);

const WHAT: Record<RecordKind, string> = {
  milestones: 'milestone',
  'training-events': 'training event',
};

const saveError = (error: unknown, kind: RecordKind, id: string | null) =>
  error instanceof HttpErrorResponse && error.status === 409 && id
    ? RecordsApiActions.saveConflicted({
        id,
        error: `Someone else changed this ${WHAT[kind]} since you opened it, so your change was not saved.`,
      })
    : RecordsApiActions.saveFailed({
        error: describeApiError(error, `The ${WHAT[kind]} could not be saved.`),
      });

export const saveRecord = createEffect(
  (actions$ = inject(Actions), api = inject(RecordsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        RecordsPageActions.milestoneSubmitted,
        RecordsPageActions.milestoneUpdateSubmitted,
        RecordsPageActions.trainingSubmitted,
        RecordsPageActions.trainingUpdateSubmitted,
      ),
      withLatestFrom(store.select(recordsFeature.selectProgrammeId)),
      // One save at a time: a double press does not record twice.
      exhaustMap(([action, programmeId]) => {
        if (!programmeId) return EMPTY;
        const kind: RecordKind =
          'practitionerCode' in action.input ? 'milestones' : 'training-events';
        const id = 'id' in action ? action.id : null;
        const request =
          'id' in action
            ? api.update(programmeId, kind, action.id, action.input, action.version)
            : api.create(programmeId, kind, action.input);
        return request.pipe(
          map(() => RecordsApiActions.saved({ message: savedMessage(action.input, id !== null) })),
          catchError((error: unknown) => of(saveError(error, kind, id))),
        );
      }),
    ),
  { functional: true },
);

function savedMessage(
  input: { date: string; type: string; practitionerCode?: string },
  updated: boolean,
): string {
  const verb = updated ? 'Updated' : 'Recorded';
  const whom = input.practitionerCode ? ` for ${input.practitionerCode}` : '';
  return `${verb} ${labelOf(input.type).toLowerCase()} on ${ukDate(input.date)}${whom}.`;
}

export const reloadRecord = createEffect(
  (actions$ = inject(Actions), api = inject(RecordsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(RecordsPageActions.reloadRequested),
      withLatestFrom(store.select(recordsFeature.selectSupervisionRecordsState)),
      concatMap(([{ id }, state]) => {
        const programmeId = state.programmeId;
        if (!programmeId) return EMPTY;
        const reloaded: Observable<Action> =
          state.kind === 'milestones'
            ? api
                .get<Milestone>(programmeId, 'milestones', id)
                .pipe(map((milestone) => RecordsApiActions.milestoneReloaded({ milestone })))
            : api
                .get<TrainingEvent>(programmeId, 'training-events', id)
                .pipe(map((event) => RecordsApiActions.trainingReloaded({ event })));
        return reloaded.pipe(
          catchError((error: unknown) =>
            of(
              RecordsApiActions.saveFailed({
                error: describeApiError(error, `The ${WHAT[state.kind]} could not be reloaded.`),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

export const deleteRecord = createEffect(
  (actions$ = inject(Actions), api = inject(RecordsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(RecordsPageActions.deleteConfirmed),
      withLatestFrom(store.select(recordsFeature.selectProgrammeId)),
      concatMap(([{ kind, id, version, what }, programmeId]) =>
        programmeId
          ? api.remove(programmeId, kind, id, version).pipe(
              map(() => RecordsApiActions.saved({ message: `Deleted ${what}.` })),
              catchError((error: unknown) =>
                of(
                  RecordsApiActions.deleteRefused({
                    error: isStaleVersion(error)
                      ? `${STALE_MESSAGE} The list has been read again.`
                      : describeApiError(error, `The ${WHAT[kind]} could not be deleted.`),
                  }),
                ),
              ),
            )
          : EMPTY,
      ),
    ),
  { functional: true },
);
