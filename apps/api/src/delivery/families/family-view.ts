import {
  isOverdueGiven,
  type FamilyStatus,
  type Outcome6m,
  type Plan,
  type TrialArm,
} from '@attune/domain';

/** A family as the API shows it: a pseudonymous reference, never a name. */
export interface FamilyView {
  reference: string;
  laCode: string;
  referralDate: string;
  childBirthMonth: string;
  planAtReferral: Plan;
  courtProceedings: boolean;
  trialArm: TrialArm;
  randomisationDate: string | null;
  practitionerCode: string | null;
  status: FamilyStatus;
  statusDate: string | null;
  statusReason: string | null;
  outcome6m: Outcome6m | null;
  consentFilming: boolean | null;
  consentClipsUse: boolean | null;
  sessionsHeld: number;
  lastHeldSessionDate: string | null;
  /** Active with no held session for more than 14 days (domain isOverdue), as of the list's date. */
  overdue: boolean;
  /** Send it back with a change: a stale one gets 409. */
  version: number;
}

export type FamilyRow = Omit<FamilyView, 'overdue'> & { id: string; laId: string };

export function toFamilyView(row: FamilyRow, asOf: string): FamilyView {
  const { id: _id, laId: _laId, ...rest } = row;
  return {
    ...rest,
    overdue: isOverdueGiven({ ...row, reference: row.reference }, row.lastHeldSessionDate, asOf),
  };
}
