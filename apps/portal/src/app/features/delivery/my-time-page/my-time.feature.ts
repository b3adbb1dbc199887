import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TimeEntryView } from '../delivery.models';
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
import { MyTimeApiActions, MyTimePageActions } from './my-time.actions';

/** A practitioner's own time records in one programme, and logging one. */
export interface MyTimeState extends LoadState, SaveState {
  programmeId: string | null;
  entries: TimeEntryView[];
  totalMinutes: number;
}

export const initialMyTimeState: MyTimeState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  entries: [],
  totalMinutes: 0,
};

export const myTimeFeature = createFeature({
  name: 'myTime',
  reducer: createReducer(
    initialMyTimeState,
    on(MyTimePageActions.opened, (state, { programmeId }) =>
      loadStarted(
        state.programmeId === programmeId ? state : { ...initialMyTimeState, programmeId },
      ),
    ),
    on(MyTimeApiActions.loaded, (state, { programmeId, entries, totalMinutes }) =>
      programmeId === state.programmeId
        ? { ...state, entries, totalMinutes, loading: false }
        : state,
    ),
    on(MyTimeApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(MyTimePageActions.timeSubmitted, (state) => saveStarted(state)),
    on(MyTimeApiActions.timeLogged, (state, { message }) => saveSucceeded(state, message, [])),
    on(MyTimeApiActions.timeFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
  ),
  extraSelectors: ({ selectTotalMinutes }) => ({
    selectHours: createSelector(selectTotalMinutes, (minutes) => (minutes / 60).toFixed(1)),
  }),
});
