import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import {
  AccreditationDetails,
  CapacityRow,
  CollectionsDueSummary,
  CostSummary,
  FamilyView,
  ProgrammeView,
} from './home.models';

const programmeUrl = (programmeId: string, path: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/${path}`;

/** The API calls the home page makes: the same ones the role's own pages make, all scoped by the API. */
@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly http = inject(HttpClient);
  private readonly all = new HttpParams().set('pageSize', 1000);

  /** Four-month follow-ups and six-month outcomes due within 14 days, and overdue (scoped by the API). */
  dueSummary(programmeId: string): Observable<CollectionsDueSummary> {
    return this.http.get<CollectionsDueSummary>(
      programmeUrl(programmeId, 'collections-due/summary'),
    );
  }

  /** The programmes the caller may see, with their dates and settings (the minimum per practitioner). */
  programmes(): Observable<ProgrammeView[]> {
    return this.http
      .get<{ items: ProgrammeView[] }>('/api/programmes', { params: this.all })
      .pipe(map((page) => page.items));
  }

  capacity(programmeId: string): Observable<CapacityRow[]> {
    return this.http
      .get<{ items: CapacityRow[] }>(programmeUrl(programmeId, 'capacity'), { params: this.all })
      .pipe(map((page) => page.items));
  }

  /** Progress in risk order; a practitioner gets their own row only. */
  progress(programmeId: string, supervisorCode: string | null): Observable<AccreditationDetails> {
    let params = this.all.set('order', 'risk');
    if (supervisorCode) params = params.set('supervisorCode', supervisorCode);
    return this.http.get<AccreditationDetails>(programmeUrl(programmeId, 'accreditation/details'), {
      params,
    });
  }

  families(programmeId: string): Observable<FamilyView[]> {
    return this.http
      .get<{ items: FamilyView[] }>(programmeUrl(programmeId, 'families'), { params: this.all })
      .pipe(map((page) => page.items));
  }

  costs(programmeId: string): Observable<CostSummary> {
    return this.http.get<CostSummary>(programmeUrl(programmeId, 'cost-summary'));
  }
}
