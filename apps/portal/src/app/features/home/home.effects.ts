import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { ProgrammeApi } from '../../core/programme/programme.api';
import { ProgrammeMemory } from '../../core/programme/programme-memory';
import { HomeApiActions, HomePageActions } from './home.actions';
import { HomeApi } from './home.api';
import { RoleFigures } from './home.models';

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

/** Today in UTC, as the API dates things. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The figures of the role's first question, for the programme the user chose
 * last (or the only one they see); with several and none chosen, the page asks.
 * An admin's are every programme's status, so they need no choice.
 */
export const loadFigures = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(HomeApi),
    memory = inject(ProgrammeMemory),
    today: () => string = todayUtc,
  ) =>
    actions$.pipe(
      ofType(HomePageActions.figuresOpened),
      switchMap(({ email, role, staffCode }) =>
        api.programmes().pipe(
          switchMap((all): Observable<Action> => {
            if (role === 'admin')
              return of(
                HomeApiActions.figuresLoaded({
                  figures: { role, programmes: all, today: today() },
                }),
              );
            const remembered = all.find((p) => p.id === memory.recall(email));
            const programme = remembered ?? (all.length === 1 ? all[0] : undefined);
            if (!programme) return of(HomeApiActions.noProgrammeChosen());
            const id = programme.id;
            const figures: Observable<RoleFigures> =
              role === 'la_manager'
                ? api.capacity(id).pipe(map((capacity) => ({ role, programme, capacity })))
                : role === 'supervisor'
                  ? api
                      .progress(id, staffCode)
                      .pipe(map((progress) => ({ role, programme, progress })))
                  : role === 'practitioner'
                    ? forkJoin([api.families(id), api.progress(id, null)]).pipe(
                        map(([families, progress]) => ({
                          role,
                          programme,
                          families,
                          progress: progress.items[0] ?? null,
                        })),
                      )
                    : api
                        .costs(id)
                        .pipe(map((costs) => ({ role: 'economist' as const, programme, costs })));
            return figures.pipe(map((f) => HomeApiActions.figuresLoaded({ figures: f })));
          }),
          catchError((error: unknown) =>
            of(
              HomeApiActions.figuresFailed({
                error: describeApiError(error, 'The figures could not be read.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
