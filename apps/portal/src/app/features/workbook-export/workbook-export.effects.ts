import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  takeUntil,
  takeWhile,
  timer,
  withLatestFrom,
} from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { WorkbookExportApiActions, WorkbookExportPageActions } from './workbook-export.actions';
import { WORKBOOK_POLL_MS, WorkbookExportApi } from './workbook-export.api';
import { workbookExportFeature } from './workbook-export.feature';
import { isFinished } from './workbook-export.models';

export const startExport = createEffect(
  (actions$ = inject(Actions), api = inject(WorkbookExportApi)) =>
    actions$.pipe(
      ofType(WorkbookExportPageActions.exportRequested),
      exhaustMap(({ programmeId }) =>
        api.start(programmeId).pipe(
          map(({ jobId }) => WorkbookExportApiActions.jobStarted({ jobId })),
          catchError((error: unknown) =>
            of(
              WorkbookExportApiActions.jobStartFailed({
                error: describeApiError(error, 'The export could not be started.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Asks for the job's progress every WORKBOOK_POLL_MS until it has succeeded
 * or failed, or the page is left; coming back to the page resumes it.
 */
export const pollJob = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(WorkbookExportApi),
    store = inject(Store),
    pollMs = inject(WORKBOOK_POLL_MS),
  ) =>
    actions$.pipe(
      ofType(WorkbookExportApiActions.jobStarted, WorkbookExportPageActions.opened),
      withLatestFrom(store.select(workbookExportFeature.selectWorkbookExportState)),
      filter(([, s]) => s.jobId !== null && (s.status === 'queued' || s.status === 'running')),
      switchMap(([, { jobId }]) =>
        timer(0, pollMs).pipe(
          exhaustMap(() =>
            api.job(jobId!).pipe(
              map((job) => WorkbookExportApiActions.jobPolled({ job })),
              catchError((error: unknown) =>
                of(
                  WorkbookExportApiActions.jobPollFailed({
                    error: describeApiError(error, 'The progress of the export could not be read.'),
                  }),
                ),
              ),
            ),
          ),
          takeWhile(
            (action) =>
              action.type === WorkbookExportApiActions.jobPolled.type &&
              !isFinished(action.job.status),
            true,
          ),
          takeUntil(
            actions$.pipe(
              ofType(WorkbookExportPageActions.left, WorkbookExportPageActions.exportRequested),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
