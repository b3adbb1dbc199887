import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CollectionsDueSummary } from './home.models';

@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly http = inject(HttpClient);

  /** Four-month follow-ups and six-month outcomes due within 14 days, and overdue (scoped by the API). */
  dueSummary(programmeId: string): Observable<CollectionsDueSummary> {
    return this.http.get<CollectionsDueSummary>(
      `/api/programmes/${encodeURIComponent(programmeId)}/collections-due/summary`,
    );
  }
}
