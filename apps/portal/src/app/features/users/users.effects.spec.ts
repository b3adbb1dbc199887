import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Store } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { UsersApiActions, UsersPageActions } from './users.actions';
import { UsersApi } from './users.api';
import { createUser, disableUser, loadPage } from './users.effects';
import { initialUsersState } from './users.feature';

function fakeApi() {
  return {
    list: jest.fn((..._args: unknown[]) => of({ items: [], total: 0 })),
    create: jest.fn((..._args: unknown[]) => of({})),
    disable: jest.fn((..._args: unknown[]) => of({})),
  };
}

function collect(effect: (actions: Subject<Action>) => import('rxjs').Observable<Action>) {
  const actions = new Subject<Action>();
  const out: Action[] = [];
  effect(actions).subscribe((action) => out.push(action));
  return { actions, out };
}

describe('users effects', () => {
  it('loads the page held in the state, 1-based as the API counts', () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: { users: { ...initialUsersState, page: 2, pageSize: 10 } },
        }),
      ],
    });
    const api = fakeApi();
    const store = TestBed.inject(Store);
    const { actions, out } = collect((a) => loadPage(a, api as unknown as UsersApi, store));
    actions.next(UsersPageActions.opened());
    expect(api.list).toHaveBeenCalledWith(2, 10);
    expect(out).toEqual([UsersApiActions.pageLoaded({ page: { items: [], total: 0 } })]);
  });

  it('reloads the list after an account is created or disabled', () => {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { users: initialUsersState } })],
    });
    const api = fakeApi();
    const { actions } = collect((a) =>
      loadPage(a, api as unknown as UsersApi, TestBed.inject(Store)),
    );
    actions.next(UsersApiActions.userCreated({ email: 'a@b.test' }));
    actions.next(UsersApiActions.userDisabled({ email: 'a@b.test' }));
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it("creates an account and passes on the API's reason for refusing one", () => {
    const api = fakeApi();
    const user = {
      email: 'new@attune.test',
      password: 'a long passphrase',
      role: 'economist' as const,
    };
    const { actions, out } = collect((a) => createUser(a, api as unknown as UsersApi));
    actions.next(UsersPageActions.createSubmitted({ user }));
    expect(api.create).toHaveBeenCalledWith(user);
    api.create.mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, message: 'An account with that email address exists.' },
          }),
      ),
    );
    actions.next(UsersPageActions.createSubmitted({ user }));
    expect(out).toEqual([
      UsersApiActions.userCreated({ email: 'new@attune.test' }),
      UsersApiActions.userCreateFailed({ error: 'An account with that email address exists.' }),
    ]);
  });

  it('disables the account it was asked to', () => {
    const api = fakeApi();
    const { actions, out } = collect((a) => disableUser(a, api as unknown as UsersApi));
    actions.next(UsersPageActions.disableConfirmed({ id: 'u7', email: 'old@attune.test' }));
    expect(api.disable).toHaveBeenCalledWith('u7');
    expect(out).toEqual([UsersApiActions.userDisabled({ email: 'old@attune.test' })]);
  });
});
