import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { JobStarted, ProgrammePage } from '@attune/contract';
import { JobView, ProgrammeOption } from './workbook-export.models';

/** How often a running export is asked for its progress. */
export const WORKBOOK_POLL_MS = new InjectionToken<number>('WORKBOOK_POLL_MS', {
  factory: () => 1000,
});

@Injectable({ providedIn: 'root' })
export class WorkbookExportApi {
  private readonly http = inject(HttpClient);

  /** Every programme the caller may see (the API's largest page; there are few). */
  programmes(): Observable<ProgrammeOption[]> {
    return this.http
      .get<ProgrammePage>('/api/programmes', { params: { page: 1, pageSize: 1000 } })
      .pipe(map(({ items }) => items));
  }

  /** Starts the export as a background job. */
  start(programmeId: string): Observable<JobStarted> {
    return this.http.post<JobStarted>(
      `/api/programmes/${encodeURIComponent(programmeId)}/workbook-jobs`,
      {},
    );
  }

  job(jobId: string): Observable<JobView> {
    return this.http.get<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`);
  }
}
