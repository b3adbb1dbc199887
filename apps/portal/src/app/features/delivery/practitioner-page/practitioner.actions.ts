import { createActionGroup, props } from '@ngrx/store';
import { CapacityRow, FamilyView } from '../delivery.models';

export const PractitionerPageActions = createActionGroup({
  source: 'Practitioner Page',
  events: {
    Opened: props<{ programmeId: string; code: string }>(),
  },
});

export const PractitionerApiActions = createActionGroup({
  source: 'Practitioner API',
  events: {
    Loaded: props<{ code: string; row: CapacityRow | null; families: FamilyView[] }>(),
    'Load Failed': props<{ code: string; error: string }>(),
  },
});
