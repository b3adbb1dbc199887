import { createFeature, createReducer, on } from '@ngrx/store';
import { UsersApiActions, UsersPageActions } from './users.actions';
import { UserSummary } from './users.models';

export interface UsersState {
  items: UserSummary[];
  total: number;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  /** The last change that worked, announced to the user. */
  message: string | null;
  /** Bumped on each successful create so the form knows to clear itself. */
  created: number;
}

export const initialUsersState: UsersState = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 25,
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  message: null,
  created: 0,
};

export const usersFeature = createFeature({
  name: 'users',
  reducer: createReducer(
    initialUsersState,
    on(UsersPageActions.opened, (state) => ({ ...state, loading: true, loadError: null })),
    on(UsersPageActions.pageChanged, (state, { page, pageSize }) => ({
      ...state,
      page,
      pageSize,
      loading: true,
      loadError: null,
    })),
    on(UsersApiActions.pageLoaded, (state, { page }) => ({
      ...state,
      items: page.items,
      total: page.total,
      loading: false,
    })),
    on(UsersApiActions.pageLoadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(UsersPageActions.createSubmitted, UsersPageActions.disableConfirmed, (state) => ({
      ...state,
      saving: true,
      saveError: null,
      message: null,
    })),
    on(UsersApiActions.userCreated, (state, { email }) => ({
      ...state,
      saving: false,
      message: `Created the account for ${email}.`,
      created: state.created + 1,
    })),
    on(UsersApiActions.userDisabled, (state, { email }) => ({
      ...state,
      saving: false,
      message: `Disabled the account for ${email}.`,
    })),
    on(UsersApiActions.userCreateFailed, UsersApiActions.userDisableFailed, (state, { error }) => ({
      ...state,
      saving: false,
      saveError: error,
    })),
  ),
});
