import { createActionGroup, props } from '@ngrx/store';
import { DueCollection, Page, TrialFlow } from '../delivery.models';

export const TrialPageActions = createActionGroup({
  source: 'Trial Page',
  events: {
    Opened: props<{ programmeId: string; asOf: string | null }>(),
  },
});

export const TrialApiActions = createActionGroup({
  source: 'Trial API',
  events: {
    Loaded: props<{ programmeId: string; flow: TrialFlow; due: Page<DueCollection> }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
  },
});
