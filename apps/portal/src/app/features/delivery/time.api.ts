import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { StaffView, TimeEntryPage, TimeEntrySaved } from '@attune/contract';
import {
  FamilySessionView,
  Page,
  SessionInput,
  TimeEntryInput,
  TimeEntryView,
  programmeUrl,
} from './delivery.models';

/** Whose time, and which days: the list's filters, also the CSV export's. */
export interface TimeFilter {
  from: string;
  to: string;
  staffCode?: string | null;
  laCode?: string | null;
}

/** What may change in a time entry (PATCH with the version read). */
export type TimeEntryChanges = Omit<TimeEntryInput, 'staffCode'>;

/** What may change in a family session (PATCH with the version read). */
export type SessionChanges = Omit<SessionInput, 'familyReference' | 'practitionerCode'>;

/** The query string of a time filter, for the list and for its CSV. */
export function timeQuery(filter: TimeFilter): HttpParams {
  let params = new HttpParams().set('from', filter.from).set('to', filter.to);
  if (filter.staffCode) params = params.set('staffCode', filter.staffCode);
  if (filter.laCode) params = params.set('laCode', filter.laCode);
  return params;
}

/** Time entries and corrections of family sessions; the API scopes and checks every call. */
@Injectable({ providedIn: 'root' })
export class TimeApi {
  private readonly http = inject(HttpClient);

  timeEntries(programmeId: string, filter: TimeFilter): Observable<TimeEntryPage> {
    return this.http.get<TimeEntryPage>(programmeUrl(programmeId, 'time-entries'), {
      params: timeQuery(filter).set('pageSize', 1000),
    });
  }

  logTime(programmeId: string, entry: TimeEntryInput): Observable<TimeEntrySaved> {
    return this.http.post<TimeEntrySaved>(programmeUrl(programmeId, 'time-entries'), entry);
  }

  updateTime(
    programmeId: string,
    entry: Pick<TimeEntryView, 'id' | 'version'>,
    changes: TimeEntryChanges,
  ): Observable<TimeEntrySaved> {
    return this.http.patch<TimeEntrySaved>(entryUrl(programmeId, 'time-entries', entry.id), {
      ...changes,
      version: entry.version,
    });
  }

  deleteTime(programmeId: string, entry: Pick<TimeEntryView, 'id' | 'version'>) {
    return this.http.delete<void>(entryUrl(programmeId, 'time-entries', entry.id), {
      params: new HttpParams().set('version', entry.version),
    });
  }

  /**
   * The staff the user may read (GET …/staff, scoped by the server: a manager
   * sees their own LA's). The route takes paging only; an unknown parameter
   * is refused with 400, so callers pick an LA's members from the list.
   */
  staff(programmeId: string): Observable<Page<StaffView>> {
    return this.http.get<Page<StaffView>>(programmeUrl(programmeId, 'staff'), {
      params: new HttpParams().set('pageSize', 1000),
    });
  }

  familySessions(
    programmeId: string,
    familyReference: string,
  ): Observable<Page<FamilySessionView>> {
    return this.http.get<Page<FamilySessionView>>(programmeUrl(programmeId, 'family-sessions'), {
      params: new HttpParams().set('familyReference', familyReference).set('pageSize', 1000),
    });
  }

  updateSession(
    programmeId: string,
    session: Pick<FamilySessionView, 'id' | 'version'>,
    changes: SessionChanges,
  ): Observable<FamilySessionView> {
    return this.http.patch<FamilySessionView>(
      entryUrl(programmeId, 'family-sessions', session.id),
      { ...changes, version: session.version },
    );
  }

  deleteSession(programmeId: string, session: Pick<FamilySessionView, 'id' | 'version'>) {
    return this.http.delete<void>(entryUrl(programmeId, 'family-sessions', session.id), {
      params: new HttpParams().set('version', session.version),
    });
  }
}

function entryUrl(programmeId: string, path: string, id: string): string {
  return programmeUrl(programmeId, `${path}/${encodeURIComponent(id)}`);
}
