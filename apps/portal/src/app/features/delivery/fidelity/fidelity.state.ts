import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import type { FidelitySummary } from '@attune/contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { createActionGroup, createFeature, createReducer, on, props } from '@ngrx/store';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';

export const FidelityPageActions = createActionGroup({
  source: 'Fidelity Page',
  events: { Opened: props<{ programmeId: string }>() },
});

export const FidelityApiActions = createActionGroup({
  source: 'Fidelity API',
  events: {
    Loaded: props<{ programmeId: string; fidelity: FidelitySummary }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
  },
});

interface FidelityState {
  programmeId: string | null;
  fidelity: FidelitySummary | null;
  loading: boolean;
  error: string | null;
}

const initial: FidelityState = { programmeId: null, fidelity: null, loading: false, error: null };

export const fidelityFeature = createFeature({
  name: 'fidelity',
  reducer: createReducer(
    initial,
    on(FidelityPageActions.opened, (state, { programmeId }) => ({
      ...state,
      programmeId,
      fidelity: state.programmeId === programmeId ? state.fidelity : null,
      loading: true,
      error: null,
    })),
    on(FidelityApiActions.loaded, (state, { programmeId, fidelity }) =>
      programmeId === state.programmeId ? { ...state, fidelity, loading: false } : state,
    ),
    on(FidelityApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId
        ? { ...state, fidelity: null, loading: false, error }
        : state,
    ),
  ),
});

/** The latest programme wins; the API scopes the families to the caller. */
export const loadFidelity = createEffect(
  (actions$ = inject(Actions), http = inject(HttpClient)) =>
    actions$.pipe(
      ofType(FidelityPageActions.opened),
      switchMap(({ programmeId }) =>
        http
          .get<FidelitySummary>(`/api/programmes/${encodeURIComponent(programmeId)}/fidelity`)
          .pipe(
            map((fidelity) => FidelityApiActions.loaded({ programmeId, fidelity })),
            catchError((error: unknown) =>
              of(
                FidelityApiActions.loadFailed({
                  programmeId,
                  error: describeApiError(error, 'The fidelity totals could not be loaded.'),
                }),
              ),
            ),
          ),
      ),
    ),
  { functional: true },
);
