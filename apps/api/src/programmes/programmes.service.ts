import { scopeFor, type Principal } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A programme as the API shows it (dates `YYYY-MM-DD`, the discount rate an exact decimal string). */
export interface ProgrammeView {
  id: string;
  name: string;
  funder: string;
  provider: string;
  startDate: string;
  intakeStart: string;
  intakeEnd: string;
  deliveryEnd: string;
  reportDue: string | null;
  priceYear: number;
  discountRate: string;
  minFamiliesPerPractitioner: number;
  minSessionsPerFamily: number;
  cyclesPerFamily: number;
  targetPractitionerCount: number | null;
  ruleSet: string;
  localAuthorities: string[];
  /** When the programme was imported (ISO 8601, UTC): tells same-named imports apart. */
  importedAt: string;
  version: number;
}

const COLUMNS = `p.id, p.name, p.funder, p.provider, p.start_date::text AS "startDate", p.intake_start::text AS "intakeStart",
  p.intake_end::text AS "intakeEnd", p.delivery_end::text AS "deliveryEnd", p.report_due::text AS "reportDue",
  p.price_year AS "priceYear", p.discount_rate::text AS "discountRate",
  p.min_families_per_practitioner AS "minFamiliesPerPractitioner", p.min_sessions_per_family AS "minSessionsPerFamily",
  p.cycles_per_family AS "cyclesPerFamily", p.target_practitioner_count AS "targetPractitionerCount",
  p.rule_set AS "ruleSet", p.version,
  to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "importedAt",
  coalesce((SELECT array_agg(la.code ORDER BY la.code) FROM local_authorities la WHERE la.programme_id = p.id), '{}') AS "localAuthorities"`;

@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The programmes the caller may see, by name: all of them, or (for a user
   * bound to an LA) those with an LA of that code. Scoped in the query.
   */
  async list(
    principal: Principal,
    page: number,
    pageSize: number,
  ): Promise<{ items: ProgrammeView[]; total: number }> {
    const scope = scopeFor(principal, 'Programme', 'read');
    if (!scope) return { items: [], total: 0 };
    const params: unknown[] = [];
    let where = 'TRUE';
    if (!scope.all) {
      if (!scope.laCode) return { items: [], total: 0 };
      params.push(scope.laCode);
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

  async exists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM programmes WHERE id = $1', [
      id,
    ]);
    return rows.length > 0;
  }
}
