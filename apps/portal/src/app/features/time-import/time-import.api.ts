import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TimeImportResult } from '@attune/contract';
import { Observable } from 'rxjs';

export function templateUrl(programmeId: string, format: 'csv' | 'xlsx'): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/time-entries/template.${format}`;
}

/** Provided by the route, whose HttpClient reports upload progress (XHR). */
@Injectable()
export class TimeImportApi {
  private readonly http = inject(HttpClient);

  /** Every event of the upload: progress while the file goes up, then the answer. */
  upload(
    programmeId: string,
    file: File,
    dryRun: boolean,
  ): Observable<HttpEvent<TimeImportResult>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<TimeImportResult>(
      `/api/programmes/${encodeURIComponent(programmeId)}/time-entries/import`,
      body,
      { params: dryRun ? { dryRun: 'true' } : {}, reportProgress: true, observe: 'events' },
    );
  }
}
