import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Credentials, CurrentUser } from './auth.models';

/** Route guards need to know whether there is a session. */
export const AuthGuardActions = createActionGroup({
  source: 'Auth Guard',
  events: {
    'Session Check Requested': emptyProps(),
  },
});

export const SignInPageActions = createActionGroup({
  source: 'Sign-in Page',
  events: {
    Submitted: props<{ credentials: Credentials; returnUrl: string | null }>(),
  },
});

export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

/** Raised by the HTTP interceptor when an API call answers 401. */
export const HttpActions = createActionGroup({
  source: 'HTTP',
  events: {
    'Session Expired': emptyProps(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Session Found': props<{ user: CurrentUser }>(),
    'No Session': emptyProps(),
    'Sign In Succeeded': props<{ user: CurrentUser; returnUrl: string | null }>(),
    'Sign In Failed': props<{ error: string }>(),
    'Signed Out': emptyProps(),
  },
});
