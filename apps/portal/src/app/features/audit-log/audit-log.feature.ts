import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { csvHref } from './audit-query';
import { AuditLogApiActions, AuditLogPageActions } from './audit-log.actions';
import { AuditEvent, AuditQuery, DEFAULT_AUDIT_QUERY } from './audit-log.models';

export interface AuditLogState {
  query: AuditQuery;
  items: AuditEvent[];
  total: number;
  loading: boolean;
  error: string | null;
}

export const initialAuditLogState: AuditLogState = {
  query: DEFAULT_AUDIT_QUERY,
  items: [],
  total: 0,
  loading: false,
  error: null,
};

export const auditLogFeature = createFeature({
  name: 'auditLog',
  reducer: createReducer(
    initialAuditLogState,
    on(AuditLogPageActions.queryChanged, (state, { query }) => ({
      ...state,
      query,
      loading: true,
      error: null,
    })),
    on(AuditLogApiActions.pageLoaded, (state, { page }) => ({
      ...state,
      items: page.items,
      total: page.total,
      loading: false,
    })),
    // The rows shown no longer match the filters asked for: clear them rather than mislead.
    on(AuditLogApiActions.pageLoadFailed, (state, { error }) => ({
      ...state,
      items: [],
      total: 0,
      loading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectQuery }) => ({
    selectCsvHref: createSelector(selectQuery, csvHref),
  }),
});
