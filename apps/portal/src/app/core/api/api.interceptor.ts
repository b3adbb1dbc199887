import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { HttpActions } from '../auth/auth.actions';

/**
 * Every API call: the header the API's CSRF defence asks for on unsafe methods
 * (a cross-site form cannot set it), and the session cookie. A 401 means the
 * session has ended, except on the sign-in call itself, where it means wrong
 * credentials.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  const withHeaders = request.clone({
    withCredentials: true,
    setHeaders: { 'X-Requested-With': 'attune' },
  });
  return next(withHeaders).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApiCall(request.url) &&
        !isSignIn(request.url)
      ) {
        store.dispatch(HttpActions.sessionExpired());
      }
      return throwError(() => error);
    }),
  );
};

function pathOf(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
}

function isApiCall(url: string): boolean {
  return pathOf(url).startsWith('/api/');
}

function isSignIn(url: string): boolean {
  return pathOf(url) === '/api/auth/login';
}
