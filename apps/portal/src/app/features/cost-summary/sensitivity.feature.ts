import type { OneWaySensitivity } from '@attune/contract';
import { createFeature, createReducer, on } from '@ngrx/store';
import { SensitivityApiActions, SensitivityPageActions } from './sensitivity.actions';

export interface SensitivityState {
  programmeId: string | null;
  sensitivity: OneWaySensitivity | null;
  loading: boolean;
  error: string | null;
}

const initial: SensitivityState = {
  programmeId: null,
  sensitivity: null,
  loading: false,
  error: null,
};

export const sensitivityFeature = createFeature({
  name: 'sensitivity',
  reducer: createReducer(
    initial,
    on(SensitivityPageActions.opened, (state, { programmeId }) => ({
      ...state,
      programmeId,
      // Another programme's figures must not stay on screen under this one's name.
      sensitivity: state.programmeId === programmeId ? state.sensitivity : null,
      loading: true,
      error: null,
    })),
    on(SensitivityApiActions.loaded, (state, { programmeId, sensitivity }) =>
      programmeId === state.programmeId ? { ...state, sensitivity, loading: false } : state,
    ),
    on(SensitivityApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId
        ? { ...state, sensitivity: null, loading: false, error }
        : state,
    ),
  ),
});
