import { createFeature, createReducer, on } from '@ngrx/store';
import { MonthReviewView, PeriodLockView } from '../delivery.models';
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
import { SignOffApiActions, SignOffPageActions } from './sign-off.actions';

/** The months signed off in one programme, and signing off another. */
export interface SignOffState extends LoadState, SaveState {
  programmeId: string | null;
  locks: PeriodLockView[];
  /** The LA and month under review, its review once loaded, or why it could not be. */
  reviewFor: { laCode: string; month: string } | null;
  review: MonthReviewView | null;
  reviewError: string | null;
}

export const initialSignOffState: SignOffState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  locks: [],
  reviewFor: null,
  review: null,
  reviewError: null,
};

export const signOffFeature = createFeature({
  name: 'signOff',
  reducer: createReducer(
    initialSignOffState,
    on(SignOffPageActions.opened, (state, { programmeId }) =>
      loadStarted(
        state.programmeId === programmeId ? state : { ...initialSignOffState, programmeId },
      ),
    ),
    on(SignOffApiActions.loaded, (state, { programmeId, locks }) =>
      programmeId === state.programmeId ? { ...state, locks, loading: false } : state,
    ),
    on(SignOffApiActions.loadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? loadFailed(state, error) : state,
    ),
    on(SignOffPageActions.reviewRequested, (state, { laCode, month }) => ({
      ...state,
      ...initialSave,
      saved: state.saved,
      reviewFor: { laCode, month },
      review: null,
      reviewError: null,
    })),
    on(SignOffApiActions.reviewLoaded, (state, { review }) =>
      state.reviewFor?.laCode === review.laCode && state.reviewFor.month === review.month
        ? { ...state, review }
        : state,
    ),
    on(SignOffApiActions.reviewFailed, (state, { laCode, month, error }) =>
      state.reviewFor?.laCode === laCode && state.reviewFor.month === month
        ? { ...state, reviewError: error }
        : state,
    ),
    on(SignOffPageActions.signOffSubmitted, SignOffPageActions.reopenSubmitted, (state) =>
      saveStarted(state),
    ),
    on(SignOffApiActions.signedOff, SignOffApiActions.reopened, (state, { message }) =>
      saveSucceeded(state, message, []),
    ),
    on(
      SignOffApiActions.signOffFailed,
      SignOffApiActions.reopenFailed,
      (state, { error, problems }) => saveFailed(state, error, problems),
    ),
  ),
});
