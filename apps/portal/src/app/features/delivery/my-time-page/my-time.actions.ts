import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { FamilyView, FieldProblem, TimeEntryInput, TimeEntryView } from '../delivery.models';
import type { TimeEntryChanges } from '../time.api';

export const MyTimePageActions = createActionGroup({
  source: 'My Time Page',
  events: {
    /** `staffCode`: the caller's own staff record (null: the account has none). */
    Opened: props<{
      programmeId: string;
      staffCode: string | null;
      monday: string;
      withFamilies: boolean;
    }>(),
    'Week Changed': props<{ monday: string }>(),
    'Time Submitted': props<{ entry: TimeEntryInput }>(),
    'Edit Started': props<{ id: string }>(),
    'Edit Cancelled': emptyProps(),
    'Change Submitted': props<{ entry: TimeEntryView; changes: TimeEntryChanges }>(),
    /** Sent only after the person confirmed, with the version they saw. */
    'Delete Confirmed': props<{ entry: TimeEntryView }>(),
    'Reload Requested': emptyProps(),
  },
});

export const MyTimeApiActions = createActionGroup({
  source: 'My Time API',
  events: {
    'Week Loaded': props<{ programmeId: string; monday: string; entries: TimeEntryView[] }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Families Loaded': props<{ programmeId: string; families: FamilyView[] }>(),
    'Time Saved': props<{ message: string; warnings: string[] }>(),
    'Time Failed': props<{ error: string; problems: FieldProblem[] }>(),
    /** 409 stale_version: the page offers to reload. */
    Stale: props<{ error: string }>(),
  },
});
