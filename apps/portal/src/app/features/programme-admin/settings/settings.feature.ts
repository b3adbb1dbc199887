import { createFeature, createReducer, on } from '@ngrx/store';
import type { ProgrammeView } from '@attune/contract';
import {
  initialRequestState,
  loadStarted,
  saveFailed,
  saveStarted,
  saveSucceeded,
  type AdminRequestState,
} from '../admin-state';
import { RuleSetChoice, SettingsApiActions, SettingsPageActions } from './settings.actions';

export interface SettingsState extends AdminRequestState {
  programme: ProgrammeView | null;
  ruleSets: RuleSetChoice[];
}

export const initialSettingsState: SettingsState = {
  ...initialRequestState,
  programme: null,
  ruleSets: [],
};

export const settingsFeature = createFeature({
  name: 'programmeSettings',
  reducer: createReducer(
    initialSettingsState,
    on(SettingsPageActions.opened, (state, { programmeId }) =>
      loadStarted({ ...initialSettingsState, saved: state.saved }, programmeId),
    ),
    on(SettingsApiActions.loaded, (state, { programmeId, programme }) =>
      programmeId !== state.programmeId
        ? state
        : {
            ...state,
            loading: false,
            programme,
            loadError: programme ? null : 'There is no such programme that you can see.',
          },
    ),
    on(SettingsApiActions.ruleSetsLoaded, (state, { programmeId, ruleSets }) =>
      programmeId !== state.programmeId ? state : { ...state, ruleSets },
    ),
    on(SettingsApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId !== state.programmeId ? state : { ...state, loading: false, loadError: error },
    ),
    on(SettingsPageActions.saveSubmitted, SettingsPageActions.deleteConfirmed, (state) =>
      saveStarted(state),
    ),
    on(SettingsApiActions.saved, (state, { programme }) => ({
      ...saveSucceeded(state, 'Saved the programme settings.'),
      programme,
    })),
    on(SettingsApiActions.deleted, (state, { name }) => ({
      ...saveSucceeded(state, `Deleted the programme ${name}.`),
      programme: null,
    })),
    on(SettingsApiActions.saveFailed, (state, failure) => saveFailed(state, failure)),
  ),
});
