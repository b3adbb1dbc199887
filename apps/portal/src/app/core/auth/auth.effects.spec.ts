import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Router } from '@angular/router';
import { Action } from '@ngrx/store';
import { Observable, Subject, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { AuthApiActions, AuthGuardActions, HttpActions, SignInPageActions } from './auth.actions';
import { AuthApi } from './auth.api';
import { afterSignIn, checkSession, sessionExpired, signIn, signOut } from './auth.effects';
import { CurrentUser } from './auth.models';
import { SessionHint } from './session-hint';
import { ShellActions } from './auth.actions';

const admin: CurrentUser = { email: 'admin@attune.test', role: 'admin', laCode: null };
const credentials = { email: 'admin@attune.test', password: 'a long passphrase' };

function fakeHint(present: boolean) {
  const hint = {
    present,
    mayHaveSession: () => hint.present,
    remember: jest.fn(),
    forget: jest.fn(),
  };
  return hint;
}

function fakeApi(overrides: Partial<Record<keyof AuthApi, () => Observable<unknown>>>) {
  return {
    login: jest.fn<AuthApi['login']>(overrides.login ?? (() => of({}))),
    me: jest.fn(overrides.me ?? (() => of(admin))),
    logout: jest.fn(overrides.logout ?? (() => of({}))),
  };
}

const httpError = (status: number, body: unknown = null) =>
  new HttpErrorResponse({ status, error: body, url: '/api/auth/login' });

/** Runs an effect over the given actions and collects what it dispatches. */
function run(effect$: Observable<Action>): Promise<Action[]> {
  return firstValueFrom(effect$.pipe(toArray()));
}

describe('checkSession', () => {
  it('does not ask the API when this browser never signed in', async () => {
    const api = fakeApi({});
    const actions = of(AuthGuardActions.sessionCheckRequested());
    const out = await run(
      checkSession(actions, api as unknown as AuthApi, fakeHint(false) as unknown as SessionHint),
    );
    expect(out).toEqual([AuthApiActions.noSession()]);
    expect(api.me).not.toHaveBeenCalled();
  });

  it('asks the API when there may be a session', async () => {
    const out = await run(
      checkSession(
        of(AuthGuardActions.sessionCheckRequested()),
        fakeApi({}) as unknown as AuthApi,
        fakeHint(true) as unknown as SessionHint,
      ),
    );
    expect(out).toEqual([AuthApiActions.sessionFound({ user: admin })]);
  });

  it('has no session when the API says 401, and forgets the hint', async () => {
    const hint = fakeHint(true);
    const out = await run(
      checkSession(
        of(AuthGuardActions.sessionCheckRequested()),
        fakeApi({ me: () => throwError(() => httpError(401)) }) as unknown as AuthApi,
        hint as unknown as SessionHint,
      ),
    );
    expect(out).toEqual([AuthApiActions.noSession()]);
    expect(hint.forget).toHaveBeenCalled();
  });
});

describe('signIn', () => {
  const submitted = SignInPageActions.submitted({ credentials, returnUrl: '/users' });

  it('posts the credentials, then loads the user and remembers the session', async () => {
    const api = fakeApi({});
    const hint = fakeHint(false);
    const out = await run(
      signIn(of(submitted), api as unknown as AuthApi, hint as unknown as SessionHint),
    );
    expect(api.login).toHaveBeenCalledWith(credentials);
    expect(out).toEqual([AuthApiActions.signInSucceeded({ user: admin, returnUrl: '/users' })]);
    expect(hint.remember).toHaveBeenCalled();
  });

  it.each([
    [401, null, 'The email address or password is not right.'],
    [429, null, 'Too many sign-in attempts. Wait a few minutes, then try again.'],
    [400, { message: ['email must be an email'] }, 'email must be an email'],
    [0, null, 'Attune cannot be reached. Check your connection and try again.'],
  ])('explains a %i answer', async (status, body, message) => {
    const api = fakeApi({ login: () => throwError(() => httpError(status, body)) });
    const out = await run(
      signIn(of(submitted), api as unknown as AuthApi, fakeHint(false) as unknown as SessionHint),
    );
    expect(out).toEqual([AuthApiActions.signInFailed({ error: message })]);
    expect(api.me).not.toHaveBeenCalled();
  });
});

describe('navigation effects', () => {
  function fakeRouter(url = '/home', pending: string | null = null) {
    return {
      url,
      navigateByUrl: jest.fn((..._args: unknown[]) => Promise.resolve(true)),
      navigate: jest.fn((..._args: unknown[]) => Promise.resolve(true)),
      currentNavigation: () => (pending ? { finalUrl: pending, extractedUrl: pending } : null),
      serializeUrl: (tree: string) => tree,
    };
  }

  it('goes to the page asked for after sign-in, or home, never elsewhere', async () => {
    for (const [returnUrl, expected] of [
      ['/users', '/users'],
      [null, '/home'],
      ['https://evil.example', '/home'],
    ] as const) {
      const router = fakeRouter();
      await run(
        afterSignIn(
          of(AuthApiActions.signInSucceeded({ user: admin, returnUrl })),
          router as unknown as Router,
        ),
      );
      expect(router.navigateByUrl).toHaveBeenCalledWith(expected);
    }
  });

  it('sends an expired session to sign-in, to come back to the page afterwards', async () => {
    const router = fakeRouter('/users?page=3');
    const hint = fakeHint(true);
    await run(
      sessionExpired(
        of(HttpActions.sessionExpired()),
        router as unknown as Router,
        hint as unknown as SessionHint,
      ),
    );
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { returnUrl: '/users?page=3' },
    });
    expect(hint.forget).toHaveBeenCalled();
  });

  it('leaves a navigation already going to sign-in (a guard found the session gone) as it is', async () => {
    const router = fakeRouter('/', '/sign-in?returnUrl=%2Fp%2Fp1%2Ffamilies');
    await run(
      sessionExpired(
        of(HttpActions.sessionExpired()),
        router as unknown as Router,
        fakeHint(true) as unknown as SessionHint,
      ),
    );
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('signs out even when the server has already ended the session', () => {
    const actions = new Subject<Action>();
    const out: Action[] = [];
    signOut(
      actions,
      fakeApi({ logout: () => throwError(() => httpError(401)) }) as unknown as AuthApi,
    ).subscribe((action) => out.push(action));
    actions.next(ShellActions.signOutClicked());
    expect(out).toEqual([AuthApiActions.signedOut()]);
  });
});
