import { createActionGroup, props } from '@ngrx/store';
import {
  CapacityRow,
  FamilyAction,
  FamilyDetail,
  FamilySessionView,
  FieldProblem,
} from '../delivery.models';
import type { SessionChanges } from '../time.api';

export const FamilyPageActions = createActionGroup({
  source: 'Family Page',
  events: {
    /** Also after a 409: read the family again (with its new version). */
    Opened: props<{ programmeId: string; reference: string }>(),
    'Action Submitted': props<{ action: FamilyAction }>(),
    /** Corrections of a session, with the version read; a delete only after the person confirmed. */
    'Session Change Submitted': props<{ session: FamilySessionView; changes: SessionChanges }>(),
    'Session Delete Confirmed': props<{ session: FamilySessionView }>(),
  },
});

export const FamilyApiActions = createActionGroup({
  source: 'Family API',
  events: {
    Loaded: props<{
      family: FamilyDetail;
      practitioners: CapacityRow[];
      sessions: FamilySessionView[];
    }>(),
    'Load Failed': props<{ reference: string; error: string }>(),
    Saved: props<{ message: string; warnings: string[] }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
    /** 409: someone else changed the family first, or it was already randomised. */
    Conflict: props<{ error: string }>(),
  },
});
