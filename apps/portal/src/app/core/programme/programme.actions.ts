import { createActionGroup, props } from '@ngrx/store';
import { ProgrammeOption } from './programme.models';

/** From the routing: the list is needed, or a programme's page was entered. */
export const ProgrammeRouteActions = createActionGroup({
  source: 'Programme Route',
  events: {
    /** fresh: ask the API again even if the list is already known (after an import, say). */
    'List Needed': props<{ fresh: boolean }>(),
    /** The address names a programme the user may see: remembered for the next visit. */
    Entered: props<{ programmeId: string; email: string }>(),
  },
});

export const ProgrammeChooserActions = createActionGroup({
  source: 'Programme Chooser',
  events: {
    /** The user chose a programme; next: the page to show it on (`capacity`, …). */
    Chosen: props<{ programmeId: string; next: string }>(),
  },
});

export const ProgrammeApiActions = createActionGroup({
  source: 'Programme API',
  events: {
    'List Loaded': props<{ programmes: ProgrammeOption[] }>(),
    'List Failed': props<{ error: string }>(),
  },
});
