import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  Observable,
  catchError,
  concatMap,
  filter,
  map,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { ukDate } from '../../../core/format/uk-date';
import { DeliveryApi } from '../delivery.api';
import { TimeApi } from '../time.api';
import { weekRange } from '../shared/week';
import { describeTime, writeFailure } from '../shared/write-failure';
import { MyTimeApiActions, MyTimePageActions } from './my-time.actions';
import { myTimeFeature } from './my-time.feature';

/** Families a practitioner's time may be for: their own, still open. */
const OPEN = new Set(['allocated', 'active']);

export const loadWeek = createEffect(
  (actions$ = inject(Actions), api = inject(TimeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        MyTimePageActions.opened,
        MyTimePageActions.weekChanged,
        MyTimePageActions.reloadRequested,
        MyTimeApiActions.timeSaved,
      ),
      withLatestFrom(store.select(myTimeFeature.selectMyTimeState)),
      map(([, state]) => state),
      filter((state) => state.programmeId !== null),
      switchMap(({ programmeId, staffCode, monday }) => {
        const id = programmeId!;
        // No staff record: nothing of one's own to show (the API would answer with the LA's).
        if (!staffCode)
          return of(MyTimeApiActions.weekLoaded({ programmeId: id, monday, entries: [] }));
        return api.timeEntries(id, { ...weekRange(monday), staffCode }).pipe(
          map((page) =>
            MyTimeApiActions.weekLoaded({ programmeId: id, monday, entries: page.items }),
          ),
          catchError((error: unknown) =>
            of(
              MyTimeApiActions.loadFailed({
                programmeId: id,
                error: describeApiError(error, 'Your time records could not be loaded.'),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

export const loadFamilies = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(MyTimePageActions.opened),
      filter((a) => a.withFamilies),
      switchMap(({ programmeId }) =>
        api.families(programmeId, {}).pipe(
          map((page) =>
            MyTimeApiActions.familiesLoaded({
              programmeId,
              families: page.items.filter((f) => OPEN.has(f.status)),
            }),
          ),
          // Without the list the entry still works, for no family.
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

/** One write at a time, in order; its answer, or why it was refused. */
function write(
  request: Observable<unknown>,
  message: string,
  warningsOf: (answer: unknown) => string[],
  fallback: string,
) {
  return request.pipe(
    map((answer) => MyTimeApiActions.timeSaved({ message, warnings: warningsOf(answer) })),
    catchError((error: unknown) => {
      const failure = writeFailure(error, fallback);
      return of(
        failure.stale
          ? MyTimeApiActions.stale({ error: failure.error })
          : MyTimeApiActions.timeFailed({ error: failure.error, problems: failure.problems }),
      );
    }),
  );
}

const warnings = (answer: unknown): string[] =>
  (answer as { warnings?: string[] } | null)?.warnings ?? [];

export const saveTime = createEffect(
  (actions$ = inject(Actions), api = inject(TimeApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        MyTimePageActions.timeSubmitted,
        MyTimePageActions.changeSubmitted,
        MyTimePageActions.deleteConfirmed,
      ),
      withLatestFrom(store.select(myTimeFeature.selectProgrammeId)),
      concatMap(([action, programmeId]) => {
        if (!programmeId) return EMPTY;
        switch (action.type) {
          case MyTimePageActions.timeSubmitted.type:
            return write(
              api.logTime(programmeId, action.entry),
              `Logged ${describeTime(action.entry, ukDate)}.`,
              warnings,
              'The time could not be logged.',
            );
          case MyTimePageActions.changeSubmitted.type:
            return write(
              api.updateTime(programmeId, action.entry, action.changes),
              `Saved: ${describeTime(action.changes, ukDate)}.`,
              warnings,
              'The change could not be saved.',
            );
          default:
            return write(
              api.deleteTime(programmeId, action.entry),
              `Deleted ${describeTime(action.entry, ukDate)}.`,
              () => [],
              'The entry could not be deleted.',
            );
        }
      }),
    ),
  { functional: true },
);
