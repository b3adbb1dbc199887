import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { FamilySessionView, FamilyView } from '../delivery.models';
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
import { MyFamiliesApiActions, MyFamiliesPageActions } from './my-families.actions';

/** A practitioner's own families and recent sessions in one programme, and logging a session. */
export interface MyFamiliesState extends LoadState, SaveState {
  programmeId: string | null;
  families: FamilyView[];
  sessions: FamilySessionView[];
}

export const initialMyFamiliesState: MyFamiliesState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  families: [],
  sessions: [],
};

export const myFamiliesFeature = createFeature({
  name: 'myFamilies',
  reducer: createReducer(
    initialMyFamiliesState,
    on(MyFamiliesPageActions.opened, (state, { programmeId }) =>
      loadStarted(
        state.programmeId === programmeId ? state : { ...initialMyFamiliesState, programmeId },
      ),
    ),
    on(MyFamiliesApiActions.loaded, (state, { programmeId, families, sessions }) =>
      programmeId === state.programmeId ? { ...state, families, sessions, loading: false } : state,
    ),
    on(MyFamiliesApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(
      MyFamiliesPageActions.sessionSubmitted,
      MyFamiliesPageActions.sessionChangeSubmitted,
      MyFamiliesPageActions.sessionDeleteConfirmed,
      (state) => saveStarted(state),
    ),
    on(MyFamiliesApiActions.sessionLogged, (state, { message }) =>
      saveSucceeded(state, message, []),
    ),
    on(MyFamiliesApiActions.sessionFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
  ),
  extraSelectors: ({ selectFamilies }) => ({
    selectOverdueCount: createSelector(
      selectFamilies,
      (families) => families.filter((f) => f.overdue).length,
    ),
    /** Sessions are logged for families that have been allocated (active ones first). */
    selectWorkable: createSelector(selectFamilies, (families) =>
      families
        .filter((f) => f.practitionerCode !== null)
        .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active')),
    ),
  }),
});
