import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
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
import { ukDate } from '../../../core/format/uk-date';
import { DeliveryApi } from '../delivery.api';
import { TimeApi } from '../time.api';
import { TeamMember, weekRange } from '../shared/week';
import { describeTime, writeFailure } from '../shared/write-failure';
import { TeamTimeApiActions, TeamTimePageActions } from './team-time.actions';
import { teamTimeFeature } from './team-time.feature';

/** The LA's staff and its practitioners; either list missing still leaves the other (and the entries). */
function membersOf(
  api: TimeApi,
  delivery: DeliveryApi,
  programmeId: string,
  laCode: string,
): Observable<TeamMember[]> {
  return forkJoin({
    staff: api.staff(programmeId).pipe(
      map((page) => page.items.filter((s) => s.laCode === laCode)),
      catchError(() => of([])),
    ),
    practitioners: delivery.capacity(programmeId).pipe(
      map((page) => page.items.filter((p) => p.laCode === laCode)),
      catchError(() => of([])),
    ),
  }).pipe(
    map(({ staff, practitioners }) => {
      const members = new Map<string, TeamMember>();
      for (const p of practitioners) members.set(p.code, { code: p.code, name: null });
      for (const s of staff) members.set(s.code, { code: s.code, name: s.displayName });
      return [...members.values()];
    }),
  );
}

export const loadWeek = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(TimeApi),
    delivery = inject(DeliveryApi),
    store = inject(Store),
  ) =>
    actions$.pipe(
      ofType(
        TeamTimePageActions.opened,
        TeamTimePageActions.laChosen,
        TeamTimePageActions.weekChanged,
        TeamTimePageActions.reloadRequested,
        TeamTimeApiActions.timeSaved,
      ),
      withLatestFrom(store.select(teamTimeFeature.selectTeamTimeState)),
      map(([, state]) => state),
      filter((s) => s.programmeId !== null && s.laCode !== null),
      switchMap(({ programmeId, laCode, monday }) =>
        forkJoin({
          entries: api.timeEntries(programmeId!, { ...weekRange(monday), laCode }),
          members: membersOf(api, delivery, programmeId!, laCode!),
        }).pipe(
          map(({ entries, members }) =>
            TeamTimeApiActions.weekLoaded({
              laCode: laCode!,
              monday,
              entries: entries.items,
              members,
            }),
          ),
          catchError((error: unknown) =>
            of(
              TeamTimeApiActions.loadFailed({
                error: describeApiError(error, "The team's time could not be loaded."),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

function write(request: Observable<unknown>, message: string, fallback: string) {
  return request.pipe(
    map((answer) =>
      TeamTimeApiActions.timeSaved({
        message,
        warnings: (answer as { warnings?: string[] } | null)?.warnings ?? [],
      }),
    ),
    catchError((error: unknown) => {
      const failure = writeFailure(error, fallback);
      return of(
        failure.stale
          ? TeamTimeApiActions.stale({ error: failure.error })
          : TeamTimeApiActions.timeFailed({ error: failure.error, problems: failure.problems }),
      );
    }),
  );
}

export const saveTime = createEffect(
  (actions$ = inject(Actions), api = inject(TimeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        TeamTimePageActions.timeSubmitted,
        TeamTimePageActions.changeSubmitted,
        TeamTimePageActions.deleteConfirmed,
      ),
      withLatestFrom(store.select(teamTimeFeature.selectTeamTimeState)),
      concatMap(([action, { programmeId, staffCode }]) => {
        if (!programmeId) return EMPTY;
        switch (action.type) {
          case TeamTimePageActions.timeSubmitted.type:
            if (!staffCode) return EMPTY;
            return write(
              api.logTime(programmeId, { ...action.entry, staffCode }),
              `Logged ${describeTime(action.entry, ukDate)} for ${staffCode}.`,
              'The time could not be logged.',
            );
          case TeamTimePageActions.changeSubmitted.type:
            return write(
              api.updateTime(programmeId, action.entry, action.changes),
              `Saved: ${describeTime(action.changes, ukDate)} for ${action.entry.staffCode}.`,
              'The change could not be saved.',
            );
          default:
            return write(
              api.deleteTime(programmeId, action.entry),
              `Deleted ${describeTime(action.entry, ukDate)} of ${action.entry.staffCode}.`,
              'The entry could not be deleted.',
            );
        }
      }),
    ),
  { functional: true },
);
