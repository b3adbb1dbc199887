import { createActionGroup, props } from '@ngrx/store';
import { FieldProblem, MonthReviewView, PeriodLockView } from '../delivery.models';

export const SignOffPageActions = createActionGroup({
  source: 'Sign-off Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    /** The LA or month changed: show its review, and forget the last sign-off's messages. */
    'Review Requested': props<{ programmeId: string; laCode: string; month: string }>(),
    'Sign Off Submitted': props<{ programmeId: string; laCode: string; month: string }>(),
    'Reopen Submitted': props<{
      programmeId: string;
      laCode: string;
      month: string;
      reason: string;
    }>(),
  },
});

export const SignOffApiActions = createActionGroup({
  source: 'Sign-off API',
  events: {
    Loaded: props<{ programmeId: string; locks: PeriodLockView[] }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Review Loaded': props<{ review: MonthReviewView }>(),
    'Review Failed': props<{ laCode: string; month: string; error: string }>(),
    'Signed Off': props<{ message: string }>(),
    'Sign Off Failed': props<{ error: string; problems: FieldProblem[] }>(),
    Reopened: props<{ message: string }>(),
    'Reopen Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
