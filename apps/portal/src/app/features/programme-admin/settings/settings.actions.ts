import { createActionGroup, props } from '@ngrx/store';
import type { FieldProblem, ProgrammeView, UpdateProgrammeRequest } from '@attune/contract';

export const SettingsPageActions = createActionGroup({
  source: 'Programme Settings Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Save Submitted': props<{ change: UpdateProgrammeRequest }>(),
    /** The admin typed the programme's name and confirmed. */
    'Delete Confirmed': props<{ version: number }>(),
  },
});

export const SettingsApiActions = createActionGroup({
  source: 'Programme Settings API',
  events: {
    Loaded: props<{ programmeId: string; programme: ProgrammeView | null }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    Saved: props<{ programme: ProgrammeView }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
    Deleted: props<{ name: string }>(),
  },
});
