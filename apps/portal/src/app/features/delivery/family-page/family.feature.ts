import { createFeature, createReducer, on } from '@ngrx/store';
import { CapacityRow, FamilyDetail, FamilySessionView } from '../delivery.models';
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
import { FamilyApiActions, FamilyPageActions } from './family.actions';

/** One family of one programme, and the practitioners it may be allocated to. */
export interface FamilyState extends LoadState, SaveState {
  programmeId: string | null;
  reference: string | null;
  family: FamilyDetail | null;
  practitioners: CapacityRow[];
  sessions: FamilySessionView[];
  /** The last save met a 409: the page offers to reload. */
  conflict: boolean;
}

export const initialFamilyState: FamilyState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  reference: null,
  family: null,
  practitioners: [],
  sessions: [],
  conflict: false,
};

export const familyFeature = createFeature({
  name: 'family',
  reducer: createReducer(
    initialFamilyState,
    on(FamilyPageActions.opened, (state, { programmeId, reference }) =>
      loadStarted(
        // Another family's detail must never show while this one loads.
        state.programmeId === programmeId && state.reference === reference
          ? { ...state, conflict: false, saveError: null, problems: [] }
          : { ...initialFamilyState, programmeId, reference },
      ),
    ),
    on(FamilyApiActions.loaded, (state, { family, practitioners, sessions }) =>
      family.reference === state.reference
        ? { ...state, family, practitioners, sessions, loading: false }
        : state,
    ),
    on(FamilyApiActions.loadFailed, (state, { reference, error }) =>
      reference === state.reference ? loadFailed(state, error) : state,
    ),
    on(
      FamilyPageActions.actionSubmitted,
      FamilyPageActions.sessionChangeSubmitted,
      FamilyPageActions.sessionDeleteConfirmed,
      (state) => ({ ...saveStarted(state), conflict: false }),
    ),
    on(FamilyApiActions.saved, (state, { message, warnings }) =>
      saveSucceeded(state, message, warnings),
    ),
    on(FamilyApiActions.saveFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
    on(FamilyApiActions.conflict, (state, { error }) => ({
      ...saveFailed(state, error, []),
      conflict: true,
    })),
  ),
});
