import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, tap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../api/api-error';
import {
  ProgrammeApiActions,
  ProgrammeChooserActions,
  ProgrammeRouteActions,
} from './programme.actions';
import { ProgrammeApi } from './programme.api';
import { programmeFeature } from './programme.feature';
import { ProgrammeMemory } from './programme-memory';
import { inProgramme } from './programme-urls';

/** Asks for the list when the reducer says a load is due (one request at a time). */
export const loadList = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(ProgrammeRouteActions.listNeeded),
      withLatestFrom(store.select(programmeFeature.selectStatus)),
      filter(([, status]) => status === 'loading'),
      exhaustMap(() =>
        api.list().pipe(
          map((programmes) => ProgrammeApiActions.listLoaded({ programmes })),
          catchError((error: unknown) =>
            of(
              ProgrammeApiActions.listFailed({
                error: describeApiError(error, 'The list of programmes could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A programme page entered is the one to open next time this user comes without one. */
export const remember = createEffect(
  (actions$ = inject(Actions), memory = inject(ProgrammeMemory)) =>
    actions$.pipe(
      ofType(ProgrammeRouteActions.entered),
      tap(({ email, programmeId }) => memory.remember(email, programmeId)),
    ),
  { functional: true, dispatch: false },
);

/** Choosing opens the page in the chosen programme (the address changes, so it can be shared). */
export const openChosen = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(ProgrammeChooserActions.chosen),
      // The guard of the page entered remembers the choice.
      tap(({ programmeId, next }) => void router.navigateByUrl(inProgramme(programmeId, next))),
    ),
  { functional: true, dispatch: false },
);
