import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CostSummary, LedgerMonthsView } from './cost-summary.models';

@Injectable({ providedIn: 'root' })
export class CostSummaryApi {
  private readonly http = inject(HttpClient);

  /** Every programme the caller may see (the API's largest page; there are few). */
  summary(programmeId: string): Observable<CostSummary> {
    return this.http.get<CostSummary>(
      `/api/programmes/${encodeURIComponent(programmeId)}/cost-summary`,
    );
  }

  /** The whole ledger's cost by month, for the cumulative chart. */
  months(programmeId: string): Observable<LedgerMonthsView> {
    return this.http.get<LedgerMonthsView>(
      `/api/programmes/${encodeURIComponent(programmeId)}/ledger/months`,
    );
  }
}
