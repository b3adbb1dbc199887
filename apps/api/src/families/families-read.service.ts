import {
  allowedTransitions,
  fidelity,
  FidelitySession,
  overdueIfStartedBefore,
  Principal,
  reasonsFor,
  scopeFor,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { toCsv } from '../delivery/csv';
import { notFound } from '../delivery/http-errors';
import { ProgrammeAccessService } from '../delivery/programme-access.service';
import { SqlParams } from '../delivery/sql-params';
import {
  familyFrom,
  familyScope,
  familySelect,
  FamilyRow,
  FamilyView,
  toFamilyView,
} from './family-view';
import type { FamilyDetail, StatusHistoryEntry } from '@attune/contract';

export interface FamilyFilter {
  laCode?: string;
  status?: string;
  overdue?: boolean;
  practitionerCode?: string;
  asOf?: string;
}

export type { StatusHistoryEntry, FamilyDetail };
const CSV_COLUMNS = [
  ['reference', (f: FamilyView) => f.reference],
  ['la_code', (f: FamilyView) => f.laCode],
  ['referral_date', (f: FamilyView) => f.referralDate],
  ['plan_at_referral', (f: FamilyView) => f.planAtReferral],
  ['court_proceedings', (f: FamilyView) => f.courtProceedings],
  ['trial_arm', (f: FamilyView) => f.trialArm],
  ['randomisation_date', (f: FamilyView) => f.randomisationDate],
  ['practitioner_code', (f: FamilyView) => f.practitionerCode],
  ['status', (f: FamilyView) => f.status],
  ['status_date', (f: FamilyView) => f.statusDate],
  ['status_reason', (f: FamilyView) => f.statusReason],
  ['outcome_6m', (f: FamilyView) => f.outcome6m],
  ['sessions_held', (f: FamilyView) => f.sessionsHeld],
  ['last_held_session_date', (f: FamilyView) => f.lastHeldSessionDate],
  ['overdue', (f: FamilyView) => f.overdue],
] as const;

@Injectable()
export class FamiliesReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    filter: FamilyFilter,
    page: { page: number; pageSize: number },
  ): Promise<{ items: FamilyView[]; total: number }> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const asOf = filter.asOf ?? this.programmes.reportingDate(programme);
    const params = new SqlParams();
    const select = familySelect(asOf, params);
    const where = this.where(principal, programmeId, filter, asOf, params);
    const countParams = new SqlParams();
    const countFrom = familyFrom(countParams.add(asOf));
    const countWhere = this.where(principal, programmeId, filter, asOf, countParams);
    const limit = params.add(page.pageSize);
    const offset = params.add((page.page - 1) * page.pageSize);
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<FamilyRow[]>(
        `${select} WHERE ${where} ORDER BY f.referral_date DESC, f.reference LIMIT ${limit} OFFSET ${offset}`,
        params.values,
      ),
      this.dataSource.query<[{ total: number }]>(
        `SELECT count(*)::int AS total ${countFrom} WHERE ${countWhere}`,
        countParams.values,
      ),
    ]);
    return { items: rows.map((r) => toFamilyView(r, asOf)), total: count.total };
  }

  async exportCsv(
    principal: Principal,
    programmeId: string,
    filter: FamilyFilter,
    context: AuditContext,
  ): Promise<string> {
    const { items } = await this.list(principal, programmeId, filter, {
      page: 1,
      pageSize: Number.MAX_SAFE_INTEGER,
    });
    await this.audit.record({
      action: 'families.export',
      entityType: 'Programme',
      entityId: programmeId,
      after: { filter, rows: items.length },
      ...context,
    });
    return toCsv(CSV_COLUMNS, items);
  }

  async detail(
    principal: Principal,
    programmeId: string,
    reference: string,
    asOf = this.programmes.today(),
  ): Promise<FamilyDetail> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const row = await this.findRow(
      this.dataSource.manager,
      principal,
      programmeId,
      reference,
      asOf,
    );
    const [history, sessions] = await Promise.all([
      this.dataSource.query<Array<Omit<StatusHistoryEntry, 'recordedAt'> & { recordedAt: Date }>>(
        `SELECT status, status_date::text AS "statusDate", status_reason AS "statusReason", recorded_at AS "recordedAt"
         FROM family_status_changes WHERE family_id = $1 ORDER BY id`,
        [row.id],
      ),
      this.dataSource.query<FidelitySession[]>(
        `SELECT $2::text AS "familyReference", date::text AS date, type, cycle, outcome
         FROM family_sessions WHERE family_id = $1 AND date <= $3`,
        [row.id, row.reference, asOf],
      ),
    ]);
    return {
      ...toFamilyView(row, asOf),
      history: history.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() })),
      fidelity: fidelity(row, sessions, programme),
      nextStatuses: allowedTransitions(row.status, { trialArm: row.trialArm }).map((status) => ({
        status,
        reasons: reasonsFor(status),
      })),
    };
  }

  /** One family the caller may read, or 404 (also when it exists but is out of their scope). */
  async findRow(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    reference: string,
    asOf = this.programmes.today(),
  ): Promise<FamilyRow> {
    const params = new SqlParams();
    const select = familySelect(asOf, params);
    const [row] = await manager.query<FamilyRow[]>(
      `${select} WHERE f.programme_id = ${params.add(programmeId)} AND f.reference = ${params.add(reference)}
         AND ${familyScope(scopeFor(principal, 'Family'), params)}`,
      params.values,
    );
    if (!row) throw notFound(`There is no family ${reference} that you can see in this programme.`);
    return row;
  }

  private where(
    principal: Principal,
    programmeId: string,
    filter: FamilyFilter,
    asOf: string,
    params: SqlParams,
  ): string {
    const where = [
      `f.programme_id = ${params.add(programmeId)}`,
      familyScope(scopeFor(principal, 'Family'), params),
    ];
    if (filter.laCode !== undefined) where.push(`la.code = ${params.add(filter.laCode)}`);
    if (filter.status !== undefined) where.push(`f.status = ${params.add(filter.status)}`);
    if (filter.practitionerCode !== undefined) {
      where.push(`ps.code = ${params.add(filter.practitionerCode)}`);
    }
    if (filter.overdue !== undefined) {
      // The SQL form of the domain's isOverdue, with its own cut-off date.
      const overdue = `(f.status = 'active' AND coalesce(h.last_held, f.status_date, f.randomisation_date, f.referral_date) < ${params.add(overdueIfStartedBefore(asOf))})`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    return where.join(' AND ');
  }
}
