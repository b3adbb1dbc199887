import { describe, it, expect } from '@jest/globals';
import { AuthApiActions, AuthGuardActions, HttpActions, SignInPageActions } from './auth.actions';
import {
  AuthState,
  SESSION_EXPIRED_NOTICE,
  SIGNED_OUT_NOTICE,
  authFeature,
  initialAuthState,
} from './auth.feature';
import { CurrentUser } from './auth.models';

const reduce = authFeature.reducer;
const manager: CurrentUser = { email: 'manager@attune.test', role: 'la_manager', laCode: 'LA1' };
const credentials = { email: 'manager@attune.test', password: 'a long passphrase' };
const signedIn: AuthState = { ...initialAuthState, session: 'signed_in', user: manager };

describe('auth reducer', () => {
  it('marks the session as being checked once, when unknown', () => {
    const checking = reduce(initialAuthState, AuthGuardActions.sessionCheckRequested());
    expect(checking.session).toBe('checking');
    expect(reduce(signedIn, AuthGuardActions.sessionCheckRequested())).toBe(signedIn);
  });

  it('keeps the user found by the session check', () => {
    const state = reduce(initialAuthState, AuthApiActions.sessionFound({ user: manager }));
    expect(state.session).toBe('signed_in');
    expect(state.user).toEqual(manager);
  });

  it('shows progress while signing in and clears the previous error', () => {
    const failed = { ...initialAuthState, session: 'signed_out' as const, error: 'wrong' };
    const state = reduce(failed, SignInPageActions.submitted({ credentials, returnUrl: null }));
    expect(state.signingIn).toBe(true);
    expect(state.error).toBeNull();
  });

  it('keeps the reason a sign-in failed, and stops the progress', () => {
    const busy = { ...initialAuthState, session: 'signed_out' as const, signingIn: true };
    const state = reduce(busy, AuthApiActions.signInFailed({ error: 'Not right.' }));
    expect(state).toMatchObject({ signingIn: false, error: 'Not right.', user: null });
  });

  it('signs in, forgetting any notice', () => {
    const expired = { ...initialAuthState, session: 'signed_out' as const, notice: 'x' };
    const state = reduce(
      expired,
      AuthApiActions.signInSucceeded({ user: manager, returnUrl: null }),
    );
    expect(state).toMatchObject({ session: 'signed_in', user: manager, notice: null });
  });

  it('forgets the user on sign-out and says so', () => {
    const state = reduce(signedIn, AuthApiActions.signedOut());
    expect(state).toMatchObject({ session: 'signed_out', user: null, notice: SIGNED_OUT_NOTICE });
  });

  it('forgets the user when the session expires and says why', () => {
    const state = reduce(signedIn, HttpActions.sessionExpired());
    expect(state).toMatchObject({
      session: 'signed_out',
      user: null,
      notice: SESSION_EXPIRED_NOTICE,
    });
  });

  it('does not call a failed sign-in an expired session', () => {
    const signingIn = { ...initialAuthState, session: 'signed_out' as const, signingIn: true };
    expect(reduce(signingIn, HttpActions.sessionExpired())).toBe(signingIn);
  });
});

describe('auth selectors', () => {
  it('gives the role of the signed-in user, or null', () => {
    expect(authFeature.selectRole.projector(manager)).toBe('la_manager');
    expect(authFeature.selectRole.projector(null)).toBeNull();
  });

  it('knows the session only once the API has answered', () => {
    expect(authFeature.selectSessionKnown.projector('unknown')).toBe(false);
    expect(authFeature.selectSessionKnown.projector('checking')).toBe(false);
    expect(authFeature.selectSessionKnown.projector('signed_in')).toBe(true);
    expect(authFeature.selectSessionKnown.projector('signed_out')).toBe(true);
  });
});
