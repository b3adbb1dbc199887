import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, throwError, of } from 'rxjs';
import { HealthReport } from './health.models';

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);

  /** The API answers 503 with the same report when the database is down: still a report. */
  check(): Observable<HealthReport> {
    return this.http
      .get<HealthReport>('/api/health')
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isReport(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }
}

function isReport(body: unknown): body is HealthReport {
  return typeof body === 'object' && body !== null && 'database' in body && 'status' in body;
}
