import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import {
  AuthApiActions,
  AuthGuardActions,
  HttpActions,
  ShellActions,
  SignInPageActions,
} from './auth.actions';
import { AuthApi } from './auth.api';
import { safeReturnUrl } from './return-url';
import { signInFailureMessage } from './sign-in-failure';
import { SessionHint } from './session-hint';

export const checkSession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi), hint = inject(SessionHint)) =>
    actions$.pipe(
      ofType(AuthGuardActions.sessionCheckRequested),
      exhaustMap(() => {
        if (!hint.mayHaveSession()) return of(AuthApiActions.noSession());
        return api.me().pipe(
          map((user) => AuthApiActions.sessionFound({ user })),
          catchError(() => {
            hint.forget();
            return of(AuthApiActions.noSession());
          }),
        );
      }),
    ),
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi), hint = inject(SessionHint)) =>
    actions$.pipe(
      ofType(SignInPageActions.submitted),
      exhaustMap(({ credentials, returnUrl }) =>
        api.login(credentials).pipe(
          switchMap(() => api.me()),
          tap(() => hint.remember()),
          map((user) => AuthApiActions.signInSucceeded({ user, returnUrl })),
          catchError((error: unknown) =>
            of(AuthApiActions.signInFailed({ error: signInFailureMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const afterSignIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.signInSucceeded),
      tap(({ returnUrl }) => void router.navigateByUrl(safeReturnUrl(returnUrl) ?? '/home')),
    ),
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(ShellActions.signOutClicked),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => AuthApiActions.signedOut()),
          // Whatever the server says, this browser is signed out from here on.
          catchError(() => of(AuthApiActions.signedOut())),
        ),
      ),
    ),
  { functional: true },
);

export const afterSignOut = createEffect(
  (actions$ = inject(Actions), router = inject(Router), hint = inject(SessionHint)) =>
    actions$.pipe(
      ofType(AuthApiActions.signedOut),
      tap(() => {
        hint.forget();
        void router.navigateByUrl('/sign-in');
      }),
    ),
  { functional: true, dispatch: false },
);

export const sessionExpired = createEffect(
  (actions$ = inject(Actions), router = inject(Router), hint = inject(SessionHint)) =>
    actions$.pipe(
      ofType(HttpActions.sessionExpired),
      tap(() => {
        hint.forget();
        // Come back to where the user was (or was going) after signing in again.
        const navigation = router.currentNavigation();
        const target = navigation
          ? router.serializeUrl(navigation.finalUrl ?? navigation.extractedUrl)
          : router.url;
        // A guard may already be sending this navigation to sign-in, with its returnUrl:
        // a second navigation would replace it and lose where the user was going.
        if (target.startsWith('/sign-in')) return;
        const returnUrl = safeReturnUrl(target);
        void router.navigate(['/sign-in'], returnUrl ? { queryParams: { returnUrl } } : {});
      }),
    ),
  { functional: true, dispatch: false },
);
