import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ProgrammeApiActions, ProgrammeRouteActions } from './programme.actions';
import { selectProgrammeId } from './programme-id.selector';
import { ProgrammeOption } from './programme.models';

export interface ProgrammeState {
  programmes: ProgrammeOption[];
  /** idle: never asked; loading: asking; loaded / failed: answered. */
  status: 'idle' | 'loading' | 'loaded' | 'failed';
  error: string | null;
}

export const initialProgrammeState: ProgrammeState = {
  programmes: [],
  status: 'idle',
  error: null,
};

export const programmeFeature = createFeature({
  name: 'programme',
  reducer: createReducer(
    initialProgrammeState,
    on(ProgrammeRouteActions.listNeeded, (state, { fresh }) =>
      fresh || state.status === 'idle' || state.status === 'failed'
        ? { ...state, status: 'loading' as const, error: null }
        : state,
    ),
    on(ProgrammeApiActions.listLoaded, (state, { programmes }) => ({
      ...state,
      programmes,
      status: 'loaded' as const,
      error: null,
    })),
    on(ProgrammeApiActions.listFailed, (state, { error }) => ({
      ...state,
      status: 'failed' as const,
      error,
    })),
  ),
  extraSelectors: ({ selectProgrammes }) => ({
    selectCurrent: createSelector(
      selectProgrammes,
      selectProgrammeId,
      (programmes, id) => programmes.find((p) => p.id === id) ?? null,
    ),
  }),
});
