import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Page,
  ProgressDetails,
  SupervisionFormOptions,
  SupervisionInput,
  SupervisionSession,
} from './supervision.models';

@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly http = inject(HttpClient);

  /** Rows in risk order; the API limits them to what the caller may see. */
  progress(
    programmeId: string,
    supervisorCode: string | null,
    asOf: string | null = null,
  ): Observable<ProgressDetails> {
    let params = new HttpParams().set('order', 'risk').set('pageSize', 1000);
    if (supervisorCode) params = params.set('supervisorCode', supervisorCode);
    if (asOf) params = params.set('asOf', asOf);
    return this.http.get<ProgressDetails>(`${base(programmeId)}/accreditation/details`, { params });
  }

  formOptions(programmeId: string): Observable<SupervisionFormOptions> {
    return this.http.get<SupervisionFormOptions>(`${base(programmeId)}/supervision-form`);
  }

  sessions(
    programmeId: string,
    supervisorCode: string | null,
  ): Observable<Page<SupervisionSession>> {
    let params = new HttpParams().set('pageSize', 10);
    if (supervisorCode) params = params.set('supervisorCode', supervisorCode);
    return this.http.get<Page<SupervisionSession>>(`${base(programmeId)}/supervision-sessions`, {
      params,
    });
  }

  session(programmeId: string, id: string): Observable<SupervisionSession> {
    return this.http.get<SupervisionSession>(`${base(programmeId)}/supervision-sessions/${id}`);
  }

  create(programmeId: string, input: SupervisionInput): Observable<SupervisionSession> {
    return this.http.post<SupervisionSession>(`${base(programmeId)}/supervision-sessions`, input);
  }

  remove(programmeId: string, session: Pick<SupervisionSession, 'id' | 'version'>) {
    return this.http.delete<void>(`${base(programmeId)}/supervision-sessions/${session.id}`, {
      params: new HttpParams().set('version', session.version),
    });
  }

  update(
    programmeId: string,
    id: string,
    input: SupervisionInput,
    version: number,
  ): Observable<SupervisionSession> {
    return this.http.patch<SupervisionSession>(`${base(programmeId)}/supervision-sessions/${id}`, {
      ...input,
      version,
    });
  }
}

const base = (programmeId: string) => `/api/programmes/${encodeURIComponent(programmeId)}`;
