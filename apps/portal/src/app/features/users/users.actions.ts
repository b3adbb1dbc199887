import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { NewUser, UserPage } from './users.models';

export const UsersPageActions = createActionGroup({
  source: 'Users Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Create Submitted': props<{ user: NewUser }>(),
    'Disable Confirmed': props<{ id: string; email: string }>(),
  },
});

export const UsersApiActions = createActionGroup({
  source: 'Users API',
  events: {
    'Page Loaded': props<{ page: UserPage }>(),
    'Page Load Failed': props<{ error: string }>(),
    'User Created': props<{ email: string }>(),
    'User Create Failed': props<{ error: string }>(),
    'User Disabled': props<{ email: string }>(),
    'User Disable Failed': props<{ error: string }>(),
  },
});
