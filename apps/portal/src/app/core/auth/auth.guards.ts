import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, filter, map, take, tap } from 'rxjs';
import { canOpen } from '../nav/nav.model';
import { AuthGuardActions } from './auth.actions';
import { AuthState, authFeature } from './auth.feature';

/** The auth state once the session is known, asking the API first if need be. */
export function knownSession(): Observable<AuthState> {
  const store = inject(Store);
  return store.select(authFeature.selectAuthState).pipe(
    tap((state) => {
      if (state.session === 'unknown') store.dispatch(AuthGuardActions.sessionCheckRequested());
    }),
    filter((state) => state.session === 'signed_in' || state.session === 'signed_out'),
    take(1),
  );
}

/**
 * Opens a page listed in the nav model only for the roles it names. Signed
 * out: to sign-in, coming back here afterwards. Signed in with another role:
 * to the home page. (The API enforces the same on every call.)
 */
export function navEntryGuard(entryId: string): CanActivateFn {
  return (_route, routerState): Observable<boolean | UrlTree> => {
    const router = inject(Router);
    return knownSession().pipe(
      map(({ user }) => {
        if (canOpen(user?.role ?? null, entryId)) return true;
        if (!user) {
          return router.createUrlTree(['/sign-in'], {
            queryParams: { returnUrl: routerState.url },
          });
        }
        return router.createUrlTree(['/home']);
      }),
    );
  };
}

/** The sign-in page is for signed-out visitors; others go home. */
export const signedOutGuard: CanActivateFn = () => {
  const router = inject(Router);
  return knownSession().pipe(map(({ user }) => (user ? router.createUrlTree(['/home']) : true)));
};

/** The root path: home when signed in, otherwise the sign-in page. */
export const landingGuard: CanActivateFn = () => {
  const router = inject(Router);
  return knownSession().pipe(
    map(({ user }) => router.createUrlTree([user ? '/home' : '/sign-in'])),
  );
};
