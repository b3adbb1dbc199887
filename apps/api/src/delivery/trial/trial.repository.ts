import type {
  AccessScope,
  CollectionFamily,
  FlowFamily,
  FlowRefusal,
  IneligibleReason,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';

function where(
  programmeId: string,
  scope: AccessScope | null,
  laCode: string | undefined,
  params: SqlParams,
) {
  const parts = [
    `x.programme_id = ${params.add(programmeId)}`,
    scopeCondition(scope, { laCode: 'la.code' }, params),
  ];
  if (laCode !== undefined) parts.push(`la.code = ${params.add(laCode)}`);
  return parts.join(' AND ');
}

/**
 * The trial's reads of families and their status history (read only: the
 * families module writes them), and ineligible_referrals, which it owns.
 */
@Injectable()
export class TrialRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every family in scope with its status history, for the flow's counts. */
  async flowFamilies(
    programmeId: string,
    scope: AccessScope | null,
    laCode?: string,
  ): Promise<FlowFamily[]> {
    const params = new SqlParams();
    const condition = where(programmeId, scope, laCode, params);
    const rows = await this.dataSource.query<Array<Omit<FlowFamily, 'history'> & { id: string }>>(
      `SELECT x.id, la.code AS "laCode", x.referral_date::text AS "referralDate", x.trial_arm AS "trialArm",
         x.randomisation_date::text AS "randomisationDate", x.follow_up4m_status AS "followUp4mStatus",
         x.follow_up4m_on::text AS "followUp4mOn", x.outcome6m AS "outcome6m",
         x.outcome6m_recorded_on::text AS "outcome6mRecordedOn", x.support_needed AS "supportNeeded",
         x.status, x.status_date::text AS "statusDate", x.status_reason AS "statusReason"
       FROM families x JOIN local_authorities la ON la.id = x.la_id WHERE ${condition}`,
      params.values,
    );
    const historyParams = new SqlParams();
    const historyWhere = where(programmeId, scope, laCode, historyParams);
    const history = await this.dataSource.query<
      Array<{
        familyId: string;
        status: FlowFamily['history'][number]['status'];
        statusDate: string | null;
        statusReason: string | null;
      }>
    >(
      `SELECT h.family_id AS "familyId", h.status, h.status_date::text AS "statusDate", h.status_reason AS "statusReason"
       FROM family_status_changes h JOIN families x ON x.id = h.family_id
       JOIN local_authorities la ON la.id = x.la_id WHERE ${historyWhere} ORDER BY h.id`,
      historyParams.values,
    );
    const byFamily = new Map<string, FlowFamily['history'][number][]>();
    for (const { familyId, ...entry } of history) {
      const list = byFamily.get(familyId) ?? [];
      list.push(entry);
      byFamily.set(familyId, list);
    }
    return rows.map(({ id, ...row }) => ({ ...row, history: byFamily.get(id) ?? [] }));
  }

  async refusals(
    programmeId: string,
    scope: AccessScope | null,
    laCode?: string,
  ): Promise<FlowRefusal[]> {
    const params = new SqlParams();
    return this.dataSource.query<FlowRefusal[]>(
      `SELECT la.code AS "laCode", x.reason, x.referral_date::text AS "refusedOn"
       FROM ineligible_referrals x JOIN local_authorities la ON la.id = x.la_id
       WHERE ${where(programmeId, scope, laCode, params)}`,
      params.values,
    );
  }

  /** Randomised families in scope, as their collection points need them. */
  async collectionFamilies(
    programmeId: string,
    scope: AccessScope | null,
    laCode?: string,
  ): Promise<CollectionFamily[]> {
    const params = new SqlParams();
    return this.dataSource.query<CollectionFamily[]>(
      `SELECT x.reference, la.code AS "laCode", x.referral_date::text AS "referralDate", x.trial_arm AS "trialArm",
         x.randomisation_date::text AS "randomisationDate", x.baseline_completed_on::text AS "baselineCompletedOn",
         x.follow_up4m_status AS "followUp4mStatus", x.outcome6m AS "outcome6m"
       FROM families x JOIN local_authorities la ON la.id = x.la_id
       WHERE ${where(programmeId, scope, laCode, params)} AND x.randomisation_date IS NOT NULL
         AND x.trial_arm <> 'not_randomised'`,
      params.values,
    );
  }

  async insertRefusal(
    manager: EntityManager,
    refusal: { programmeId: string; laId: string; reason: IneligibleReason; referralDate: string },
  ): Promise<void> {
    await manager.query(
      'INSERT INTO ineligible_referrals (programme_id, la_id, reason, referral_date) VALUES ($1, $2, $3, $4)',
      [refusal.programmeId, refusal.laId, refusal.reason, refusal.referralDate],
    );
  }
}
