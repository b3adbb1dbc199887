import { describe, it, expect } from '@jest/globals';
import { AuditLogApiActions, AuditLogPageActions } from './audit-log.actions';
import { auditLogFeature, initialAuditLogState } from './audit-log.feature';
import { AuditEvent, DEFAULT_AUDIT_QUERY } from './audit-log.models';

const reduce = auditLogFeature.reducer;
const signIn: AuditEvent = {
  id: '7',
  at: '2026-01-05T09:00:00.000Z',
  userId: 'u1',
  userEmail: 'admin@attune.test',
  userRole: 'admin',
  action: 'auth.sign_in',
  entityType: 'Session',
  entityId: 's1',
  before: null,
  after: null,
  requestId: 'r1',
  address: '127.0.0.1',
};

describe('audit log reducer and selectors', () => {
  it('keeps the query asked for and shows its page when it arrives', () => {
    const query = { ...DEFAULT_AUDIT_QUERY, action: 'auth.sign_in', page: 2 };
    const loading = reduce(initialAuditLogState, AuditLogPageActions.queryChanged({ query }));
    expect(loading).toMatchObject({ query, loading: true, error: null });
    const loaded = reduce(
      loading,
      AuditLogApiActions.pageLoaded({ page: { items: [signIn], total: 26 } }),
    );
    expect(loaded).toMatchObject({ items: [signIn], total: 26, loading: false });
  });

  it('clears the rows when a page fails, so old rows never pose as the filtered ones', () => {
    const shown = { ...initialAuditLogState, items: [signIn], total: 1, loading: true };
    const failed = reduce(shown, AuditLogApiActions.pageLoadFailed({ error: 'from must be…' }));
    expect(failed).toMatchObject({ items: [], total: 0, loading: false, error: 'from must be…' });
  });

  it('links the CSV download to the filters in force', () => {
    const state = {
      auditLog: {
        ...initialAuditLogState,
        query: { ...DEFAULT_AUDIT_QUERY, entityType: 'User', to: '2026-02-01' },
      },
    };
    expect(auditLogFeature.selectCsvHref(state)).toBe(
      '/api/audit-events.csv?entityType=User&to=2026-02-01',
    );
  });
});
