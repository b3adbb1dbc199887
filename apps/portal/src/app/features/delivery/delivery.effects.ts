import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { ErrorBody } from '@attune/contract';
import {
  EMPTY,
  Observable,
  catchError,
  concat,
  concatMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { DeliveryApiActions, DeliveryPageActions } from './delivery.actions';
import { DeliveryApi } from './delivery.api';
import { deliveryFeature } from './delivery.feature';
import { DeliveryView, FamilyAction, FieldProblem } from './delivery.models';

type Action = ReturnType<(typeof DeliveryApiActions)[keyof typeof DeliveryApiActions]>;

function load(api: DeliveryApi, programmeId: string, view: DeliveryView): Observable<Action> {
  switch (view.kind) {
    case 'capacity':
      return forkJoin({
        rows: api.capacity(programmeId).pipe(map((page) => page.items)),
        notProceeded: api.notProceeded(programmeId),
        intake: api.intake(programmeId),
      }).pipe(map((loaded) => DeliveryApiActions.capacityLoaded(loaded)));
    case 'practitioner':
      return forkJoin({
        row: api.capacity(programmeId, view.code).pipe(map((page) => page.items[0] ?? null)),
        families: api
          .families(programmeId, { practitionerCode: view.code })
          .pipe(map((page) => page.items)),
      }).pipe(map((loaded) => DeliveryApiActions.practitionerLoaded(loaded)));
    case 'families':
      return api
        .families(programmeId, { status: view.status, overdue: view.overdue })
        .pipe(
          map((page) =>
            DeliveryApiActions.familiesLoaded({ families: page.items, total: page.total }),
          ),
        );
    case 'my-families':
      return forkJoin({
        families: api.families(programmeId, {}),
        sessions: api.sessions(programmeId),
      }).pipe(
        concatMap(({ families, sessions }) => [
          DeliveryApiActions.sessionsLoaded({ sessions: sessions.items }),
          DeliveryApiActions.familiesLoaded({ families: families.items, total: families.total }),
        ]),
      );
    case 'my-time':
      return api
        .timeEntries(programmeId)
        .pipe(
          map((page) =>
            DeliveryApiActions.timeLoaded({ entries: page.items, totalMinutes: page.totalMinutes }),
          ),
        );
    case 'family':
      return forkJoin({
        family: api.family(programmeId, view.reference),
        // Only managers may allocate; for anyone else the list is simply empty.
        practitioners: api.capacity(programmeId).pipe(
          map((page) => page.items),
          catchError(() => of([])),
        ),
      }).pipe(
        map(({ family, practitioners }) =>
          DeliveryApiActions.familyLoaded({
            family,
            practitioners: practitioners.filter((p) => p.laCode === family.laCode),
          }),
        ),
      );
    case 'sign-off':
      return api
        .locks(programmeId)
        .pipe(map((page) => DeliveryApiActions.locksLoaded({ locks: page.items })));
  }
}

/** Opening a page (or choosing a programme) loads the page's data, and the programmes first if needed. */
export const loadView = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        DeliveryPageActions.opened,
        DeliveryPageActions.programmeChosen,
        DeliveryApiActions.saved,
      ),
      withLatestFrom(store.select(deliveryFeature.selectDeliveryState)),
      filter(([, state]) => state.view !== null),
      switchMap(([, state]) => {
        const view = state.view!;
        const loaded$: Observable<Action> = state.programmeId
          ? load(api, state.programmeId, view)
          : api.programmes().pipe(
              concatMap((page) => {
                const first = page.items[0]?.id;
                return concat(
                  of(DeliveryApiActions.programmesLoaded({ programmes: page.items })),
                  first ? load(api, first, view) : EMPTY,
                );
              }),
            );
        return loaded$.pipe(
          catchError((error: unknown) =>
            of(
              DeliveryApiActions.loadFailed({
                error: describeApiError(error, 'This page could not be loaded.'),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

function problemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return [];
  const body = error.error as Partial<ErrorBody> | null;
  return Array.isArray(body?.errors) ? body.errors : [];
}

const failed = (fallback: string) => (error: unknown) =>
  of(
    DeliveryApiActions.saveFailed({
      error: describeApiError(error, fallback),
      problems: problemsOf(error),
    }),
  );

export const save = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        DeliveryPageActions.referralSubmitted,
        DeliveryPageActions.sessionSubmitted,
        DeliveryPageActions.timeSubmitted,
        DeliveryPageActions.signOffSubmitted,
      ),
      withLatestFrom(store.select(deliveryFeature.selectProgrammeId)),
      filter(([, programmeId]) => programmeId !== null),
      concatMap(([action, programmeId]) => {
        const id = programmeId!;
        switch (action.type) {
          case DeliveryPageActions.referralSubmitted.type:
            return api.refer(id, action.referral).pipe(
              map(({ family, warnings }) =>
                DeliveryApiActions.saved({
                  message: `Referred: the family's reference is ${family.reference}.`,
                  warnings,
                }),
              ),
              catchError(failed('The referral could not be saved.')),
            );
          case DeliveryPageActions.sessionSubmitted.type:
            return api.logSession(id, action.session).pipe(
              map((s) =>
                DeliveryApiActions.saved({
                  message: `Logged the ${s.type.replace(/_/g, ' ')} session of ${s.date} with ${s.familyReference}.`,
                  warnings: [],
                }),
              ),
              catchError(failed('The session could not be logged.')),
            );
          case DeliveryPageActions.timeSubmitted.type:
            return api.logTime(id, action.entry).pipe(
              map((e) =>
                DeliveryApiActions.saved({
                  message: `Logged ${e.minutes} minutes of ${e.activity.replace(/_/g, ' ')} on ${e.date}.`,
                  warnings: [],
                }),
              ),
              catchError(failed('The time could not be logged.')),
            );
          default:
            return api.signOff(id, action.laCode, action.month).pipe(
              map((lock) =>
                DeliveryApiActions.saved({
                  message: `Signed off ${lock.month} for ${lock.laCode}: its records are now read-only.`,
                  warnings: [],
                }),
              ),
              catchError(failed('The month could not be signed off.')),
            );
        }
      }),
    ),
  { functional: true },
);

const DONE: Record<FamilyAction['kind'], string> = {
  randomise: 'Randomised.',
  'record-randomisation': 'Randomisation recorded.',
  allocate: 'Allocated.',
  status: 'Status changed.',
  outcome: 'Six-month outcome recorded.',
};

/** A manager's action on the open family; a 409 is kept apart so the page can offer a reload. */
export const familyAction = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(DeliveryPageActions.familyActionSubmitted),
      withLatestFrom(store.select(deliveryFeature.selectDeliveryState)),
      filter(([, state]) => state.programmeId !== null && state.family !== null),
      concatMap(([{ action }, state]) =>
        api.familyAction(state.programmeId!, state.family!, action).pipe(
          map(({ warnings, trialArm }) =>
            DeliveryApiActions.saved({
              // The arm is told once drawn; nothing is ever said about the next draw.
              message: `${state.family!.reference}: ${DONE[action.kind]}${trialArm ? ` Trial arm: ${trialArm}.` : ''}`,
              warnings,
            }),
          ),
          catchError((error: unknown) =>
            error instanceof HttpErrorResponse && error.status === 409
              ? of(
                  DeliveryApiActions.conflict({
                    error: describeApiError(error, 'Someone else changed this family first.'),
                  }),
                )
              : failed('The change could not be saved.')(error),
          ),
        ),
      ),
    ),
  { functional: true },
);
