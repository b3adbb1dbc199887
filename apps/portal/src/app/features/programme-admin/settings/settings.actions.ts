import { createActionGroup, props } from '@ngrx/store';
import type { FieldProblem, ProgrammeView, UpdateProgrammeRequest } from '@attune/contract';

/** A rule set the programme may put in force, as the settings form offers it. */
export interface RuleSetChoice {
  code: string;
  name: string;
}

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
    /** The rule sets "Rule set in force" may name (none if they could not be read). */
    'Rule Sets Loaded': props<{ programmeId: string; ruleSets: RuleSetChoice[] }>(),
    Saved: props<{ programme: ProgrammeView }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
    Deleted: props<{ name: string }>(),
  },
});
