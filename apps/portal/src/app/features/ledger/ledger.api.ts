import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { filterParams } from './ledger-query';
import { LedgerFilterText, LedgerMonthsView, LedgerPage, LedgerQuery } from './ledger.models';

@Injectable({ providedIn: 'root' })
export class LedgerApi {
  private readonly http = inject(HttpClient);

  /** One page of the filter's lines, with the totals of the whole filter. */
  page(programmeId: string, query: LedgerQuery): Observable<LedgerPage> {
    const params = { ...filterParams(query.filter), page: query.page, pageSize: query.pageSize };
    return this.http.get<LedgerPage>(`/api/programmes/${encodeURIComponent(programmeId)}/ledger`, {
      params,
    });
  }

  /** The filter's totals by month. */
  months(programmeId: string, filter: LedgerFilterText): Observable<LedgerMonthsView> {
    return this.http.get<LedgerMonthsView>(
      `/api/programmes/${encodeURIComponent(programmeId)}/ledger/months`,
      { params: filterParams(filter) },
    );
  }
}
