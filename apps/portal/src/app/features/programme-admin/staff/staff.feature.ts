import { createFeature, createReducer, on } from '@ngrx/store';
import type {
  LocalAuthorityView,
  OpenFamilyRef,
  PractitionerView,
  StaffView,
} from '@attune/contract';
import {
  initialRequestState,
  loadStarted,
  saveFailed,
  saveStarted,
  saveSucceeded,
  type AdminRequestState,
} from '../admin-state';
import { StaffApiActions, StaffPageActions } from './staff.actions';

export interface StaffState extends AdminRequestState {
  staff: StaffView[];
  practitioners: PractitionerView[];
  localAuthorities: LocalAuthorityView[];
  /** After a withdrawal: the practitioner's open families, which need another practitioner. */
  withdrawal: { code: string; openFamilies: OpenFamilyRef[] } | null;
  /** The practitioner the last status change was about. */
  lastCode: string | null;
}

export const initialStaffState: StaffState = {
  ...initialRequestState,
  staff: [],
  practitioners: [],
  localAuthorities: [],
  withdrawal: null,
  lastCode: null,
};

export const staffFeature = createFeature({
  name: 'programmeStaff',
  reducer: createReducer(
    initialStaffState,
    on(StaffPageActions.opened, (state, { programmeId }) =>
      state.programmeId === programmeId
        ? loadStarted(state, programmeId)
        : loadStarted({ ...initialStaffState, saved: state.saved }, programmeId),
    ),
    on(StaffApiActions.loaded, (state, { programmeId, staff, practitioners, localAuthorities }) =>
      programmeId !== state.programmeId
        ? state
        : { ...state, loading: false, staff, practitioners, localAuthorities },
    ),
    on(StaffApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId !== state.programmeId ? state : { ...state, loading: false, loadError: error },
    ),
    on(
      StaffPageActions.staffCreateSubmitted,
      StaffPageActions.staffUpdateSubmitted,
      StaffPageActions.practitionerCreateSubmitted,
      (state) => ({ ...saveStarted(state), lastCode: null }),
    ),
    on(StaffPageActions.practitionerUpdateSubmitted, (state, { code }) => ({
      ...saveStarted(state),
      lastCode: code,
    })),
    on(StaffApiActions.saved, (state, { message, openFamilies }) => ({
      ...saveSucceeded(state, message),
      withdrawal:
        openFamilies && state.lastCode ? { code: state.lastCode, openFamilies } : state.withdrawal,
    })),
    on(StaffApiActions.saveFailed, (state, failure) => saveFailed(state, failure)),
  ),
});
