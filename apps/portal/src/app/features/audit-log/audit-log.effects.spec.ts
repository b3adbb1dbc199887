import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { AuditLogApiActions, AuditLogPageActions } from './audit-log.actions';
import { AuditLogApi } from './audit-log.api';
import { loadPage } from './audit-log.effects';
import { AuditPage, DEFAULT_AUDIT_QUERY } from './audit-log.models';

describe('audit log effects', () => {
  it('loads the query asked for, and only the latest when queries overlap', () => {
    const first = new Subject<AuditPage>();
    const api = {
      list: jest
        .fn<(q: unknown) => Observable<AuditPage>>()
        .mockReturnValueOnce(first)
        .mockReturnValueOnce(of({ items: [], total: 3 })),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadPage(actions, api as unknown as AuditLogApi).subscribe((a) => out.push(a));
    const older = { ...DEFAULT_AUDIT_QUERY, action: 'user.create' };
    const newer = { ...older, page: 2 };
    actions.next(AuditLogPageActions.queryChanged({ query: older }));
    actions.next(AuditLogPageActions.queryChanged({ query: newer }));
    first.next({ items: [], total: 99 }); // arrives late: dropped
    expect(api.list.mock.calls.map(([q]) => q)).toEqual([older, newer]);
    expect(out).toEqual([AuditLogApiActions.pageLoaded({ page: { items: [], total: 3 } })]);
  });

  it("passes on the API's reason for refusing a filter", () => {
    const api = {
      list: jest.fn(() =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 400,
              error: { statusCode: 400, message: 'from must not be after to' },
            }),
        ),
      ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadPage(actions, api as unknown as AuditLogApi).subscribe((a) => out.push(a));
    actions.next(AuditLogPageActions.queryChanged({ query: DEFAULT_AUDIT_QUERY }));
    expect(out).toEqual([
      AuditLogApiActions.pageLoadFailed({ error: 'from must not be after to' }),
    ]);
  });
});
