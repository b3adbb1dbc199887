import { createFeature, createReducer, on } from '@ngrx/store';
import { DueCollection, TrialFlow } from '../delivery.models';
import { LoadState, initialLoad, loadFailed, loadStarted } from '../shared/request-state';
import { TrialApiActions, TrialPageActions } from './trial.actions';

/** The trial's flow (as of a day) and its collection points due, in one programme. */
export interface TrialState extends LoadState {
  programmeId: string | null;
  asOf: string | null;
  flow: TrialFlow | null;
  due: DueCollection[];
}

export const initialTrialState: TrialState = {
  ...initialLoad,
  programmeId: null,
  asOf: null,
  flow: null,
  due: [],
};

export const trialFeature = createFeature({
  name: 'trial',
  reducer: createReducer(
    initialTrialState,
    on(TrialPageActions.opened, (state, { programmeId, asOf }) =>
      loadStarted({
        ...(state.programmeId === programmeId ? state : initialTrialState),
        programmeId,
        asOf,
      }),
    ),
    on(TrialApiActions.loaded, (state, { programmeId, flow, due }) =>
      programmeId === state.programmeId
        ? { ...state, flow, due: due.items, loading: false }
        : state,
    ),
    on(TrialApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
  ),
});
