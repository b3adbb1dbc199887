import type { FamilyChangeInput } from '@attune/contract';

/** The evaluation's fields of a family a manager records (PATCH …/families/:reference). */
export type CollectionChanges = Pick<
  FamilyChangeInput,
  'baselineCompletedOn' | 'followUp4mStatus' | 'followUp4mOn' | 'supportNeeded' | 'supportKind'
>;
import type { FamilyStatus } from '@attune/domain';

export type {
  CapacityRow,
  DueCollection,
  TrialFlow,
  TrialFlowCounts,
  FamilyDetail,
  FamilySessionInput as SessionInput,
  FamilySessionView,
  FamilyView,
  FieldProblem,
  IneligibleReferralInput,
  IneligibleReferralResult,
  IntakeMonth,
  IntakeView,
  LockedPeriod,
  MinutesByActivity,
  MonthReviewRow,
  MonthReviewView,
  NextStatus,
  NotProceededSummary,
  Page,
  PeriodLockView,
  ProgrammeOption,
  ReferralInput as Referral,
  StatusHistoryEntry,
  TimeEntryInput,
  TimeEntryView,
} from '@attune/contract';

/** What a manager may do to one family; each is one API call (families.controller.ts). */
export type FamilyAction =
  | { kind: 'randomise' }
  | {
      kind: 'record-randomisation';
      trialArm: 'intervention' | 'control';
      randomisationDate: string;
    }
  | { kind: 'allocate'; practitionerCode: string; outsideTrialReason?: string }
  | { kind: 'collection'; changes: CollectionChanges }
  | { kind: 'status'; status: FamilyStatus; reason: string | null }
  | { kind: 'outcome'; outcome6m: string | null };

/** The pages of this feature; each loads its own data when opened. */
export type DeliveryView =
  | { kind: 'capacity' }
  | { kind: 'practitioner'; code: string }
  | { kind: 'families'; status: string | null; overdue: boolean }
  | { kind: 'my-families' }
  | { kind: 'my-time' }
  | { kind: 'sign-off' }
  | { kind: 'family'; reference: string };

/** `/api/programmes/:id/...` for a path of this feature. */
export function programmeUrl(programmeId: string, path: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/${path}`;
}
