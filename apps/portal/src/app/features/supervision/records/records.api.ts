import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page } from '../supervision.models';
import { RecordKind } from './records.models';

/** Milestones and training events share one REST shape under the programme. */
@Injectable({ providedIn: 'root' })
export class RecordsApi {
  private readonly http = inject(HttpClient);

  list<T>(programmeId: string, kind: RecordKind, filter: Record<string, string> = {}) {
    let params = new HttpParams().set('pageSize', 100);
    for (const [key, value] of Object.entries(filter)) params = params.set(key, value);
    return this.http.get<Page<T>>(url(programmeId, kind), { params });
  }

  get<T>(programmeId: string, kind: RecordKind, id: string): Observable<T> {
    return this.http.get<T>(url(programmeId, kind, id));
  }

  create<T>(programmeId: string, kind: RecordKind, input: object): Observable<T> {
    return this.http.post<T>(url(programmeId, kind), input);
  }

  remove(programmeId: string, kind: RecordKind, id: string, version: number) {
    return this.http.delete<void>(url(programmeId, kind, id), {
      params: new HttpParams().set('version', version),
    });
  }

  update<T>(
    programmeId: string,
    kind: RecordKind,
    id: string,
    input: object,
    version: number,
  ): Observable<T> {
    return this.http.patch<T>(url(programmeId, kind, id), { ...input, version });
  }
}

function url(programmeId: string, kind: RecordKind, id?: string): string {
  const base = `/api/programmes/${encodeURIComponent(programmeId)}/${kind}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}`;
}
