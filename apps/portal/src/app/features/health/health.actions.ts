import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { HealthReport } from './health.models';

export const HealthPageActions = createActionGroup({
  source: 'Health Page',
  events: {
    Opened: emptyProps(),
    'Refresh Clicked': emptyProps(),
  },
});

export const HealthApiActions = createActionGroup({
  source: 'Health API',
  events: {
    'Report Loaded': props<{ report: HealthReport; checkedAt: string }>(),
    'Report Failed': props<{ error: string }>(),
  },
});
