import type { OneWaySensitivity } from '@attune/contract';
import { createActionGroup, props } from '@ngrx/store';

export const SensitivityPageActions = createActionGroup({
  source: 'Sensitivity Page',
  events: {
    /** The address names the programme (`/p/:programmeId/sensitivity`). */
    Opened: props<{ programmeId: string }>(),
  },
});

export const SensitivityApiActions = createActionGroup({
  source: 'Sensitivity API',
  events: {
    Loaded: props<{ programmeId: string; sensitivity: OneWaySensitivity }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
  },
});
