import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { NotProceededSummary, OneWaySensitivity } from '@attune/contract';
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

  /** The one-way sensitivity (economists, admins). */
  sensitivity(programmeId: string): Observable<OneWaySensitivity> {
    return this.http.get<OneWaySensitivity>(
      `/api/programmes/${encodeURIComponent(programmeId)}/sensitivity`,
    );
  }

  /** Referrals that did not proceed, by reason (counts only). */
  notProceeded(programmeId: string): Observable<NotProceededSummary> {
    return this.http.get<NotProceededSummary>(
      `/api/programmes/${encodeURIComponent(programmeId)}/dashboard/not-proceeded`,
    );
  }
}
