import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, merge, of, tap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../api/api-error';
import { authFeature } from '../auth/auth.feature';
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

/**
 * The programme to open next time this user comes without one: a programme
 * page entered (its guard says so), or one chosen for no page in particular
 * (from the home page), which no programme page's guard ever sees.
 */
export const remember = createEffect(
  (actions$ = inject(Actions), memory = inject(ProgrammeMemory), store = inject(Store)) =>
    merge(
      actions$.pipe(ofType(ProgrammeRouteActions.entered)),
      actions$.pipe(
        ofType(ProgrammeChooserActions.chosen),
        filter(({ next }) => next === ''),
        withLatestFrom(store.select(authFeature.selectUser)),
        filter(([, user]) => user !== null),
        map(([{ programmeId }, user]) => ({ programmeId, email: user!.email })),
      ),
    ).pipe(tap(({ email, programmeId }) => memory.remember(email, programmeId))),
  { functional: true, dispatch: false },
);

/** Choosing opens the page in the chosen programme (the address changes, so it can be shared). */
export const openChosen = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(ProgrammeChooserActions.chosen),
      // The guard of the page entered remembers the choice; with no page asked for, back home.
      tap(
        ({ programmeId, next }) =>
          void router.navigateByUrl(next ? inProgramme(programmeId, next) : '/home'),
      ),
    ),
  { functional: true, dispatch: false },
);
