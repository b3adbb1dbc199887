import { createActionGroup, props } from '@ngrx/store';
import type { NotProceededSummary } from '@attune/contract';
import { CostSummary, LedgerMonth } from './cost-summary.models';

export const CostSummaryPageActions = createActionGroup({
  source: 'Cost Summary Page',
  events: {
    /** The address names the programme (`/p/:programmeId/costs`). */
    Opened: props<{ programmeId: string }>(),
  },
});

export const CostSummaryApiActions = createActionGroup({
  source: 'Cost Summary API',
  events: {
    'Summary Loaded': props<{ programmeId: string; summary: CostSummary }>(),
    'Summary Load Failed': props<{ programmeId: string; error: string }>(),
    'Months Loaded': props<{ programmeId: string; months: LedgerMonth[] }>(),
    'Months Load Failed': props<{ programmeId: string; error: string }>(),
    /** The not-proceeded dashboard (counts by reason), shown beside the cost of those referrals. */
    'Not Proceeded Loaded': props<{ programmeId: string; notProceeded: NotProceededSummary }>(),
  },
});
