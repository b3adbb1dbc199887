import {
  CapacityRow,
  capacityRowFromAggregate,
  intakeSeries,
  IntakeMonth,
  notProceededSummary,
  NotProceededSummary,
  Principal,
  scopeFor,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { toCsv } from '../delivery/csv';
import { ProgrammeAccessService } from '../delivery/programme-access.service';
import { scopeCondition, SqlParams } from '../delivery/sql-params';
import { CapacityCache } from './capacity-cache';
import { capacityAggregates, CapacityFigures, CapacityQuery } from './capacity.query';
import type { IntakeView } from '@attune/contract';

export interface CapacityListQuery {
  laCode?: string;
  code?: string;
  asOf?: string;
  page: number;
  pageSize: number;
}

export type { IntakeView };

/** DESIGN.md's capacity fields, in order, as CSV columns. */
const CAPACITY_COLUMNS = [
  ['code', (r: CapacityRow) => r.code],
  ['la_code', (r: CapacityRow) => r.laCode],
  ['families_allocated', (r: CapacityRow) => r.familiesAllocated],
  ['families_active', (r: CapacityRow) => r.familiesActive],
  ['families_completed', (r: CapacityRow) => r.familiesCompleted],
  ['families_not_proceeded', (r: CapacityRow) => r.familiesNotProceeded],
  ['below_minimum', (r: CapacityRow) => r.belowMinimum],
  ['sessions_held', (r: CapacityRow) => r.sessionsHeld],
  ['last_session_date', (r: CapacityRow) => r.lastSessionDate],
  ['families_overdue', (r: CapacityRow) => r.familiesOverdue],
  ['vig_hours_per_week', (r: CapacityRow) => r.vigHoursPerWeek],
  ['vig_minutes_last_4_weeks', (r: CapacityRow) => r.vigMinutesLast4Weeks],
] as const;

@Injectable()
export class CapacityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly audit: AuditService,
    private readonly cache: CapacityCache,
  ) {}

  /** One row per practitioner the caller may see (an LA manager: their LA's only), by code. */
  async list(
    principal: Principal,
    programmeId: string,
    query: CapacityListQuery,
  ): Promise<{ items: CapacityRow[]; total: number }> {
    return JSON.parse(await this.listJson(principal, programmeId, query)) as {
      items: CapacityRow[];
      total: number;
    };
  }

  /** `list` as the JSON text of the answer, served from the cache while nothing has changed. */
  async listJson(
    principal: Principal,
    programmeId: string,
    query: CapacityListQuery,
  ): Promise<string> {
    const { programme, dataVersion } = await this.programmes.load(principal, programmeId);
    const figuresQuery: CapacityQuery = {
      programmeId,
      asOf: query.asOf ?? this.programmes.reportingDate(programme),
      scope: scopeFor(principal, 'Capacity'),
      laCode: query.laCode,
      codes: query.code === undefined ? undefined : [query.code],
    };
    const key = JSON.stringify([
      figuresQuery.programmeId,
      figuresQuery.asOf,
      figuresQuery.scope,
      figuresQuery.laCode,
      figuresQuery.codes,
    ]);
    const pageKey = `${query.page}:${query.pageSize}:${programme.minFamiliesPerPractitioner}`;
    const cached = this.cache.page(key, dataVersion, pageKey);
    if (cached !== undefined) return cached;
    const { version, rows } = await this.figures(key, dataVersion, figuresQuery);
    const start = (query.page - 1) * query.pageSize;
    const items = rows
      .slice(start, start + query.pageSize)
      .map(({ familiesOpen: _open, ...aggregate }) =>
        capacityRowFromAggregate(aggregate, programme),
      );
    const json = JSON.stringify({ items, total: rows.length });
    this.cache.setPage(key, version, pageKey, json);
    return json;
  }

  /** Every row of the query, from the cache when no tracked table changed since it was computed. */
  private async figures(
    key: string,
    current: string,
    query: CapacityQuery,
  ): Promise<{ version: string; rows: CapacityFigures[] }> {
    const cached = this.cache.get(key, current);
    if (cached) return { version: current, rows: cached };
    // The version and the figures from one snapshot, so the entry is exactly as old as its version.
    const computed = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      version: await this.version(manager, query.programmeId),
      rows: await capacityAggregates(manager, query),
    }));
    this.cache.set(key, computed.version, computed.rows);
    return computed;
  }

  private async version(manager: EntityManager, programmeId: string): Promise<string> {
    const [row] = await manager.query<Array<{ version: string }>>(
      'SELECT version::text AS version FROM delivery_versions WHERE programme_id = $1',
      [programmeId],
    );
    return row?.version ?? '0';
  }

  async exportCsv(
    principal: Principal,
    programmeId: string,
    query: Omit<CapacityListQuery, 'page' | 'pageSize'>,
    context: AuditContext,
  ): Promise<string> {
    const { items } = await this.list(principal, programmeId, {
      ...query,
      page: 1,
      pageSize: Number.MAX_SAFE_INTEGER,
    });
    await this.recordExport('capacity.export', programmeId, query, items.length, context);
    return toCsv(CAPACITY_COLUMNS, items);
  }

  /** Referrals that never started, and why (seed 003: they cost money too). */
  async notProceeded(
    principal: Principal,
    programmeId: string,
    laCode?: string,
  ): Promise<NotProceededSummary> {
    await this.programmes.load(principal, programmeId);
    const params = new SqlParams();
    const where = this.familyWhere(principal, programmeId, laCode, params);
    const rows = await this.dataSource.query<
      Array<{ reason: string | null; count: number; np: boolean }>
    >(
      `SELECT f.status_reason AS reason, count(*)::int AS count, f.status = 'not_proceeded' AS np
       FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE ${where}
       GROUP BY f.status = 'not_proceeded', f.status_reason`,
      params.values,
    );
    const referred = rows.reduce((sum, r) => sum + r.count, 0);
    return notProceededSummary(
      referred,
      rows.filter((r) => r.np),
    );
  }

  async notProceededCsv(
    principal: Principal,
    programmeId: string,
    laCode: string | undefined,
    context: AuditContext,
  ): Promise<string> {
    const summary = await this.notProceeded(principal, programmeId, laCode);
    await this.recordExport(
      'notProceeded.export',
      programmeId,
      { laCode },
      summary.reasons.length,
      context,
    );
    const rows = [
      ...summary.reasons.map((r) => ({ reason: r.reason, count: r.count })),
      { reason: 'total_not_proceeded', count: summary.notProceeded },
      { reason: 'total_referred', count: summary.referred },
    ];
    return toCsv(
      [
        ['reason', (r: { reason: string; count: number }) => r.reason],
        ['families', (r: { reason: string; count: number }) => r.count],
      ],
      rows,
    );
  }

  /** Referrals and randomisations a month, against the programme's intake window. */
  async intake(principal: Principal, programmeId: string, laCode?: string): Promise<IntakeView> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const params = new SqlParams();
    const where = this.familyWhere(principal, programmeId, laCode, params);
    const rows = await this.dataSource.query<
      Array<{ month: string; referred: number; randomised: number }>
    >(
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
    return {
      intakeStart: programme.intakeStart,
      intakeEnd: programme.intakeEnd,
      months: intakeSeries(programme, rows),
    };
  }

  async intakeCsv(
    principal: Principal,
    programmeId: string,
    laCode: string | undefined,
    context: AuditContext,
  ): Promise<string> {
    const view = await this.intake(principal, programmeId, laCode);
    await this.recordExport('intake.export', programmeId, { laCode }, view.months.length, context);
    return toCsv(
      [
        ['month', (m: IntakeMonth) => m.month],
        ['referred', (m: IntakeMonth) => m.referred],
        ['randomised', (m: IntakeMonth) => m.randomised],
        ['in_intake_window', (m: IntakeMonth) => m.inWindow],
      ],
      view.months,
    );
  }

  /** The families the dashboard counts: the caller's Capacity scope (an LA manager: their LA). */
  private familyWhere(
    principal: Principal,
    programmeId: string,
    laCode: string | undefined,
    params: SqlParams,
  ): string {
    const where = [
      `f.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scopeFor(principal, 'Capacity'), { laCode: 'la.code' }, params),
    ];
    if (laCode !== undefined) where.push(`la.code = ${params.add(laCode)}`);
    return where.join(' AND ');
  }

  private async recordExport(
    action: string,
    programmeId: string,
    filter: object,
    rows: number,
    context: AuditContext,
  ): Promise<void> {
    await this.audit.record({
      action,
      entityType: 'Programme',
      entityId: programmeId,
      after: { filter, rows },
      ...context,
    });
  }
}
