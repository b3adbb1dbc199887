import type { IntakeView } from '@attune/contract';
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
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { toCsv } from '../../platform/csv/csv';
import { readSnapshotOn } from '../../platform/database/read-replica';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { VersionedCache, type Versioned } from '../../platform/cache/versioned-cache';
import type { ProgrammeSettings } from '../../platform/programme-context/programme-context.repository';
import { CapacityFigures, CapacityQuery, CapacityRepository } from './capacity.repository';

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

/** Rows computed by query (programme, day, scope, filters), under the version they were read at. */
const MAX_QUERIES = 256;

@Injectable()
export class CapacityService {
  private readonly cache = new VersionedCache<CapacityFigures[]>(MAX_QUERIES);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
    private readonly capacity: CapacityRepository,
  ) {}

  /** One row per practitioner the caller may see (an LA manager: their LA's only), by code. */
  async list(
    principal: Principal,
    programmeId: string,
    query: CapacityListQuery,
  ): Promise<{ items: CapacityRow[]; total: number }> {
    const { programme, rows } = await this.figures(principal, programmeId, query);
    return this.page(programme, rows, query);
  }

  /** `list` as the JSON bytes of the answer, made once per page while nothing has changed. */
  async listJson(
    principal: Principal,
    programmeId: string,
    query: CapacityListQuery,
    read?: string | null,
  ): Promise<Buffer> {
    const { programme, dataVersion } = await this.programmes.load(
      principal,
      programmeId,
      undefined,
      read,
    );
    const { key, compute } = this.query(principal, programme, programmeId, query);
    const variant = `${query.page}:${query.pageSize}:${programme.minFamiliesPerPractitioner}`;
    return this.cache.body(key, dataVersion, compute, variant, (rows) =>
      this.page(programme, rows, query),
    );
  }

  /** Every row of the query, from the cache when no tracked table changed since it was computed. */
  private async figures(
    principal: Principal,
    programmeId: string,
    query: CapacityListQuery,
  ): Promise<{ programme: ProgrammeSettings; rows: CapacityFigures[] }> {
    const { programme, dataVersion } = await this.programmes.load(principal, programmeId);
    const { key, compute } = this.query(principal, programme, programmeId, query);
    return { programme, rows: await this.cache.get(key, dataVersion, compute) };
  }

  /** The cache key of a query, and how to compute its rows. */
  private query(
    principal: Principal,
    programme: ProgrammeSettings,
    programmeId: string,
    query: CapacityListQuery,
  ): { key: string; compute: () => Promise<Versioned<CapacityFigures[]>> } {
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
    // The version and the figures from one snapshot, so the entry is exactly as old as its version.
    // A report: a read replica may answer (its version is then its own, so the entry is too).
    const compute = () =>
      readSnapshotOn(this.dataSource, 'replica', async (manager) => ({
        version: await this.capacity.dataVersion(manager, programmeId),
        value: await this.capacity.aggregates(manager, figuresQuery),
      }));
    return { key, compute };
  }

  private page(
    programme: ProgrammeSettings,
    rows: readonly CapacityFigures[],
    query: Pick<CapacityListQuery, 'page' | 'pageSize'>,
  ): { items: CapacityRow[]; total: number } {
    const start = (query.page - 1) * query.pageSize;
    const items = rows
      .slice(start, start + query.pageSize)
      .map(({ familiesOpen: _open, ...aggregate }) =>
        capacityRowFromAggregate(aggregate, programme),
      );
    return { items, total: rows.length };
  }

  /** One practitioner's figures as of a day, in the caller's transaction (allocation warnings). */
  async practitionerFigures(
    manager: EntityManager,
    programmeId: string,
    code: string,
    asOf: string,
  ): Promise<CapacityFigures | undefined> {
    const [figures] = await this.capacity.aggregates(manager, {
      programmeId,
      asOf,
      scope: { all: true },
      codes: [code],
    });
    return figures;
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
    // Counts by reason only, so economists (all LAs) see it pseudonymised.
    const rows = await this.capacity.notProceededCounts(
      programmeId,
      scopeFor(principal, 'NotProceeded'),
      laCode,
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
    const rows = await this.capacity.intakeCounts(
      programmeId,
      scopeFor(principal, 'Capacity'),
      laCode,
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
