import { createFeature, createReducer, on } from '@ngrx/store';
import type { LocalAuthorityView } from '@attune/contract';
import {
  initialRequestState,
  loadStarted,
  saveFailed,
  saveStarted,
  saveSucceeded,
  type AdminRequestState,
} from '../admin-state';
import {
  LocalAuthoritiesApiActions,
  LocalAuthoritiesPageActions,
} from './local-authorities.actions';

export interface LocalAuthoritiesState extends AdminRequestState {
  items: LocalAuthorityView[];
}

export const initialLocalAuthoritiesState: LocalAuthoritiesState = {
  ...initialRequestState,
  items: [],
};

export const localAuthoritiesFeature = createFeature({
  name: 'programmeLocalAuthorities',
  reducer: createReducer(
    initialLocalAuthoritiesState,
    on(LocalAuthoritiesPageActions.opened, (state, { programmeId }) =>
      state.programmeId === programmeId
        ? loadStarted(state, programmeId)
        : loadStarted({ ...initialLocalAuthoritiesState, saved: state.saved }, programmeId),
    ),
    on(LocalAuthoritiesApiActions.loaded, (state, { programmeId, items }) =>
      programmeId !== state.programmeId ? state : { ...state, loading: false, items },
    ),
    on(LocalAuthoritiesApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId !== state.programmeId ? state : { ...state, loading: false, loadError: error },
    ),
    on(
      LocalAuthoritiesPageActions.createSubmitted,
      LocalAuthoritiesPageActions.updateSubmitted,
      (state) => saveStarted(state),
    ),
    on(LocalAuthoritiesApiActions.saved, (state, { message }) => saveSucceeded(state, message)),
    on(LocalAuthoritiesApiActions.saveFailed, (state, failure) => saveFailed(state, failure)),
  ),
});
