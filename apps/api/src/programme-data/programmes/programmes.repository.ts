import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { ProgrammeEntity } from './entities/programme.entity';
import type { ProgrammePage, ProgrammeView } from '@attune/contract';

const COLUMNS = `p.id, p.name, p.funder, p.provider, p.start_date::text AS "startDate", p.intake_start::text AS "intakeStart",
  p.intake_end::text AS "intakeEnd", p.delivery_end::text AS "deliveryEnd", p.report_due::text AS "reportDue",
  p.price_year AS "priceYear", p.discount_rate::text AS "discountRate",
  p.min_families_per_practitioner AS "minFamiliesPerPractitioner", p.min_sessions_per_family AS "minSessionsPerFamily",
  p.cycles_per_family AS "cyclesPerFamily", p.target_practitioner_count AS "targetPractitionerCount",
  p.sensitivity_low::text AS "sensitivityLow", p.sensitivity_high::text AS "sensitivityHigh",
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

  /** One programme as the API shows it. */
  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeView | null> {
    const [row] = await manager.query<ProgrammeView[]>(
      `SELECT ${COLUMNS} FROM programmes p WHERE p.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Is `code` one of the programme's stored rule sets? */
  async hasRuleSet(manager: EntityManager, programmeId: string, code: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM rule_sets WHERE programme_id = $1 AND code = $2',
      [programmeId, code],
    );
    return rows.length > 0;
  }

  /** Writes the settings if `version` is current (else 409/404, nothing written). */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<ProgrammeEntity>,
  ): Promise<void> {
    await updateVersioned(manager, ProgrammeEntity, id, version, changes, `Programme ${id}`);
  }

  /** Deletes the programme; every table of it cascades from programmes in the same statement. */
  async delete(manager: EntityManager, id: string, version: number): Promise<void> {
    await deleteVersioned(manager, ProgrammeEntity, id, version, `Programme ${id}`);
    // The cascade's own triggers bump (re-create) the programme's change counter: drop it last.
    await manager.query('DELETE FROM delivery_versions WHERE programme_id = $1', [id]);
  }

  /**
   * How many dated records of delivery fall before `from` and after `to`, by
   * kind (resources may predate the start by a year: set-up purchases).
   */
  async datedOutside(
    manager: EntityManager,
    programmeId: string,
    from: string,
    to: string,
  ): Promise<Array<{ kind: string; before: number; after: number }>> {
    const count = (table: string, kind: string, earliest = '$2::date') =>
      `SELECT '${kind}' AS kind, count(*) FILTER (WHERE date < ${earliest})::int AS before,
         count(*) FILTER (WHERE date > $3::date)::int AS after FROM ${table} WHERE programme_id = $1`;
    return manager.query(
      [
        count('family_sessions', 'family sessions'),
        count('supervision_sessions', 'supervision sessions'),
        count('training_events', 'training events'),
        count('milestones', 'milestones'),
        count('time_entries', 'time entries'),
        count('resources', 'resources', "($2::date - interval '1 year')"),
      ].join(' UNION ALL '),
      [programmeId, from, to],
    );
  }
}
