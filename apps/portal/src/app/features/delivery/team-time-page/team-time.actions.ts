import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { FieldProblem, TimeEntryInput, TimeEntryView } from '../delivery.models';
import type { TeamMember } from '../shared/week';
import type { TimeEntryChanges } from '../time.api';

export const TeamTimePageActions = createActionGroup({
  source: 'Team Time Page',
  events: {
    /** `laCode`: the manager's own LA, or the one an admin chose (null: not chosen yet). */
    Opened: props<{ programmeId: string; laCode: string | null; monday: string }>(),
    'La Chosen': props<{ laCode: string }>(),
    'Week Changed': props<{ monday: string }>(),
    'Member Chosen': props<{ staffCode: string | null }>(),
    'Time Submitted': props<{ entry: TimeEntryInput }>(),
    'Edit Started': props<{ id: string }>(),
    'Edit Cancelled': emptyProps(),
    'Change Submitted': props<{ entry: TimeEntryView; changes: TimeEntryChanges }>(),
    /** Sent only after the person confirmed, with the version they saw. */
    'Delete Confirmed': props<{ entry: TimeEntryView }>(),
    'Reload Requested': emptyProps(),
  },
});

export const TeamTimeApiActions = createActionGroup({
  source: 'Team Time API',
  events: {
    'Week Loaded': props<{
      laCode: string;
      monday: string;
      entries: TimeEntryView[];
      members: TeamMember[];
    }>(),
    'Load Failed': props<{ error: string }>(),
    'Time Saved': props<{ message: string; warnings: string[] }>(),
    'Time Failed': props<{ error: string; problems: FieldProblem[] }>(),
    Stale: props<{ error: string }>(),
  },
});
