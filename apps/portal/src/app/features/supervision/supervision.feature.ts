import { createFeature, createReducer, on } from '@ngrx/store';
import { SupervisionApiActions, SupervisionPageActions } from './supervision.actions';
import {
  ProgressDetails,
  ProgressView,
  SupervisionFormOptions,
  SupervisionSession,
} from './supervision.models';

export interface SupervisionState {
  view: ProgressView;
  /** The date progress is shown as of; null means today (the API's default). */
  asOf: string | null;
  programmeId: string | null;
  options: SupervisionFormOptions | null;
  progress: ProgressDetails | null;
  sessions: SupervisionSession[];
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  /** Set after a 409: the id of the session someone else changed. */
  conflictId: string | null;
  message: string | null;
  /** Bumped on each save so the form knows to clear itself. */
  saved: number;
  /** The session in the form, when editing one. */
  editing: SupervisionSession | null;
}

export const initialSupervisionState: SupervisionState = {
  view: 'supervisor',
  asOf: null,
  programmeId: null,
  options: null,
  progress: null,
  sessions: [],
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  conflictId: null,
  message: null,
  saved: 0,
  editing: null,
};

export const supervisionFeature = createFeature({
  name: 'supervision',
  reducer: createReducer(
    initialSupervisionState,
    on(SupervisionPageActions.opened, (state, { view, programmeId }) => ({
      ...initialSupervisionState,
      view,
      programmeId,
      // The date chosen stays while the user moves between pages of the same programme.
      asOf: state.programmeId === programmeId ? state.asOf : null,
      loading: true,
    })),
    on(SupervisionPageActions.asOfChanged, (state, { asOf }) => ({
      ...state,
      asOf,
      loading: true,
      loadError: null,
    })),
    on(SupervisionApiActions.optionsLoaded, (state, { options }) => ({ ...state, options })),
    on(SupervisionApiActions.progressLoaded, (state, { details }) => ({
      ...state,
      progress: details,
      loading: false,
    })),
    on(SupervisionApiActions.sessionsLoaded, (state, { page }) => ({
      ...state,
      sessions: page.items,
    })),
    on(SupervisionApiActions.loadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(
      SupervisionPageActions.logSubmitted,
      SupervisionPageActions.updateSubmitted,
      SupervisionPageActions.deleteConfirmed,
      (state) => ({
        ...state,
        saving: true,
        saveError: null,
        conflictId: null,
        message: null,
      }),
    ),
    on(SupervisionApiActions.sessionSaved, (state, { message }) => ({
      ...state,
      saving: false,
      message,
      saved: state.saved + 1,
      editing: null,
    })),
    on(
      SupervisionApiActions.saveFailed,
      SupervisionApiActions.deleteRefused,
      (state, { error }) => ({
        ...state,
        saving: false,
        saveError: error,
      }),
    ),
    on(SupervisionApiActions.saveConflicted, (state, { error, id }) => ({
      ...state,
      saving: false,
      saveError: error,
      conflictId: id,
    })),
    on(
      SupervisionPageActions.editRequested,
      SupervisionApiActions.sessionReloaded,
      (state, { session }) => ({
        ...state,
        editing: session,
        saveError: null,
        conflictId: null,
        message: null,
      }),
    ),
    on(SupervisionPageActions.editCancelled, (state) => ({
      ...state,
      editing: null,
      saveError: null,
      conflictId: null,
    })),
  ),
});
