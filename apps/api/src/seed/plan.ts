import type {
  CostRole,
  FamilyRecord,
  FamilySessionRecord,
  IsoDate,
  LocalAuthorityRecord,
  PractitionerRecord,
  PractitionerStatusReason,
  StaffRecord,
  SubstantiveRole,
} from '@attune/domain';
import type { Pace } from './family-sessions';

/** Everything the generators need to know about one practitioner before any family exists. */
export interface PractitionerPlan {
  code: string;
  laCode: string;
  displayName: string;
  substantiveRole: Exclude<SubstantiveRole, 'other'>;
  fte: string;
  vigHoursPerWeek: string;
  supervisorCode: string;
  /** Day one of the practitioner's initial course. */
  startDate: IsoDate;
  /** How many intervention families are allocated (the programme minimum is six). */
  quota: number;
  pace: Pace;
  /** Randomisation dates of the practitioner's families fall in this window. */
  allocationFrom: IsoDate;
  allocationTo: IsoDate;
  /** The last day of VIG work: the withdrawal date, or the delivery end. */
  endDate: IsoDate;
  withdrawal: { date: IsoDate; reason: PractitionerStatusReason } | null;
}

/** One LA's people and parameters; every record of the LA is derived from this and the seed. */
export interface LaPlan {
  seed: number;
  la: LocalAuthorityRecord;
  practitioners: PractitionerPlan[];
  managerCode: string;
  adminCode: string;
  /** Provider supervisors who supervise this LA's practitioners. */
  supervisors: string[];
  /** A supervisor other than the practitioner's own, for mid-point and accreditation reviews. */
  assessorFor: (supervisorCode: string) => string;
  /** Digits of the family number in `F-<LA>-NNNN`. */
  referenceDigits: number;
  supervisionIdPrefix: string;
  notRandomisedReferrals: number;
  /** Extra time entries (substantive-role work on VIG cases) to reach a ledger-size target. */
  fillerTimeEntries: number;
}

/** A family and the sessions it had with its allocated practitioner. */
export interface FamilyWork {
  record: FamilyRecord;
  sessions: FamilySessionRecord[];
}

export function costRoleOf(role: PractitionerPlan['substantiveRole']): CostRole {
  return role;
}

export function practitionerStaff(plan: PractitionerPlan): StaffRecord {
  return {
    code: plan.code,
    displayName: plan.displayName,
    costRole: costRoleOf(plan.substantiveRole),
    laCode: plan.laCode,
  };
}

export function practitionerRecord(plan: PractitionerPlan): PractitionerRecord {
  return {
    staffCode: plan.code,
    substantiveRole: plan.substantiveRole,
    fte: plan.fte,
    vigHoursPerWeek: plan.vigHoursPerWeek,
    startDate: plan.startDate,
    supervisorCode: plan.supervisorCode,
    status: plan.withdrawal ? 'withdrawn' : 'active',
    statusDate: plan.withdrawal?.date ?? null,
    statusReason: plan.withdrawal?.reason ?? null,
  };
}
