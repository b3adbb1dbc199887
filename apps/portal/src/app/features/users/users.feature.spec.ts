import { describe, it, expect } from '@jest/globals';
import { UsersApiActions, UsersPageActions } from './users.actions';
import { initialUsersState, usersFeature } from './users.feature';
import { UserSummary } from './users.models';

const reduce = usersFeature.reducer;
const alice: UserSummary = {
  id: 'u1',
  email: 'alice@la1.test',
  role: 'la_manager',
  laCode: 'LA1',
  staffCode: null,
  disabled: false,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

describe('users reducer', () => {
  it('remembers the page asked for and loads it', () => {
    const state = reduce(
      initialUsersState,
      UsersPageActions.pageChanged({ page: 3, pageSize: 10 }),
    );
    expect(state).toMatchObject({ page: 3, pageSize: 10, loading: true });
    const loaded = reduce(
      state,
      UsersApiActions.pageLoaded({ page: { items: [alice], total: 21 } }),
    );
    expect(loaded).toMatchObject({ items: [alice], total: 21, loading: false });
  });

  it('keeps the list when a page fails to load, with the reason', () => {
    const shown = { ...initialUsersState, items: [alice], total: 1, loading: true };
    const state = reduce(shown, UsersApiActions.pageLoadFailed({ error: 'Forbidden' }));
    expect(state).toMatchObject({ items: [alice], loading: false, loadError: 'Forbidden' });
  });

  it('reports a created account and tells the form to clear', () => {
    const saving = reduce(
      initialUsersState,
      UsersPageActions.createSubmitted({
        user: { email: 'b@x.test', password: 'p', role: 'economist' },
      }),
    );
    expect(saving.saving).toBe(true);
    const done = reduce(saving, UsersApiActions.userCreated({ email: 'b@x.test' }));
    expect(done).toMatchObject({ saving: false, message: 'Created the account for b@x.test.' });
    expect(done.created).toBe(saving.created + 1);
  });

  it('keeps the form as it was when creating fails', () => {
    const state = reduce(
      { ...initialUsersState, saving: true },
      UsersApiActions.userCreateFailed({ error: 'That email address is already in use.' }),
    );
    expect(state).toMatchObject({
      saving: false,
      saveError: 'That email address is already in use.',
    });
    expect(state.created).toBe(0);
  });

  it('reports a disabled account', () => {
    const state = reduce(
      reduce(
        initialUsersState,
        UsersPageActions.disableConfirmed({ id: 'u1', email: alice.email }),
      ),
      UsersApiActions.userDisabled({ email: alice.email }),
    );
    expect(state).toMatchObject({
      saving: false,
      message: 'Disabled the account for alice@la1.test.',
    });
  });
});
