import type {
  CapacityRow,
  FamilyStatus,
  Fidelity,
  IntakeMonth,
  NotProceededSummary,
  SessionOutcome,
  SessionType,
  TimeEntryActivity,
} from '@attune/domain';

export type { CapacityRow, IntakeMonth, NotProceededSummary };

export interface Page<T> {
  items: T[];
  total: number;
}

/** A family as apps/api families/family-view.ts shows it: a pseudonymous reference only. */
export interface FamilyView {
  reference: string;
  laCode: string;
  referralDate: string;
  childBirthMonth: string;
  planAtReferral: string;
  courtProceedings: boolean;
  trialArm: string;
  randomisationDate: string | null;
  practitionerCode: string | null;
  status: FamilyStatus;
  statusDate: string | null;
  statusReason: string | null;
  outcome6m: string | null;
  consentFilming: boolean | null;
  consentClipsUse: boolean | null;
  sessionsHeld: number;
  lastHeldSessionDate: string | null;
  overdue: boolean;
  version: number;
}

/** One entry of a family's status history (GET families/:reference). */
export interface StatusHistoryEntry {
  status: FamilyStatus;
  statusDate: string;
  statusReason: string | null;
  recordedAt: string;
}

/** A status the family may move to now, with the reasons it takes (none: no reason). */
export interface NextStatus {
  status: FamilyStatus;
  reasons: string[];
}

/** GET /api/programmes/:id/families/:reference */
export interface FamilyDetail extends FamilyView {
  fidelity: Fidelity;
  history: StatusHistoryEntry[];
  nextStatuses: NextStatus[];
}

/** What a manager may do to one family; each is one API call (families.controller.ts). */
export type FamilyAction =
  | { kind: 'randomise' }
  | {
      kind: 'record-randomisation';
      trialArm: 'intervention' | 'control';
      randomisationDate: string;
    }
  | { kind: 'allocate'; practitionerCode: string }
  | { kind: 'status'; status: FamilyStatus; reason: string | null }
  | { kind: 'outcome'; outcome6m: string | null };

/** POST /api/programmes/:id/families */
export interface Referral {
  laCode?: string;
  referralDate: string;
  childBirthMonth: string;
  planAtReferral: string;
  courtProceedings: boolean;
  consentFilming: boolean | null;
  consentClipsUse: boolean | null;
}

/** POST /api/programmes/:id/family-sessions */
export interface SessionInput {
  familyReference: string;
  date: string;
  type: SessionType;
  cycle: number | null;
  outcome: SessionOutcome;
  contactMinutes: number;
  travelMinutes: number;
  prepMinutes: number;
}

export interface FamilySessionView extends SessionInput {
  id: string;
  practitionerCode: string;
  laCode: string;
  locked: boolean;
  version: number;
}

/** POST /api/programmes/:id/time-entries */
export interface TimeEntryInput {
  date: string;
  activity: TimeEntryActivity;
  minutes: number;
  familyReference: string | null;
  note: string | null;
}

export interface TimeEntryView extends TimeEntryInput {
  id: string;
  staffCode: string;
  laCode: string | null;
  locked: boolean;
  version: number;
}

export interface PeriodLockView {
  laCode: string;
  month: string;
  lockedAt: string;
  lockedBy: string | null;
}

export interface IntakeView {
  intakeStart: string;
  intakeEnd: string;
  months: IntakeMonth[];
}

/** One thing wrong with a submitted form, as the API names it (400 `errors`). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** `/api/programmes/:id/...` for a path of this feature. */
export function programmeUrl(programmeId: string, path: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/${path}`;
}

/** The hours a week allotted, against the VIG minutes of the last four weeks (as hours a week). */
export function hoursPerWeekUsed(row: Pick<CapacityRow, 'vigMinutesLast4Weeks'>): number {
  return Math.round((row.vigMinutesLast4Weeks / 60 / 4) * 10) / 10;
}
