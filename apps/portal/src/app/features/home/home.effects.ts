import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { ProgrammeApi } from '../../core/programme/programme.api';
import { ProgrammeMemory } from '../../core/programme/programme-memory';
import { HomeApiActions, HomePageActions } from './home.actions';
import { HomeApi } from './home.api';

/**
 * The due counts of the programme the user chose last, or (no choice yet, or
 * it is gone) of every programme they see: never a guess at one of several.
 */
export const loadDue = createEffect(
  (
    actions$ = inject(Actions),
    programmes = inject(ProgrammeApi),
    api = inject(HomeApi),
    memory = inject(ProgrammeMemory),
  ) =>
    actions$.pipe(
      ofType(HomePageActions.opened),
      switchMap(({ email }) =>
        programmes.list().pipe(
          switchMap((all) => {
            const chosen = all.filter((p) => p.id === memory.recall(email));
            const shown = chosen.length > 0 ? chosen : all;
            if (shown.length === 0) return of([]);
            return forkJoin(
              shown.map((p) =>
                api
                  .dueSummary(p.id)
                  .pipe(map((due) => ({ ...due, programmeId: p.id, programmeName: p.name }))),
              ),
            );
          }),
          map((counts) => HomeApiActions.dueLoaded({ counts })),
          catchError((error: unknown) =>
            of(
              HomeApiActions.dueFailed({
                error: describeApiError(error, 'What is due could not be counted.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
