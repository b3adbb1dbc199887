import {
  familyNextStatuses,
  fidelity,
  keyOfColumn,
  mayAllocateOutsideTrial,
  PACKAGE_COLUMNS,
  Principal,
  reasonsFor,
  scopeFor,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { toCsv } from '../../platform/csv/csv';
import { notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { FamiliesRepository, FamilyFilter } from './families.repository';
import { FamilyRow, FamilyView, toFamilyView } from './family-view';
import type { FamilyDetail } from '@attune/contract';

export type { FamilyFilter } from './families.repository';

/**
 * The list as CSV: the data package's families.csv columns but the child's
 * birth month (so a field added to the package is listed too), then the
 * figures the list adds.
 */
const CSV_COLUMNS: ReadonlyArray<readonly [string, (f: FamilyView) => unknown]> = [
  ...PACKAGE_COLUMNS['families.csv']
    .filter((column) => column !== 'child_birth_month')
    .map((column) => {
      const key = keyOfColumn(column) as keyof FamilyView;
      return [column, (f: FamilyView) => f[key]] as const;
    }),
  ['sessions_held', (f) => f.sessionsHeld],
  ['last_held_session_date', (f) => f.lastHeldSessionDate],
  ['overdue', (f) => f.overdue],
  ['baseline_completed_on', (f) => f.baselineCompletedOn],
  ['follow_up_4m_due_on', (f) => f.followUp4mDueOn],
  ['follow_up_4m_status', (f) => f.followUp4mStatus],
  ['follow_up_4m_on', (f) => f.followUp4mOn],
  ['outcome_6m_due_on', (f) => f.outcome6mDueOn],
  ['support_needed', (f) => f.supportNeeded],
  ['support_kind', (f) => f.supportKind],
];

@Injectable()
export class FamiliesReadService {
  constructor(
    private readonly families: FamiliesRepository,
    private readonly programmes: ProgrammeContextService,
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
    const { rows, total } = await this.families.list(
      programmeId,
      scopeFor(principal, 'Family'),
      filter,
      asOf,
      page,
    );
    return { items: rows.map((r) => toFamilyView(r, asOf)), total };
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
    const row = await this.findRow(undefined, principal, programmeId, reference, asOf);
    const [history, sessions] = await Promise.all([
      this.families.statusHistory(row.id),
      this.families.fidelitySessions(row, asOf),
    ]);
    return {
      ...toFamilyView(row, asOf),
      history: history.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() })),
      fidelity: fidelity(row, sessions, programme),
      nextStatuses: familyNextStatuses(row, {
        outsideTrialAllowed: mayAllocateOutsideTrial(principal),
      }).map((status) => ({
        status,
        reasons: reasonsFor(status),
      })),
    };
  }

  /** One family the caller may read, or 404 (also when it exists but is out of their scope). */
  async findRow(
    manager: EntityManager | undefined,
    principal: Principal,
    programmeId: string,
    reference: string,
    asOf = this.programmes.today(),
    // 'refer': read back a referral just made, which a practitioner may not otherwise see.
    action: 'read' | 'refer' = 'read',
  ): Promise<FamilyRow> {
    const row = await this.families.find(
      programmeId,
      reference,
      scopeFor(principal, 'Family', action),
      asOf,
      manager,
    );
    if (!row) throw notFound(`There is no family ${reference} that you can see in this programme.`);
    return row;
  }
}
