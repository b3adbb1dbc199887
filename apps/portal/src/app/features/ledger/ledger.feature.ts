import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { csvHref } from './ledger-query';
import { LedgerApiActions, LedgerPageActions } from './ledger.actions';
import {
  DEFAULT_LEDGER_PAGE_SIZE,
  EMPTY_LEDGER_FILTER,
  LedgerPage,
  LedgerQuery,
} from './ledger.models';

export interface LedgerState {
  programmeId: string | null;
  query: LedgerQuery;
  page: LedgerPage | null;
  loading: boolean;
  error: string | null;
  fieldErrors: Record<string, string>;
}

export const initialLedgerState: LedgerState = {
  programmeId: null,
  query: { filter: EMPTY_LEDGER_FILTER, page: 1, pageSize: DEFAULT_LEDGER_PAGE_SIZE },
  page: null,
  loading: false,
  error: null,
  fieldErrors: {},
};

export const ledgerFeature = createFeature({
  name: 'ledger',
  reducer: createReducer(
    initialLedgerState,
    on(LedgerPageActions.queryChanged, (state, { programmeId, query }) => ({
      ...state,
      programmeId,
      query,
      // Lines of another programme must not stay on screen under this one's name.
      page: state.programmeId === programmeId ? state.page : null,
      loading: true,
      error: null,
      fieldErrors: {},
    })),
    on(LedgerApiActions.pageLoaded, (state, { page }) => ({ ...state, page, loading: false })),
    // The lines shown no longer match the filter asked for: clear them rather than mislead.
    on(LedgerApiActions.pageLoadFailed, (state, { error, fields }) => ({
      ...state,
      page: null,
      loading: false,
      error,
      fieldErrors: fields,
    })),
  ),
  extraSelectors: ({ selectProgrammeId, selectQuery }) => ({
    selectCsvHref: createSelector(selectProgrammeId, selectQuery, (id, query) =>
      id === null ? null : csvHref(id, query.filter),
    ),
  }),
});
