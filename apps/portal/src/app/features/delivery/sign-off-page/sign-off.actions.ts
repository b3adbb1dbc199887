import { createActionGroup, props } from '@ngrx/store';
import { FieldProblem, PeriodLockView } from '../delivery.models';

export const SignOffPageActions = createActionGroup({
  source: 'Sign-off Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Sign Off Submitted': props<{ programmeId: string; laCode: string; month: string }>(),
  },
});

export const SignOffApiActions = createActionGroup({
  source: 'Sign-off API',
  events: {
    Loaded: props<{ programmeId: string; locks: PeriodLockView[] }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Signed Off': props<{ message: string }>(),
    'Sign Off Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
