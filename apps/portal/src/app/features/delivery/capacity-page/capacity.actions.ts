import { createActionGroup, props } from '@ngrx/store';
import { CapacityRow, IntakeView, NotProceededSummary } from '../delivery.models';

export const CapacityPageActions = createActionGroup({
  source: 'Capacity Page',
  events: {
    Opened: props<{ programmeId: string }>(),
  },
});

export const CapacityApiActions = createActionGroup({
  source: 'Capacity API',
  events: {
    Loaded: props<{
      programmeId: string;
      rows: CapacityRow[];
      notProceeded: NotProceededSummary;
      intake: IntakeView;
    }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
  },
});
