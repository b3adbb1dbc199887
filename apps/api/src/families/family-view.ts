import { AccessScope, isOverdueGiven } from '@attune/domain';
import { scopeCondition, SqlParams } from '../delivery/sql-params';
import type { FamilyView } from '@attune/contract';

export type { FamilyView };

export type FamilyRow = Omit<FamilyView, 'overdue'> & { id: string; laId: string };

/** Columns of a family row; `$asOf` bounds the held sessions counted. */
export function familySelect(asOf: string, params: SqlParams): string {
  const day = params.add(asOf);
  return `SELECT f.id, f.la_id AS "laId", f.reference, la.code AS "laCode",
    f.referral_date::text AS "referralDate", f.child_birth_month AS "childBirthMonth",
    f.plan_at_referral AS "planAtReferral", f.court_proceedings AS "courtProceedings",
    f.trial_arm AS "trialArm", f.randomisation_date::text AS "randomisationDate",
    ps.code AS "practitionerCode", f.status, f.status_date::text AS "statusDate",
    f.status_reason AS "statusReason", f.outcome6m AS "outcome6m",
    f.consent_filming AS "consentFilming", f.consent_clips_use AS "consentClipsUse",
    coalesce(h.held, 0)::int AS "sessionsHeld", h.last_held::text AS "lastHeldSessionDate", f.version
  ${familyFrom(day)}`;
}

/** The joins every family query scopes through (LA, practitioner, their supervisor). */
export function familyFrom(asOfParam: string): string {
  return `FROM families f
    JOIN local_authorities la ON la.id = f.la_id
    LEFT JOIN staff ps ON ps.id = f.practitioner_id
    LEFT JOIN practitioners pr ON pr.staff_id = f.practitioner_id
    LEFT JOIN staff sup ON sup.id = pr.supervisor_id
    LEFT JOIN LATERAL (
      SELECT max(s.date) AS last_held, count(*) AS held FROM family_sessions s
      WHERE s.family_id = f.id AND s.outcome = 'held' AND s.date <= ${asOfParam}
    ) h ON TRUE`;
}

/** Row-level access to families, in SQL (see scopeFor): LA, allocated practitioner, their supervisor. */
export function familyScope(scope: AccessScope | null, params: SqlParams): string {
  return scopeCondition(
    scope,
    { laCode: 'la.code', staffCode: 'ps.code', supervisorCode: 'sup.code' },
    params,
  );
}

export function toFamilyView(row: FamilyRow, asOf: string): FamilyView {
  const { id: _id, laId: _laId, ...rest } = row;
  return {
    ...rest,
    overdue: isOverdueGiven({ ...row, reference: row.reference }, row.lastHeldSessionDate, asOf),
  };
}
