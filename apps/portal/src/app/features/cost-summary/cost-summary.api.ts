import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { ProgrammePage } from '@attune/contract';
import { CostSummary, ProgrammeOption } from './cost-summary.models';

@Injectable({ providedIn: 'root' })
export class CostSummaryApi {
  private readonly http = inject(HttpClient);

  /** Every programme the caller may see (the API's largest page; there are few). */
  programmes(): Observable<ProgrammeOption[]> {
    return this.http
      .get<ProgrammePage>('/api/programmes', { params: { page: 1, pageSize: 1000 } })
      .pipe(map(({ items }) => items));
  }

  summary(programmeId: string): Observable<CostSummary> {
    return this.http.get<CostSummary>(
      `/api/programmes/${encodeURIComponent(programmeId)}/cost-summary`,
    );
  }
}
