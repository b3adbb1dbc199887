import { createActionGroup, props } from '@ngrx/store';
import { FieldProblem, TimeEntryInput, TimeEntryView } from '../delivery.models';

export const MyTimePageActions = createActionGroup({
  source: 'My Time Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Time Submitted': props<{ programmeId: string; entry: TimeEntryInput }>(),
  },
});

export const MyTimeApiActions = createActionGroup({
  source: 'My Time API',
  events: {
    Loaded: props<{ programmeId: string; entries: TimeEntryView[]; totalMinutes: number }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Time Logged': props<{ message: string }>(),
    'Time Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
