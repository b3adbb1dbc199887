import type { AttunedPrinciple } from '../accreditation/principles.js';
import type { IneligibleReason } from '../delivery/eligibility.js';
import type {
  Bearer,
  CostRole,
  CostType,
  FamilyStatus,
  FollowUpStatus,
  MilestoneOutcome,
  MilestoneType,
  NotProceededReason,
  Outcome6m,
  ReferralSource,
  Plan,
  PractitionerStatus,
  PractitionerStatusReason,
  ResourceCategory,
  RuleSetCode,
  SessionOutcome,
  SessionType,
  SubstantiveRole,
  SupervisionFormat,
  SupervisionMode,
  SupportKind,
  TimeEntryActivity,
  TrainingType,
  TrialArm,
  UnitCostBasis,
  WithdrawnReason,
} from './enums.js';

/** `YYYY-MM-DD`. Dates are calendar dates with no time zone. */
export type IsoDate = string;
/** `YYYY-MM`. */
export type IsoMonth = string;
/**
 * An exact decimal written as text (`0.035`, `7.5`, `12.125`): never parsed
 * into a binary float for arithmetic; use Decimal.
 */
export type DecimalString = string;
/** Money in pence, an integer. */
export type Pence = number;

/**
 * The records of one programme, one interface per file of the data package
 * (DESIGN.md, "The data package"), with the files' snake_case columns in
 * camelCase. Empty CSV cells are null.
 */
export interface ProgrammeRecord {
  name: string;
  funder: string;
  provider: string;
  startDate: IsoDate;
  intakeStart: IsoDate;
  intakeEnd: IsoDate;
  deliveryEnd: IsoDate;
  priceYear: number;
  discountRate: DecimalString;
  minFamiliesPerPractitioner: number;
  minSessionsPerFamily: number;
  cyclesPerFamily: number;
  /** A preset's code, or the code of one of the programme's own rule sets (rule_sets.csv). */
  ruleSet: RuleSetCode | (string & {});
  /** The columns after rule_set are optional in a package: absent means the default. */
  reportDue?: IsoDate | null;
  targetPractitionerCount?: number | null;
  /** Every staff unit cost x this in the low scenario (default 0.8, below 1). */
  sensitivityLow?: DecimalString;
  /** Every staff unit cost x this in the high scenario (default 1.2, above 1). */
  sensitivityHigh?: DecimalString;
}

export interface LocalAuthorityRecord {
  code: string;
  name: string;
}

export interface StaffRecord {
  code: string;
  displayName: string;
  costRole: CostRole;
  /** null for provider staff (programme-wide). */
  laCode: string | null;
}

export interface PractitionerRecord {
  staffCode: string;
  substantiveRole: SubstantiveRole;
  fte: DecimalString;
  vigHoursPerWeek: DecimalString;
  startDate: IsoDate;
  supervisorCode: string | null;
  status: PractitionerStatus;
  statusDate: IsoDate | null;
  statusReason: PractitionerStatusReason | null;
}

export interface FamilyRecord {
  reference: string;
  laCode: string;
  referralDate: IsoDate;
  childBirthMonth: IsoMonth;
  planAtReferral: Plan;
  courtProceedings: boolean;
  trialArm: TrialArm;
  randomisationDate: IsoDate | null;
  practitionerCode: string | null;
  status: FamilyStatus;
  statusDate: IsoDate | null;
  statusReason: NotProceededReason | WithdrawnReason | null;
  outcome6m: Outcome6m | null;
  /** Who referred the family; null or absent: not recorded (optional, added after the first release). */
  referralSource?: ReferralSource | null;
  /*
   * The columns below were added to families.csv later too (optional; null or
   * absent: not recorded). Consent, then the evaluation's data-collection
   * points: dates and status only, never the answers.
   */
  consentFilming?: boolean | null;
  consentClipsUse?: boolean | null;
  baselineCompletedOn?: IsoDate | null;
  followUp4mStatus?: FollowUpStatus | null;
  followUp4mOn?: IsoDate | null;
  outcome6mRecordedOn?: IsoDate | null;
  supportNeeded?: boolean | null;
  supportKind?: SupportKind | null;
}

/** One step of a family's status history, in the order it happened (family_status_history.csv). */
export interface FamilyStatusHistoryRecord {
  familyReference: string;
  status: FamilyStatus;
  statusDate: IsoDate | null;
  statusReason: NotProceededReason | WithdrawnReason | null;
}

/** A referral refused as ineligible (ineligible_referrals.csv): counted by reason, nothing about the family. */
export interface IneligibleReferralRecord {
  laCode: string;
  referralDate: IsoDate;
  reason: IneligibleReason;
}

/** An admin's own accreditation rule set (rule_sets.csv): the domain's RuleSet as JSON text. */
export interface RuleSetRecord {
  code: string;
  name: string;
  definition: string;
}

export interface FamilySessionRecord {
  familyReference: string;
  practitionerCode: string;
  date: IsoDate;
  type: SessionType;
  cycle: number | null;
  outcome: SessionOutcome;
  contactMinutes: number;
  travelMinutes: number;
  prepMinutes: number;
}

export interface SupervisionSessionRecord {
  id: string;
  date: IsoDate;
  supervisorCode: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
}

export interface SupervisionAttendeeRecord {
  sessionId: string;
  practitionerCode: string;
  familyReference: string | null;
  cycle: number | null;
  /** Attuned-interaction principles worked on (added later; null or absent: none). */
  principles?: AttunedPrinciple[] | null;
}

export interface TrainingEventRecord {
  id: string;
  date: IsoDate;
  type: TrainingType;
  durationMinutes: number;
  trainerCodes: string[];
  /** Where it was held (added later; null or absent: not recorded). */
  venue?: string | null;
}

export interface TrainingAttendeeRecord {
  eventId: string;
  staffCode: string;
  minutesAttended: number;
}

export interface MilestoneRecord {
  practitionerCode: string;
  type: MilestoneType;
  date: IsoDate;
  assessorCode: string | null;
  outcome: MilestoneOutcome;
}

export interface TimeEntryRecord {
  staffCode: string;
  date: IsoDate;
  activity: TimeEntryActivity;
  minutes: number;
  laCode: string | null;
  familyReference: string | null;
}

export interface UnitCostRecord {
  costRole: CostRole;
  hourlyCostPence: Pence;
  priceYear: number;
  basis: UnitCostBasis;
  source: string;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
}

export interface PriceIndexRecord {
  year: number;
  index: DecimalString;
}

export interface ResourceRecord {
  description: string;
  category: ResourceCategory;
  laCode: string | null;
  costType: CostType;
  quantity: DecimalString;
  unitCostPence: Pence;
  priceYear: number;
  /** An empty cell in the file means 1. */
  usefulLifeYears: number;
  bearer: Bearer;
  date: IsoDate;
}

/** A whole programme as the data package holds it. */
export interface ProgrammeData {
  programme: ProgrammeRecord;
  localAuthorities: LocalAuthorityRecord[];
  staff: StaffRecord[];
  practitioners: PractitionerRecord[];
  families: FamilyRecord[];
  familySessions: FamilySessionRecord[];
  supervisionSessions: SupervisionSessionRecord[];
  supervisionAttendees: SupervisionAttendeeRecord[];
  trainingEvents: TrainingEventRecord[];
  trainingAttendees: TrainingAttendeeRecord[];
  milestones: MilestoneRecord[];
  timeEntries: TimeEntryRecord[];
  unitCosts: UnitCostRecord[];
  priceIndex: PriceIndexRecord[];
  resources: ResourceRecord[];
  /** Optional files: absent means none, or (history) one step per family, its status. */
  ruleSets?: RuleSetRecord[];
  familyStatusHistory?: FamilyStatusHistoryRecord[];
  ineligibleReferrals?: IneligibleReferralRecord[];
}
