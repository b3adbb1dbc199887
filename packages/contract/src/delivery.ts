// Families, their sessions, staff time, month sign-off, capacity and the delivery dashboard.
import type {
  CapacityRow,
  FamilyRecord,
  DueCollection,
  FamilyStatus,
  Fidelity,
  FidelitySummary,
  FidelityTotals,
  FollowUpStatus,
  IneligibleReason,
  SupportKind,
  IntakeMonth,
  NotProceededSummary,
  Outcome6m,
  SessionOutcome,
  SessionType,
  TimeEntryActivity,
  TrialArm,
  TrialFlow,
  TrialFlowCounts,
} from '@attune/domain';
import type { NullableOptional, Page } from './platform.js';

/** One row of GET …/capacity (DESIGN.md's fields, computed by the domain), and the dashboard figures. */
export type { CapacityRow, Fidelity, IntakeMonth, NotProceededSummary };

/** GET /api/programmes/:id/fidelity: the domain's fidelityTotals over the families the caller may see. */
export type { FidelitySummary, FidelityTotals };

/** GET …/trial-flow: CONSORT-style counts, overall and by LA, as they stood on `asOf` (the domain's trialFlow). */
export type { TrialFlow, TrialFlowCounts };

/** One row of GET …/collections-due: a follow-up or outcome due within 14 days, or overdue. */
export type { DueCollection };

/** GET …/collections-due/summary: the counts for the home page. */
export interface CollectionsDueSummary {
  asOf: string;
  dueSoon: number;
  overdue: number;
}

/** POST …/ineligible-referrals: a refused referral, counted by reason only. */
export interface IneligibleReferralInput {
  laCode?: string;
  referralDate: string;
  childBirthMonth: string;
  planAtReferral: string;
}

/** 201 of POST …/ineligible-referrals: the reason it was counted under, and why, in words. */
export interface IneligibleReferralResult {
  reason: IneligibleReason;
  problem: string;
}

/**
 * A family as the API shows it: a pseudonymous reference, never a name. Its
 * record's fields are the domain's FamilyRecord (the data package's row), so
 * a field added there is on the wire at once.
 */
export interface FamilyView extends FamilyRecord {
  consentFilming: boolean | null;
  consentClipsUse: boolean | null;
  /** The evaluation's data-collection points: dates and status only, never the answers. */
  baselineCompletedOn: string | null;
  /** Randomisation + 4 months (null until randomised). */
  followUp4mDueOn: string | null;
  followUp4mStatus: FollowUpStatus | null;
  followUp4mOn: string | null;
  /** Randomisation + 6 months (null until randomised). */
  outcome6mDueOn: string | null;
  outcome6mRecordedOn: string | null;
  supportNeeded: boolean | null;
  supportKind: SupportKind | null;
  /** Why an admin allocated the family outside the trial (its arm is then not_randomised). */
  outsideTrialReason: string | null;
  sessionsHeld: number;
  lastHeldSessionDate: string | null;
  /** Active with no held session for more than 14 days (domain isOverdue), as of the list's date. */
  overdue: boolean;
  /** Send it back with a change: a stale one gets 409. */
  version: number;
}

/** What the referrer says of a family: its record less what the programme decides later. */
type FamilyFacts = Omit<
  FamilyRecord,
  | 'reference'
  | 'laCode'
  | 'trialArm'
  | 'randomisationDate'
  | 'practitionerCode'
  | 'status'
  | 'statusDate'
  | 'statusReason'
  | 'outcome6m'
  // The consent and evaluation fields: each input below names those it takes.
  | 'consentFilming'
  | 'consentClipsUse'
  | 'baselineCompletedOn'
  | 'followUp4mStatus'
  | 'followUp4mOn'
  | 'outcome6mRecordedOn'
  | 'supportNeeded'
  | 'supportKind'
>;

/** One entry of a family's status history. */
export interface StatusHistoryEntry {
  status: FamilyStatus;
  statusDate: string | null;
  statusReason: string | null;
  recordedAt: string;
}

/** A status the family may move to now, with the reasons it takes (empty: none). */
export interface NextStatus {
  status: FamilyStatus;
  reasons: readonly string[];
}

/** GET …/families/:reference */
export interface FamilyDetail extends FamilyView {
  history: StatusHistoryEntry[];
  fidelity: Fidelity;
  nextStatuses: NextStatus[];
}

/** A write that worked (referral, allocation), with anything the person should know. */
export interface FamilyResult {
  family: FamilyView;
  warnings: string[];
}

/** POST …/families: the family's facts (those that may be null are optional), and consent. */
export type ReferralInput = NullableOptional<FamilyFacts> & {
  laCode?: string;
  consentFilming?: boolean | null;
  consentClipsUse?: boolean | null;
  supportNeeded?: boolean | null;
  supportKind?: SupportKind | null;
};

/** POST …/families/:reference/randomise: the domain's randomiser, dated today unless `date` says. */
export interface RandomiseInput {
  date?: string;
}

/** POST …/families/:reference/randomisation: a randomisation made elsewhere, recorded here. */
export interface RandomisationInput {
  trialArm: Exclude<TrialArm, 'not_randomised'>;
  randomisationDate: string;
}

/** POST …/families/:reference/allocation */
export interface AllocationInput {
  version: number;
  practitionerCode: string;
  date?: string;
  /** Required (admin only) to allocate a referred family outside the trial. */
  outsideTrialReason?: string;
}

/** POST …/families/:reference/status */
export interface StatusChangeInput {
  version: number;
  status: FamilyStatus;
  reason?: string | null;
  date?: string;
}

/**
 * PATCH …/families/:reference: only the fields given change; null clears.
 * Every fact but those its eligibility was judged on (referral date, birth
 * month, plan), consent, and the six-month outcome.
 */
export type FamilyChangeInput = Partial<
  Omit<FamilyFacts, 'referralDate' | 'childBirthMonth' | 'planAtReferral'>
> & {
  version: number;
  consentFilming?: boolean | null;
  consentClipsUse?: boolean | null;
  outcome6m?: Outcome6m | null;
  baselineCompletedOn?: string | null;
  followUp4mStatus?: FollowUpStatus | null;
  followUp4mOn?: string | null;
  supportNeeded?: boolean | null;
  supportKind?: SupportKind | null;
};

/** POST …/family-sessions */
export interface FamilySessionInput {
  familyReference: string;
  /** An admin's only: whose session (default the family's practitioner). */
  practitionerCode?: string;
  date: string;
  type: SessionType;
  cycle: number | null;
  outcome: SessionOutcome;
  contactMinutes: number;
  travelMinutes: number;
  prepMinutes: number;
}

export interface FamilySessionView {
  id: string;
  familyReference: string;
  practitionerCode: string;
  laCode: string;
  date: string;
  type: SessionType;
  cycle: number | null;
  outcome: SessionOutcome;
  contactMinutes: number;
  travelMinutes: number;
  prepMinutes: number;
  /** Dated in a signed-off month of its LA: read-only until an admin reopens it. */
  locked: boolean;
  version: number;
}

/** POST …/time-entries */
export interface TimeEntryInput {
  /** An admin's or manager's only: whose time (default the caller's). */
  staffCode?: string;
  date: string;
  activity: TimeEntryActivity;
  minutes: number;
  laCode?: string | null;
  familyReference: string | null;
  note: string | null;
}

export interface TimeEntryView {
  id: string;
  staffCode: string;
  date: string;
  activity: TimeEntryActivity;
  minutes: number;
  /** The LA the time is for, when not the person's own. */
  laCode: string | null;
  familyReference: string | null;
  note: string | null;
  /** Dated in a signed-off month of its LA. */
  locked: boolean;
  version: number;
}

/** A created or changed entry, with what the ledger may already count elsewhere (DESIGN.md). */
export interface TimeEntrySaved extends TimeEntryView {
  warnings: string[];
}

/** GET …/time-entries: a page, and the minutes of every entry the filter matches. */
export interface TimeEntryPage extends Page<TimeEntryView> {
  totalMinutes: number;
}

/** POST …/period-locks */
export interface PeriodLockInput {
  laCode: string;
  /** `YYYY-MM`. */
  month: string;
}

/** A signed-off month of one LA. */
export interface PeriodLockView {
  laCode: string;
  month: string;
  lockedAt: string;
  lockedBy: string | null;
}

/** GET …/dashboard/intake */
export interface IntakeView {
  intakeStart: string;
  intakeEnd: string;
  months: IntakeMonth[];
}
