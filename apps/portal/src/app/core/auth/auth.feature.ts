import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AuthApiActions, AuthGuardActions, HttpActions, SignInPageActions } from './auth.actions';
import { CurrentUser, SessionStatus } from './auth.models';

export interface AuthState {
  session: SessionStatus;
  user: CurrentUser | null;
  signingIn: boolean;
  /** Why the last sign-in failed, shown on the form. */
  error: string | null;
  /** Why the user is on the sign-in page (session expired, signed out). */
  notice: string | null;
}

export const initialAuthState: AuthState = {
  session: 'unknown',
  user: null,
  signingIn: false,
  error: null,
  notice: null,
};

export const SESSION_EXPIRED_NOTICE = 'Your session has expired. Please sign in again.';
export const SIGNED_OUT_NOTICE = 'You have signed out.';

const signedOut = (notice: string | null): AuthState => ({
  ...initialAuthState,
  session: 'signed_out',
  notice,
});

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthGuardActions.sessionCheckRequested, (state) =>
      state.session === 'unknown' ? { ...state, session: 'checking' as const } : state,
    ),
    on(AuthApiActions.sessionFound, (state, { user }) => ({
      ...state,
      session: 'signed_in' as const,
      user,
    })),
    on(AuthApiActions.noSession, (state) => ({
      ...state,
      session: 'signed_out' as const,
      user: null,
    })),
    on(SignInPageActions.submitted, (state) => ({ ...state, signingIn: true, error: null })),
    on(AuthApiActions.signInSucceeded, (_state, { user }) => ({
      ...initialAuthState,
      session: 'signed_in' as const,
      user,
    })),
    on(AuthApiActions.signInFailed, (state, { error }) => ({ ...state, signingIn: false, error })),
    on(AuthApiActions.signedOut, () => signedOut(SIGNED_OUT_NOTICE)),
    on(HttpActions.sessionExpired, (state) =>
      // A failed sign-in is not an expired session; and several calls may fail at once.
      state.session === 'signed_in' || state.session === 'checking'
        ? signedOut(SESSION_EXPIRED_NOTICE)
        : state,
    ),
  ),
  extraSelectors: ({ selectUser, selectSession }) => ({
    selectRole: createSelector(selectUser, (user) => user?.role ?? null),
    selectSessionKnown: createSelector(
      selectSession,
      (session) => session === 'signed_in' || session === 'signed_out',
    ),
  }),
});
