import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom, isObservable } from 'rxjs';
import { AuthGuardActions } from './auth.actions';
import { AuthState, initialAuthState } from './auth.feature';
import { navEntryGuard, signedOutGuard } from './auth.guards';

const signedOut: AuthState = { ...initialAuthState, session: 'signed_out' };
const asRole = (role: 'admin' | 'economist'): AuthState => ({
  ...initialAuthState,
  session: 'signed_in',
  user: { email: `${role}@attune.test`, role, laCode: null },
});

function setUp(auth: AuthState): MockStore<{ auth: AuthState }> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideMockStore({ initialState: { auth } })],
  });
  return TestBed.inject(MockStore) as MockStore<{ auth: AuthState }>;
}

async function decide(
  guard: ReturnType<typeof navEntryGuard>,
  url: string,
): Promise<boolean | string> {
  const result = TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as Observable<boolean | UrlTree>;
  expect(isObservable(result)).toBe(true);
  const answer = await firstValueFrom(result);
  return answer instanceof UrlTree ? TestBed.inject(Router).serializeUrl(answer) : answer;
}

describe('navEntryGuard', () => {
  it('opens the users page to an admin', async () => {
    setUp(asRole('admin'));
    expect(await decide(navEntryGuard('users'), '/users')).toBe(true);
  });

  it('sends another role home from the users page', async () => {
    setUp(asRole('economist'));
    expect(await decide(navEntryGuard('users'), '/users')).toBe('/home');
  });

  it('sends a signed-out visitor to sign-in, to come back afterwards', async () => {
    setUp(signedOut);
    expect(await decide(navEntryGuard('home'), '/home')).toBe('/sign-in?returnUrl=%2Fhome');
  });

  it('asks for the session when it is not yet known, and waits for the answer', async () => {
    const store = setUp(initialAuthState);
    const dispatched = jest.spyOn(store, 'dispatch');
    const decision = decide(navEntryGuard('health'), '/health');
    expect(dispatched).toHaveBeenCalledWith(AuthGuardActions.sessionCheckRequested());
    store.setState({ auth: signedOut });
    expect(await decision).toBe(true);
  });
});

describe('signedOutGuard', () => {
  it('sends a signed-in user from the sign-in page to home', async () => {
    setUp(asRole('admin'));
    expect(await decide(signedOutGuard, '/sign-in')).toBe('/home');
  });

  it('shows the sign-in page to a signed-out visitor', async () => {
    setUp(signedOut);
    expect(await decide(signedOutGuard, '/sign-in')).toBe(true);
  });
});
