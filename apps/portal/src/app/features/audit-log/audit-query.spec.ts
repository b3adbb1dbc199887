import { describe, it, expect } from '@jest/globals';
import { DEFAULT_AUDIT_QUERY } from './audit-log.models';
import { csvHref, parseAuditQuery, toQueryParams } from './audit-query';

describe('audit log query in the address bar', () => {
  it('reads filters and the page from query parameters', () => {
    expect(
      parseAuditQuery({
        action: ' auth.sign_in ',
        entityType: 'Session',
        userEmail: 'admin@',
        from: '2026-01-01',
        to: '2026-01-31',
        page: '3',
        pageSize: '50',
      }),
    ).toEqual({
      action: 'auth.sign_in',
      entityType: 'Session',
      userEmail: 'admin@',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to defaults for what the API would refuse, so a mangled link still opens', () => {
    expect(
      parseAuditQuery({ from: '31/01/2026', to: '2026-13-45', page: '0', pageSize: '7' }),
    ).toEqual(DEFAULT_AUDIT_QUERY);
    expect(parseAuditQuery({ page: '2.5' }).page).toBe(1);
  });

  it('writes back only what differs from the defaults, and round-trips', () => {
    expect(toQueryParams(DEFAULT_AUDIT_QUERY)).toEqual({});
    const query = { ...DEFAULT_AUDIT_QUERY, action: 'user.create', page: 2, pageSize: 100 };
    expect(toQueryParams(query)).toEqual({ action: 'user.create', page: '2', pageSize: '100' });
    expect(parseAuditQuery(toQueryParams(query))).toEqual(query);
  });

  it('downloads the CSV with the same filters and no paging', () => {
    expect(csvHref(DEFAULT_AUDIT_QUERY)).toBe('/api/audit-events.csv');
    expect(
      csvHref({
        ...DEFAULT_AUDIT_QUERY,
        action: 'auth.sign_in',
        userEmail: 'a+b@x.test',
        from: '2026-01-01',
        page: 4,
      }),
    ).toBe('/api/audit-events.csv?action=auth.sign_in&userEmail=a%2Bb%40x.test&from=2026-01-01');
  });
});
