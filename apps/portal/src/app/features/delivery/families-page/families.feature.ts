import { createFeature, createReducer, on } from '@ngrx/store';
import { FamilyView } from '../delivery.models';
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
import { FamiliesApiActions, FamiliesFilter, FamiliesPageActions } from './families.actions';

/** The families list of one programme (as filtered) and the referral form. */
export interface FamiliesState extends LoadState, SaveState {
  programmeId: string | null;
  filter: FamiliesFilter;
  families: FamilyView[];
  total: number;
}

export const initialFamiliesState: FamiliesState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  filter: { status: null, overdue: false },
  families: [],
  total: 0,
};

export const familiesFeature = createFeature({
  name: 'families',
  reducer: createReducer(
    initialFamiliesState,
    on(FamiliesPageActions.opened, (state, { programmeId, filter }) =>
      loadStarted(
        state.programmeId === programmeId
          ? { ...state, filter }
          : { ...initialFamiliesState, programmeId, filter },
      ),
    ),
    on(FamiliesApiActions.loaded, (state, { programmeId, families, total }) =>
      programmeId === state.programmeId ? { ...state, families, total, loading: false } : state,
    ),
    on(FamiliesApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(FamiliesPageActions.referralSubmitted, FamiliesPageActions.ineligibleSubmitted, (state) =>
      saveStarted(state),
    ),
    on(FamiliesApiActions.ineligibleRecorded, (state, { message }) =>
      saveSucceeded(state, message, []),
    ),
    on(FamiliesApiActions.referred, (state, { message, warnings }) =>
      saveSucceeded(state, message, warnings),
    ),
    on(FamiliesApiActions.referralFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
  ),
});
