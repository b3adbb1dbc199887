import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { filterParams } from './audit-query';
import { AuditPage, AuditQuery } from './audit-log.models';

@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);

  /** One page, newest first. */
  list(query: AuditQuery): Observable<AuditPage> {
    const params = { ...filterParams(query), page: query.page, pageSize: query.pageSize };
    return this.http.get<AuditPage>('/api/audit-events', { params });
  }
}
