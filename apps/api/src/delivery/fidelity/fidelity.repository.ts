import type { AccessScope, FidelitySession } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';

/** The families a caller may see, with the LA, practitioner and supervisor they are scoped by. */
function familyWhere(programmeId: string, scope: AccessScope | null, params: SqlParams): string {
  return [
    `f.programme_id = ${params.add(programmeId)}`,
    "f.trial_arm = 'intervention'",
    'f.practitioner_id IS NOT NULL',
    scopeCondition(
      scope,
      { laCode: 'la.code', staffCode: 'ps.code', supervisorCode: 'sup.code' },
      params,
    ),
  ].join(' AND ');
}

const FAMILIES = `FROM families f JOIN local_authorities la ON la.id = f.la_id
  JOIN staff ps ON ps.id = f.practitioner_id
  LEFT JOIN practitioners pr ON pr.staff_id = f.practitioner_id
  LEFT JOIN staff sup ON sup.id = pr.supervisor_id`;

/** Read model of fidelity: allocated families and their held sessions, within the caller's scope. */
@Injectable()
export class FidelityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async families(programmeId: string, scope: AccessScope | null) {
    const params = new SqlParams();
    const rows = await this.dataSource.query<
      Array<{ reference: string; laCode: string; practitionerCode: string }>
    >(
      `SELECT f.reference, la.code AS "laCode", ps.code AS "practitionerCode"
       ${FAMILIES} WHERE ${familyWhere(programmeId, scope, params)}`,
      params.values,
    );
    return rows.map((r) => ({ ...r, trialArm: 'intervention' as const }));
  }

  /** Held sessions only: the fidelity rule counts nothing else. */
  async heldSessions(programmeId: string, scope: AccessScope | null): Promise<FidelitySession[]> {
    const params = new SqlParams();
    return this.dataSource.query<FidelitySession[]>(
      `SELECT f.reference AS "familyReference", fs.date::text AS date, fs.type, fs.cycle, fs.outcome
       FROM family_sessions fs JOIN (SELECT f.id, f.reference ${FAMILIES}
         WHERE ${familyWhere(programmeId, scope, params)}) f ON f.id = fs.family_id
       WHERE fs.outcome = 'held'`,
      params.values,
    );
  }
}
