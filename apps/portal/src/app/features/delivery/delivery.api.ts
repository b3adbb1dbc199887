import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type {
  AllocationInput,
  FamilyChangeInput,
  FamilyResult,
  PeriodLockInput,
  RandomisationInput,
  StatusChangeInput,
} from '@attune/contract';
import {
  CapacityRow,
  DueCollection,
  FamilyAction,
  FamilyDetail,
  FamilySessionView,
  FamilyView,
  IneligibleReferralInput,
  IneligibleReferralResult,
  IntakeView,
  NotProceededSummary,
  Page,
  PeriodLockView,
  MonthReviewView,
  Referral,
  SessionInput,
  TrialFlow,
  programmeUrl,
} from './delivery.models';

/** The API's delivery endpoints; every answer is already scoped to the caller on the server. */
@Injectable({ providedIn: 'root' })
export class DeliveryApi {
  private readonly http = inject(HttpClient);

  capacity(programmeId: string, code?: string): Observable<Page<CapacityRow>> {
    let params = new HttpParams().set('pageSize', 1000);
    if (code) params = params.set('code', code);
    return this.http.get<Page<CapacityRow>>(programmeUrl(programmeId, 'capacity'), { params });
  }

  notProceeded(programmeId: string): Observable<NotProceededSummary> {
    return this.http.get<NotProceededSummary>(programmeUrl(programmeId, 'dashboard/not-proceeded'));
  }

  intake(programmeId: string): Observable<IntakeView> {
    return this.http.get<IntakeView>(programmeUrl(programmeId, 'dashboard/intake'));
  }

  families(
    programmeId: string,
    filter: { status?: string | null; overdue?: boolean; practitionerCode?: string },
  ): Observable<Page<FamilyView>> {
    let params = new HttpParams().set('pageSize', 1000);
    if (filter.status) params = params.set('status', filter.status);
    if (filter.overdue) params = params.set('overdue', 'true');
    if (filter.practitionerCode) params = params.set('practitionerCode', filter.practitionerCode);
    return this.http.get<Page<FamilyView>>(programmeUrl(programmeId, 'families'), { params });
  }

  refer(programmeId: string, referral: Referral): Observable<FamilyResult> {
    return this.http.post<FamilyResult>(programmeUrl(programmeId, 'families'), referral);
  }

  /** A refused referral, counted by reason in the trial's flow; nothing about the family is kept. */
  recordIneligible(
    programmeId: string,
    referral: IneligibleReferralInput,
  ): Observable<IneligibleReferralResult> {
    return this.http.post<IneligibleReferralResult>(
      programmeUrl(programmeId, 'ineligible-referrals'),
      referral,
    );
  }

  sessions(programmeId: string): Observable<Page<FamilySessionView>> {
    return this.http.get<Page<FamilySessionView>>(programmeUrl(programmeId, 'family-sessions'), {
      params: new HttpParams().set('pageSize', 50),
    });
  }

  logSession(programmeId: string, session: SessionInput): Observable<FamilySessionView> {
    return this.http.post<FamilySessionView>(programmeUrl(programmeId, 'family-sessions'), session);
  }

  trialFlow(programmeId: string, asOf: string | null): Observable<TrialFlow> {
    const params = asOf ? new HttpParams().set('asOf', asOf) : new HttpParams();
    return this.http.get<TrialFlow>(programmeUrl(programmeId, 'trial-flow'), { params });
  }

  collectionsDue(programmeId: string, asOf: string | null): Observable<Page<DueCollection>> {
    let params = new HttpParams().set('pageSize', 1000);
    if (asOf) params = params.set('asOf', asOf);
    return this.http.get<Page<DueCollection>>(programmeUrl(programmeId, 'collections-due'), {
      params,
    });
  }

  locks(programmeId: string): Observable<Page<PeriodLockView>> {
    return this.http.get<Page<PeriodLockView>>(programmeUrl(programmeId, 'period-locks'), {
      params: new HttpParams().set('pageSize', 1000),
    });
  }

  signOff(programmeId: string, laCode: string, month: string): Observable<PeriodLockView> {
    return this.http.post<PeriodLockView>(programmeUrl(programmeId, 'period-locks'), {
      laCode,
      month,
    } satisfies PeriodLockInput);
  }

  /** What signing the LA's month off would sign (GET …/period-locks/review). */
  review(programmeId: string, laCode: string, month: string): Observable<MonthReviewView> {
    return this.http.get<MonthReviewView>(programmeUrl(programmeId, 'period-locks/review'), {
      params: new HttpParams().set('laCode', laCode).set('month', month),
    });
  }

  /** An admin reopens a signed-off month, saying why (kept in the audit log). */
  reopen(programmeId: string, laCode: string, month: string, reason: string): Observable<void> {
    const path = `period-locks/${encodeURIComponent(laCode)}/${encodeURIComponent(month)}`;
    return this.http.delete<void>(programmeUrl(programmeId, path), {
      params: new HttpParams().set('reason', reason),
    });
  }

  family(programmeId: string, reference: string): Observable<FamilyDetail> {
    return this.http.get<FamilyDetail>(familyUrl(programmeId, reference, ''));
  }

  /**
   * One manager action on a family, sent with the version read (the API
   * refuses a stale one with 409). Answers the capacity warnings, if any.
   */
  familyAction(
    programmeId: string,
    family: Pick<FamilyDetail, 'reference' | 'version'>,
    action: FamilyAction,
  ): Observable<{ warnings: string[]; trialArm?: string }> {
    const url = (path: string) => familyUrl(programmeId, family.reference, path);
    const { version } = family;
    const none = map((): { warnings: string[] } => ({ warnings: [] }));
    switch (action.kind) {
      case 'randomise':
        return this.http
          .post<FamilyView>(url('/randomise'), {})
          .pipe(map((f) => ({ warnings: [], trialArm: f.trialArm })));
      case 'record-randomisation':
        return this.http
          .post(url('/randomisation'), {
            trialArm: action.trialArm,
            randomisationDate: action.randomisationDate,
          } satisfies RandomisationInput)
          .pipe(none);
      case 'allocate':
        return this.http
          .post<FamilyResult>(url('/allocation'), {
            version,
            practitionerCode: action.practitionerCode,
            ...(action.outsideTrialReason ? { outsideTrialReason: action.outsideTrialReason } : {}),
          } satisfies AllocationInput)
          .pipe(map((r) => ({ warnings: r.warnings })));
      case 'status':
        return this.http
          .post(url('/status'), {
            version,
            status: action.status,
            reason: action.reason,
          } satisfies StatusChangeInput)
          .pipe(none);
      case 'outcome':
        return this.http.patch(url(''), { version, outcome6m: action.outcome6m }).pipe(none);
      case 'collection':
        return this.http
          .patch(url(''), { version, ...action.changes } satisfies FamilyChangeInput)
          .pipe(none);
    }
  }
}

function familyUrl(programmeId: string, reference: string, path: string): string {
  return programmeUrl(programmeId, `families/${encodeURIComponent(reference)}${path}`);
}
