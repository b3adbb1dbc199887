// Accreditation progress, supervision, milestones, training and rule sets.
import type {
  AccreditationRow,
  AttunedPrinciple,
  IsoDate,
  MilestoneOutcome,
  MilestoneType,
  RuleSet,
  SupervisionFormat,
  SupervisionMode,
  TrainingType,
} from '@attune/domain';
import type { Page } from './platform.js';

export type { AccreditationRow };

/** Exactly DESIGN.md's row of GET …/accreditation. */
export type AccreditationListRow = Pick<
  AccreditationRow,
  | 'code'
  | 'laCode'
  | 'stage'
  | 'cyclesCompleted'
  | 'familiesWorkedWith'
  | 'supervisionMinutes'
  | 'supervisionSessions'
  | 'requirementsMet'
  | 'nextRequirement'
  | 'projectedAccreditationDate'
  | 'onTrack'
>;

/** The portal's richer row: progress bars, gap since supervision, cycles over time. */
export interface AccreditationDetailRow extends AccreditationRow {
  /** Omitted for economists (pseudonymised). */
  displayName?: string;
  supervisorCode: string | null;
  /** The date each completed cycle was completed, ascending (for the chart). */
  cycleCompletions: IsoDate[];
}

/** GET …/accreditation/details */
export interface AccreditationDetails extends Page<AccreditationDetailRow> {
  asOf: IsoDate;
  deliveryEnd: IsoDate;
  ruleSet: { code: string; name: string };
}

export interface SupervisionAttendeeInput {
  practitionerCode: string;
  familyReference: string | null;
  cycle: number | null;
  principles: AttunedPrinciple[];
}

/** The body of POST (and, with `version`, PUT) …/supervision-sessions. */
export interface SupervisionSessionInput {
  /** Generated when left out. */
  code?: string;
  date: IsoDate;
  /** An admin's only: whose session (default the caller's). */
  supervisorCode?: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
  notes: string | null;
  attendees: SupervisionAttendeeInput[];
}

export type SupervisionAttendeeView = SupervisionAttendeeInput;

export interface SupervisionSessionView {
  id: string;
  code: string;
  date: IsoDate;
  supervisorCode: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
  /** Present only for admins and supervisors. */
  notes?: string | null;
  attendees: SupervisionAttendeeView[];
  version: number;
  /** Whether the caller may change or delete it. */
  canEdit: boolean;
}

/** A practitioner the caller may log supervision for, with the families whose films they may bring. */
export interface SuperviseeOption {
  code: string;
  displayName: string;
  laCode: string | null;
  supervisorCode: string | null;
  status: string;
  families: string[];
}

/** GET …/supervision-form: what the log-supervision form offers. */
export interface SupervisionFormOptions {
  /** The caller's own staff code: the default supervisor. */
  supervisorCode: string | null;
  cyclesPerFamily: number;
  practitioners: SuperviseeOption[];
}

/** The body of POST (and, with `version`, PUT) …/milestones. */
export interface MilestoneInput {
  practitionerCode: string;
  type: MilestoneType;
  date: IsoDate;
  assessorCode: string | null;
  outcome: MilestoneOutcome;
}

export interface MilestoneView extends MilestoneInput {
  id: string;
  version: number;
  canEdit: boolean;
}

export interface TrainingAttendee {
  staffCode: string;
  minutesAttended: number;
}

/** The body of POST (and, with `version`, PUT) …/training-events. */
export interface TrainingEventInput {
  /** Generated when left out. */
  code?: string;
  date: IsoDate;
  type: TrainingType;
  durationMinutes: number;
  venue: string | null;
  trainerCodes: string[];
  attendees: TrainingAttendee[];
}

export interface TrainingEventView extends TrainingEventInput {
  id: string;
  code: string;
  version: number;
  canEdit: boolean;
}

/** One item of GET …/rule-sets. */
export interface RuleSetView {
  code: string;
  name: string;
  /** A preset's own code: read-only; copy it to change it. */
  preset: boolean;
  inForce: boolean;
  definition: RuleSet;
  version: number;
}

/** POST …/rule-sets: a copy of `from` under a new code. */
export interface CopyRuleSetInput {
  from: string;
  code: string;
  name: string;
}

/** PUT …/rule-sets/:code */
export interface RuleSetChangeInput {
  version: number;
  /** The whole rule set; its code cannot change. */
  definition: RuleSet;
}

/** PUT …/rule-set-in-force */
export interface RuleSetInForceInput {
  code: string;
}
