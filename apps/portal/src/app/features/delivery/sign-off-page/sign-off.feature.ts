import { createFeature, createReducer, on } from '@ngrx/store';
import { PeriodLockView } from '../delivery.models';
import {
  LoadState,
  SaveState,
  initialLoad,
  initialSave,
  loadFailed,
  loadStarted,
  saveFailed,
  saveStarted,
  saveSucceeded,
} from '../shared/request-state';
import { SignOffApiActions, SignOffPageActions } from './sign-off.actions';

/** The months signed off in one programme, and signing off another. */
export interface SignOffState extends LoadState, SaveState {
  programmeId: string | null;
  locks: PeriodLockView[];
}

export const initialSignOffState: SignOffState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  locks: [],
};

export const signOffFeature = createFeature({
  name: 'signOff',
  reducer: createReducer(
    initialSignOffState,
    on(SignOffPageActions.opened, (state, { programmeId }) =>
      loadStarted(
        state.programmeId === programmeId ? state : { ...initialSignOffState, programmeId },
      ),
    ),
    on(SignOffApiActions.loaded, (state, { programmeId, locks }) =>
      programmeId === state.programmeId ? { ...state, locks, loading: false } : state,
    ),
    on(SignOffApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(SignOffPageActions.signOffSubmitted, (state) => saveStarted(state)),
    on(SignOffApiActions.signedOff, (state, { message }) => saveSucceeded(state, message, [])),
    on(SignOffApiActions.signOffFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
  ),
});
