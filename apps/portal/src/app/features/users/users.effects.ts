import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../core/api/api-error';
import { UsersApiActions, UsersPageActions } from './users.actions';
import { UsersApi } from './users.api';
import { usersFeature } from './users.feature';

export const loadPage = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        UsersPageActions.opened,
        UsersPageActions.pageChanged,
        UsersApiActions.userCreated,
        UsersApiActions.userDisabled,
      ),
      // The reducer has already stored the page to show.
      withLatestFrom(store.select(usersFeature.selectUsersState)),
      switchMap(([, { page, pageSize }]) =>
        api.list(page, pageSize).pipe(
          map((result) => UsersApiActions.pageLoaded({ page: result })),
          catchError((error: unknown) =>
            of(
              UsersApiActions.pageLoadFailed({
                error: describeApiError(error, 'The list of users could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const createUser = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(UsersPageActions.createSubmitted),
      concatMap(({ user }) =>
        api.create(user).pipe(
          map(() => UsersApiActions.userCreated({ email: user.email })),
          catchError((error: unknown) =>
            of(
              UsersApiActions.userCreateFailed({
                error: describeApiError(error, 'The account could not be created.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const disableUser = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(UsersPageActions.disableConfirmed),
      concatMap(({ id, email }) =>
        api.disable(id).pipe(
          map(() => UsersApiActions.userDisabled({ email })),
          catchError((error: unknown) =>
            of(
              UsersApiActions.userDisableFailed({
                error: describeApiError(error, 'The account could not be disabled.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
