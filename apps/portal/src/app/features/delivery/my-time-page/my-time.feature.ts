import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { FamilyView, TimeEntryView } from '../delivery.models';
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

/** The caller's own time in one programme, a week at a time, and recording or correcting it. */
export interface MyTimeState extends LoadState, SaveState {
  programmeId: string | null;
  staffCode: string | null;
  /** The Monday of the week shown. */
  monday: string;
  entries: TimeEntryView[];
  /** The families time may be for (a practitioner's open ones). */
  families: FamilyView[];
  withFamilies: boolean;
  editingId: string | null;
  /** The last write met 409 stale_version: the page offers to reload. */
  stale: boolean;
}

export const initialMyTimeState: MyTimeState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  staffCode: null,
  monday: '',
  entries: [],
  families: [],
  withFamilies: false,
  editingId: null,
  stale: false,
};

export const myTimeFeature = createFeature({
  name: 'myTime',
  reducer: createReducer(
    initialMyTimeState,
    on(MyTimePageActions.opened, (state, { programmeId, staffCode, monday, withFamilies }) =>
      loadStarted(
        state.programmeId === programmeId && state.staffCode === staffCode
          ? { ...state, monday, withFamilies }
          : { ...initialMyTimeState, programmeId, staffCode, monday, withFamilies },
      ),
    ),
    on(MyTimePageActions.weekChanged, (state, { monday }) =>
      loadStarted({ ...state, monday, entries: [], editingId: null }),
    ),
    on(MyTimePageActions.reloadRequested, (state) =>
      loadStarted({ ...state, stale: false, saveError: null, editingId: null }),
    ),
    on(MyTimeApiActions.weekLoaded, (state, { programmeId, monday, entries }) =>
      programmeId === state.programmeId && monday === state.monday
        ? { ...state, entries, loading: false }
        : state,
    ),
    on(MyTimeApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(MyTimeApiActions.familiesLoaded, (state, { programmeId, families }) =>
      programmeId === state.programmeId ? { ...state, families } : state,
    ),
    on(MyTimePageActions.editStarted, (state, { id }) => ({
      ...state,
      editingId: id,
      problems: [],
      saveError: null,
    })),
    on(MyTimePageActions.editCancelled, (state) => ({
      ...state,
      editingId: null,
      problems: [],
      saveError: null,
    })),
    on(
      MyTimePageActions.timeSubmitted,
      MyTimePageActions.changeSubmitted,
      MyTimePageActions.deleteConfirmed,
      (state) => ({ ...saveStarted(state), stale: false }),
    ),
    on(MyTimeApiActions.timeSaved, (state, { message, warnings }) => ({
      ...saveSucceeded(state, message, warnings),
      editingId: null,
    })),
    on(MyTimeApiActions.timeFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
    on(MyTimeApiActions.stale, (state, { error }) => ({
      ...saveFailed(state, error, []),
      stale: true,
    })),
  ),
  extraSelectors: ({ selectEntries, selectEditingId }) => ({
    selectEditing: createSelector(
      selectEntries,
      selectEditingId,
      (entries, id) => entries.find((e) => e.id === id) ?? null,
    ),
  }),
});
