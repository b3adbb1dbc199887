import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of } from 'rxjs';
import { TimeImportPageActions } from './time-import.actions';
import { TimeImportApi } from './time-import.api';
import { uploadErrorAction, uploadEventAction } from './time-import.events';

/** One upload at a time: a second submit while one is on its way is ignored. */
export const uploadFile = createEffect(
  (actions$ = inject(Actions), api = inject(TimeImportApi)) =>
    actions$.pipe(
      ofType(TimeImportPageActions.fileSubmitted),
      exhaustMap(({ programmeId, file, dryRun }) =>
        api.upload(programmeId, file, dryRun).pipe(
          map(uploadEventAction),
          filter((action) => action !== null),
          catchError((error: unknown) => of(uploadErrorAction(error))),
        ),
      ),
    ),
  { functional: true },
);
