import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateLocalAuthorityRequest,
  CreatePractitionerRequest,
  CreateStaffRequest,
  LocalAuthorityView,
  Page,
  PractitionerUpdateResult,
  PractitionerView,
  ProgrammeView,
  StaffView,
  UpdateLocalAuthorityRequest,
  UpdatePractitionerRequest,
  UpdateProgrammeRequest,
  UpdateStaffRequest,
} from '@attune/contract';
import { Observable, map } from 'rxjs';

/** Enough rows for one programme's reference lists on one page (the API's largest page). */
const ALL = new HttpParams().set('pageSize', 1000);

/** The admin's routes for one programme: its settings, LAs, staff and practitioners. */
@Injectable({ providedIn: 'root' })
export class ProgrammeAdminApi {
  private readonly http = inject(HttpClient);

  private base(programmeId: string): string {
    return `/api/programmes/${encodeURIComponent(programmeId)}`;
  }

  /** The programme's full settings (the list carries every field). */
  programme(programmeId: string): Observable<ProgrammeView | null> {
    return this.http
      .get<Page<ProgrammeView>>('/api/programmes', { params: ALL })
      .pipe(map((page) => page.items.find((p) => p.id === programmeId) ?? null));
  }

  updateProgramme(programmeId: string, change: UpdateProgrammeRequest): Observable<ProgrammeView> {
    return this.http.patch<ProgrammeView>(this.base(programmeId), change);
  }

  deleteProgramme(programmeId: string, version: number): Observable<unknown> {
    return this.http.delete(this.base(programmeId), {
      params: new HttpParams().set('version', version),
    });
  }

  localAuthorities(programmeId: string): Observable<Page<LocalAuthorityView>> {
    return this.http.get<Page<LocalAuthorityView>>(`${this.base(programmeId)}/local-authorities`, {
      params: ALL,
    });
  }

  createLocalAuthority(
    programmeId: string,
    la: CreateLocalAuthorityRequest,
  ): Observable<LocalAuthorityView> {
    return this.http.post<LocalAuthorityView>(`${this.base(programmeId)}/local-authorities`, la);
  }

  updateLocalAuthority(
    programmeId: string,
    code: string,
    change: UpdateLocalAuthorityRequest,
  ): Observable<LocalAuthorityView> {
    return this.http.patch<LocalAuthorityView>(
      `${this.base(programmeId)}/local-authorities/${encodeURIComponent(code)}`,
      change,
    );
  }

  staff(programmeId: string): Observable<Page<StaffView>> {
    return this.http.get<Page<StaffView>>(`${this.base(programmeId)}/staff`, { params: ALL });
  }

  createStaff(programmeId: string, staff: CreateStaffRequest): Observable<StaffView> {
    return this.http.post<StaffView>(`${this.base(programmeId)}/staff`, staff);
  }

  updateStaff(
    programmeId: string,
    code: string,
    change: UpdateStaffRequest,
  ): Observable<StaffView> {
    return this.http.patch<StaffView>(
      `${this.base(programmeId)}/staff/${encodeURIComponent(code)}`,
      change,
    );
  }

  practitioners(programmeId: string): Observable<Page<PractitionerView>> {
    return this.http.get<Page<PractitionerView>>(`${this.base(programmeId)}/practitioners`, {
      params: ALL,
    });
  }

  createPractitioner(
    programmeId: string,
    practitioner: CreatePractitionerRequest,
  ): Observable<PractitionerView> {
    return this.http.post<PractitionerView>(
      `${this.base(programmeId)}/practitioners`,
      practitioner,
    );
  }

  updatePractitioner(
    programmeId: string,
    code: string,
    change: UpdatePractitionerRequest,
  ): Observable<PractitionerUpdateResult> {
    return this.http.patch<PractitionerUpdateResult>(
      `${this.base(programmeId)}/practitioners/${encodeURIComponent(code)}`,
      change,
    );
  }
}
