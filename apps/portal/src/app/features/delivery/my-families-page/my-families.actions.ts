import { createActionGroup, props } from '@ngrx/store';
import { FamilySessionView, FamilyView, FieldProblem, SessionInput } from '../delivery.models';
import type { SessionChanges } from '../time.api';

export const MyFamiliesPageActions = createActionGroup({
  source: 'My Families Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Session Submitted': props<{ programmeId: string; session: SessionInput }>(),
    /** Corrections of one's own session, with the version read; a delete only after confirming. */
    'Session Change Submitted': props<{ session: FamilySessionView; changes: SessionChanges }>(),
    'Session Delete Confirmed': props<{ session: FamilySessionView }>(),
  },
});

export const MyFamiliesApiActions = createActionGroup({
  source: 'My Families API',
  events: {
    Loaded: props<{
      programmeId: string;
      families: FamilyView[];
      sessions: FamilySessionView[];
    }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Session Logged': props<{ message: string }>(),
    'Session Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
