import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { CapacityRow, IntakeView, NotProceededSummary } from '../delivery.models';
import { LoadState, initialLoad, loadFailed, loadStarted } from '../shared/request-state';
import { CapacityApiActions, CapacityPageActions } from './capacity.actions';

/** The LA manager's dashboard of one programme. */
export interface CapacityState extends LoadState {
  programmeId: string | null;
  rows: CapacityRow[];
  notProceeded: NotProceededSummary | null;
  intake: IntakeView | null;
}

export const initialCapacityState: CapacityState = {
  ...initialLoad,
  programmeId: null,
  rows: [],
  notProceeded: null,
  intake: null,
};

export const capacityFeature = createFeature({
  name: 'capacity',
  reducer: createReducer(
    initialCapacityState,
    on(CapacityPageActions.opened, (state, { programmeId }) =>
      loadStarted(
        // Another programme's figures must never show while this one loads.
        state.programmeId === programmeId ? state : { ...initialCapacityState, programmeId },
      ),
    ),
    // An answer for a programme no longer shown is dropped.
    on(CapacityApiActions.loaded, (state, { programmeId, rows, notProceeded, intake }) =>
      programmeId === state.programmeId
        ? { ...state, rows, notProceeded, intake, loading: false }
        : state,
    ),
    on(CapacityApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
  ),
  extraSelectors: ({ selectRows }) => ({
    selectBelowMinimum: createSelector(
      selectRows,
      (rows) => rows.filter((r) => r.belowMinimum).length,
    ),
    selectOverdue: createSelector(selectRows, (rows) =>
      rows.reduce((n, r) => n + r.familiesOverdue, 0),
    ),
  }),
});
