import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { importErrorAction, importEventAction } from './import-events';
import { ProgrammesApiActions, ProgrammesPageActions } from './programmes.actions';
import { ProgrammesApi } from './programmes.api';
import { programmesFeature } from './programmes.feature';

export const loadPage = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammesApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        ProgrammesPageActions.opened,
        ProgrammesPageActions.pageChanged,
        ProgrammesApiActions.importSucceeded,
      ),
      // The reducer has already stored the page to show.
      withLatestFrom(store.select(programmesFeature.selectProgrammesState)),
      switchMap(([, { page, pageSize }]) =>
        api.list(page, pageSize).pipe(
          map((result) => ProgrammesApiActions.pageLoaded({ page: result })),
          catchError((error: unknown) =>
            of(
              ProgrammesApiActions.pageLoadFailed({
                error: describeApiError(error, 'The list of programmes could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** One import at a time: a second submit while one is on its way is ignored. */
export const importPackage = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammesApi)) =>
    actions$.pipe(
      ofType(ProgrammesPageActions.importSubmitted),
      exhaustMap(({ file }) =>
        api.upload(file).pipe(
          map(importEventAction),
          filter((action) => action !== null),
          catchError((error: unknown) => of(importErrorAction(error))),
        ),
      ),
    ),
  { functional: true },
);
