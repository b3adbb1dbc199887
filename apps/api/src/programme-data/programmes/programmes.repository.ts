import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ProgrammePage, ProgrammeView } from '@attune/contract';

const COLUMNS = `p.id, p.name, p.funder, p.provider, p.start_date::text AS "startDate", p.intake_start::text AS "intakeStart",
  p.intake_end::text AS "intakeEnd", p.delivery_end::text AS "deliveryEnd", p.report_due::text AS "reportDue",
  p.price_year AS "priceYear", p.discount_rate::text AS "discountRate",
  p.min_families_per_practitioner AS "minFamiliesPerPractitioner", p.min_sessions_per_family AS "minSessionsPerFamily",
  p.cycles_per_family AS "cyclesPerFamily", p.target_practitioner_count AS "targetPractitionerCount",
  p.rule_set AS "ruleSet", p.version,
  to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "importedAt",
  coalesce((SELECT array_agg(la.code ORDER BY la.code) FROM local_authorities la WHERE la.programme_id = p.id), '{}') AS "localAuthorities"`;

/** Which programmes a query may return: all of them, or those with an LA of one code. */
export type ProgrammeFilter = { all: true } | { laCode: string };

/** The programmes table: the list as the API shows it. */
@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of programmes by name, filtered in the query. */
  async page(filter: ProgrammeFilter, page: number, pageSize: number): Promise<ProgrammePage> {
    const params: unknown[] = [];
    let where = 'TRUE';
    if (!('all' in filter)) {
      params.push(filter.laCode);
      where = `EXISTS (SELECT 1 FROM local_authorities la WHERE la.programme_id = p.id AND la.code = $1)`;
    }
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM programmes p WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<ProgrammeView[]>(
      `SELECT ${COLUMNS} FROM programmes p WHERE ${where} ORDER BY p.name, p.created_at, p.id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows, total };
  }

  /** Names the programme's rule set in force (the version moves, as for any edit). */
  async setRuleSet(manager: EntityManager, programmeId: string, code: string): Promise<void> {
    await manager.query(
      'UPDATE programmes SET rule_set = $2, version = version + 1 WHERE id = $1',
      [programmeId, code],
    );
  }
}
