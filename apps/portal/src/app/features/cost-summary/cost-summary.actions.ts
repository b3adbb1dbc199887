import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { CostSummary, ProgrammeOption } from './cost-summary.models';

export const CostSummaryPageActions = createActionGroup({
  source: 'Cost Summary Page',
  events: {
    Opened: emptyProps(),
    /** The address bar names a programme (chosen, shared or defaulted). */
    'Programme Chosen': props<{ programmeId: string }>(),
  },
});

export const CostSummaryApiActions = createActionGroup({
  source: 'Cost Summary API',
  events: {
    'Programmes Loaded': props<{ programmes: ProgrammeOption[] }>(),
    'Programmes Load Failed': props<{ error: string }>(),
    'Summary Loaded': props<{ programmeId: string; summary: CostSummary }>(),
    'Summary Load Failed': props<{ programmeId: string; error: string }>(),
  },
});
