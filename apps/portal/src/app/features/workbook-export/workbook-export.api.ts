import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { JobStarted } from '@attune/contract';
import { JobView } from './workbook-export.models';

/** How often a running export is asked for its progress. */
export const WORKBOOK_POLL_MS = new InjectionToken<number>('WORKBOOK_POLL_MS', {
  factory: () => 1000,
});

@Injectable({ providedIn: 'root' })
export class WorkbookExportApi {
  private readonly http = inject(HttpClient);

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
