import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { CapacityRow, FamilyView } from '../delivery.models';
import { LoadState, initialLoad, loadFailed, loadStarted } from '../shared/request-state';
import { PractitionerApiActions, PractitionerPageActions } from './practitioner.actions';

/** One practitioner of one programme: caseload figures and their families. */
export interface PractitionerState extends LoadState {
  programmeId: string | null;
  code: string | null;
  row: CapacityRow | null;
  families: FamilyView[];
}

export const initialPractitionerState: PractitionerState = {
  ...initialLoad,
  programmeId: null,
  code: null,
  row: null,
  families: [],
};

export const practitionerFeature = createFeature({
  name: 'practitioner',
  reducer: createReducer(
    initialPractitionerState,
    on(PractitionerPageActions.opened, (state, { programmeId, code }) =>
      loadStarted(
        state.programmeId === programmeId && state.code === code
          ? state
          : { ...initialPractitionerState, programmeId, code },
      ),
    ),
    on(PractitionerApiActions.loaded, (state, { code, row, families }) =>
      code === state.code ? { ...state, row, families, loading: false } : state,
    ),
    on(PractitionerApiActions.loadFailed, (state, { code, error }) =>
      code === state.code ? loadFailed(state, error) : state,
    ),
  ),
  extraSelectors: ({ selectFamilies }) => ({
    selectOverdue: createSelector(selectFamilies, (families) => families.filter((f) => f.overdue)),
  }),
});
