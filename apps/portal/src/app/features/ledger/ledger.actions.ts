import { createActionGroup, props } from '@ngrx/store';
import { LedgerPage, LedgerQuery } from './ledger.models';

export const LedgerPageActions = createActionGroup({
  source: 'Ledger Page',
  events: {
    /** The address changed (opening the page counts): load what it asks for. */
    'Query Changed': props<{ programmeId: string; query: LedgerQuery }>(),
  },
});

export const LedgerApiActions = createActionGroup({
  source: 'Ledger API',
  events: {
    'Page Loaded': props<{ page: LedgerPage }>(),
    /** `fields`: the server's problem at each filter field it names (a 400). */
    'Page Load Failed': props<{ error: string; fields: Record<string, string> }>(),
  },
});
