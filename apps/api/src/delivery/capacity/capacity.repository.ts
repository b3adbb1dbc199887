import {
  AccessScope,
  CapacityAggregate,
  capacityWindow,
  overdueIfStartedBefore,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DATA_VERSION_QUERY } from '../../platform/cache/data-version';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';

export interface CapacityQuery {
  programmeId: string;
  asOf: string;
  scope: AccessScope | null;
  laCode?: string;
  /** Only these practitioners (by staff code). */
  codes?: string[];
}

/** An aggregate plus what allocation warnings need. */
export type CapacityFigures = CapacityAggregate & { familiesOpen: number };

function practitioners(query: CapacityQuery, params: SqlParams): string {
  const where = [
    `pr.programme_id = ${params.add(query.programmeId)}`,
    scopeCondition(query.scope, { laCode: 'la.code', staffCode: 's.code' }, params),
  ];
  if (query.laCode !== undefined) where.push(`la.code = ${params.add(query.laCode)}`);
  if (query.codes !== undefined) where.push(`s.code = ANY(${params.add(query.codes)}::text[])`);
  return `FROM practitioners pr JOIN staff s ON s.id = pr.staff_id
    LEFT JOIN local_authorities la ON la.id = s.la_id WHERE ${where.join(' AND ')}`;
}

/** The families the dashboard counts: the caller's Capacity scope (an LA manager: their LA). */
function familyWhere(
  programmeId: string,
  scope: AccessScope | null,
  laCode: string | undefined,
  params: SqlParams,
): string {
  const where = [
    `f.programme_id = ${params.add(programmeId)}`,
    scopeCondition(scope, { laCode: 'la.code' }, params),
  ];
  if (laCode !== undefined) where.push(`la.code = ${params.add(laCode)}`);
  return where.join(' AND ');
}

/**
 * The capacity and dashboard read model: its SQL over families, sessions,
 * supervision and time (read only; each table's writes belong to its module)
 * and the programme's data version that the cache keys on.
 */
@Injectable()
export class CapacityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programme's data version (delivery_versions, bumped by triggers on every change). */
  async dataVersion(manager: EntityManager, programmeId: string): Promise<string> {
    const [row] = await manager.query<Array<{ version: string }>>(DATA_VERSION_QUERY, [
      programmeId,
    ]);
    return row?.version ?? '0';
  }

  /** Referrals by whether they did not proceed and why, within the scope. */
  async notProceededCounts(
    programmeId: string,
    scope: AccessScope | null,
    laCode?: string,
  ): Promise<Array<{ reason: string | null; count: number; np: boolean }>> {
    const params = new SqlParams();
    const where = familyWhere(programmeId, scope, laCode, params);
    return this.dataSource.query<Array<{ reason: string | null; count: number; np: boolean }>>(
      `SELECT f.status_reason AS reason, count(*)::int AS count, f.status = 'not_proceeded' AS np
       FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE ${where}
       GROUP BY f.status = 'not_proceeded', f.status_reason`,
      params.values,
    );
  }

  /** Referrals and randomisations a month, within the scope (months with neither absent). */
  async intakeCounts(
    programmeId: string,
    scope: AccessScope | null,
    laCode?: string,
  ): Promise<Array<{ month: string; referred: number; randomised: number }>> {
    const params = new SqlParams();
    const where = familyWhere(programmeId, scope, laCode, params);
    return this.dataSource.query<Array<{ month: string; referred: number; randomised: number }>>(
      `SELECT m.month, sum(m.referred)::int AS referred, sum(m.randomised)::int AS randomised FROM (
         SELECT to_char(f.referral_date, 'YYYY-MM') AS month, 1 AS referred, 0 AS randomised
           FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE ${where}
         UNION ALL
         SELECT to_char(f.randomisation_date, 'YYYY-MM'), 0, 1
           FROM families f JOIN local_authorities la ON la.id = f.la_id
           WHERE ${where} AND f.randomisation_date IS NOT NULL
       ) m GROUP BY m.month`,
      params.values,
    );
  }

  /**
   * DESIGN.md's capacity figures per practitioner, aggregated by PostgreSQL in
   * one statement (the same definitions as the domain's capacity accumulator:
   * held sessions up to asOf, the 28-day window of capacityWindow, and the
   * overdue cut-off of overdueIfStartedBefore), ordered by code.
   */
  async aggregates(manager: EntityManager, query: CapacityQuery): Promise<CapacityFigures[]> {
    const params = new SqlParams();
    const window = capacityWindow(query.asOf);
    const p = practitioners(query, params);
    const programme = params.add(query.programmeId);
    const asOf = params.add(query.asOf);
    const from = params.add(window.from);
    const cutoff = params.add(overdueIfStartedBefore(query.asOf));
    const rows = await manager.query<CapacityFigures[]>(
      `WITH p AS (
         SELECT pr.staff_id AS id, s.code, la.code AS la_code, pr.vig_hours_per_week::float8 AS hours,
           pr.status
         ${p}
       ),
       fl AS (
         SELECT f.practitioner_id AS pid, f.status,
           CASE WHEN f.status = 'active' THEN coalesce(
             (SELECT max(fs.date) FROM family_sessions fs
               WHERE fs.family_id = f.id AND fs.outcome = 'held' AND fs.date <= ${asOf}),
             f.status_date, f.randomisation_date, f.referral_date) END AS clock
         FROM families f WHERE f.programme_id = ${programme} AND f.practitioner_id IN (SELECT id FROM p)
       ),
       fa AS (
         SELECT pid, count(*) AS allocated,
           count(*) FILTER (WHERE status = 'active') AS active,
           count(*) FILTER (WHERE status = 'completed') AS completed,
           count(*) FILTER (WHERE status = 'not_proceeded') AS not_proceeded,
           count(*) FILTER (WHERE status IN ('allocated', 'active')) AS open,
           count(*) FILTER (WHERE clock < ${cutoff}) AS overdue
         FROM fl GROUP BY pid
       ),
       se AS (
         SELECT practitioner_id AS pid,
           count(*) FILTER (WHERE outcome = 'held' AND date <= ${asOf}) AS held,
           max(date) FILTER (WHERE outcome = 'held' AND date <= ${asOf}) AS last_held,
           sum(contact_minutes + travel_minutes + prep_minutes)
             FILTER (WHERE date BETWEEN ${from} AND ${asOf}) AS minutes
         FROM family_sessions WHERE programme_id = ${programme} AND practitioner_id IN (SELECT id FROM p)
         GROUP BY practitioner_id
       ),
       su AS (
         SELECT a.practitioner_id AS pid, sum(ss.duration_minutes) AS minutes
         FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
         WHERE a.programme_id = ${programme} AND ss.date BETWEEN ${from} AND ${asOf}
           AND a.practitioner_id IN (SELECT id FROM p)
         GROUP BY a.practitioner_id
       ),
       te AS (
         SELECT staff_id AS pid, sum(minutes) AS minutes FROM time_entries
         WHERE programme_id = ${programme} AND date BETWEEN ${from} AND ${asOf}
           AND staff_id IN (SELECT id FROM p)
         GROUP BY staff_id
       )
       SELECT p.code, p.la_code AS "laCode",
         coalesce(fa.allocated, 0)::int AS "familiesAllocated",
         coalesce(fa.active, 0)::int AS "familiesActive",
         coalesce(fa.completed, 0)::int AS "familiesCompleted",
         coalesce(fa.not_proceeded, 0)::int AS "familiesNotProceeded",
         coalesce(fa.open, 0)::int AS "familiesOpen",
         coalesce(se.held, 0)::int AS "sessionsHeld",
         se.last_held::text AS "lastSessionDate",
         coalesce(fa.overdue, 0)::int AS "familiesOverdue",
         p.hours AS "vigHoursPerWeek",
         (coalesce(se.minutes, 0) + coalesce(su.minutes, 0) + coalesce(te.minutes, 0))::int
           AS "vigMinutesLast4Weeks",
         p.status
       FROM p LEFT JOIN fa ON fa.pid = p.id LEFT JOIN se ON se.pid = p.id
         LEFT JOIN su ON su.pid = p.id LEFT JOIN te ON te.pid = p.id
       ORDER BY p.code`,
      params.values,
    );
    return rows;
  }
}
