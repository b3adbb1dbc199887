import type { CollectionsDueSummary, DueCollection, Page, TrialFlow } from '@attune/contract';
import {
  can,
  checkEligibility,
  dueCollections,
  INELIGIBLE_REASONS,
  NOT_PROCEEDED_REASONS,
  Principal,
  scopeFor,
  trialFlow,
  WITHDRAWN_REASONS,
  type TrialFlowCounts,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { toCsv } from '../../platform/csv/csv';
import { invalid } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { IneligibleReferralDto } from './dto/trial.dto';
import { TrialRepository } from './trial.repository';

type FlowRow = TrialFlowCounts & { code: string };

/** trial-flow.csv: one row per LA, then `overall`; a column for every reason, so files line up. */
const FLOW_COLUMNS: ReadonlyArray<readonly [string, (r: FlowRow) => string | number | null]> = [
  ['la_code', (r) => r.code],
  ['referred', (r) => r.referred],
  ...INELIGIBLE_REASONS.map(
    (k) => [`ineligible_${k}`, (r: FlowRow) => r.ineligible[k] ?? 0] as const,
  ),
  ...NOT_PROCEEDED_REASONS.map(
    (k) => [`not_proceeded_${k}`, (r: FlowRow) => r.notProceeded[k] ?? 0] as const,
  ),
  ...WITHDRAWN_REASONS.map((k) => [`withdrawn_${k}`, (r: FlowRow) => r.withdrawn[k] ?? 0] as const),
  ['randomised_intervention', (r) => r.randomised.intervention],
  ['randomised_control', (r) => r.randomised.control],
  ['not_randomised', (r) => r.notRandomised],
  ['allocated', (r) => r.allocated],
  ['started', (r) => r.started],
  ['completed', (r) => r.completed],
  ['follow_up_4m_completed', (r) => r.followUp4mCompleted],
  ['outcome_6m_recorded', (r) => r.outcome6mRecorded],
  ['drop_out', (r) => r.dropOut.count],
  ['drop_out_rate', (r) => r.dropOut.rate],
  ['needing_support', (r) => r.needingSupport.count],
  ['needing_support_rate', (r) => r.needingSupport.rate],
];

/** The trial's flow (CONSORT), its data-collection points due, and the refused referrals it counts. */
@Injectable()
export class TrialService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly trial: TrialRepository,
    private readonly audit: AuditService,
  ) {}

  async flow(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; asOf?: string },
  ): Promise<TrialFlow> {
    const context = await this.programmes.load(principal, programmeId);
    const asOf = query.asOf ?? this.programmes.reportingDate(context.programme);
    const scope = scopeFor(principal, 'Capacity');
    const [families, refusals] = await Promise.all([
      this.trial.flowFamilies(programmeId, scope, query.laCode),
      this.trial.refusals(programmeId, scope, query.laCode),
    ]);
    const laCodes = [...context.laIdByCode.keys()]
      .filter((code) => (scope?.laCode ?? code) === code && (query.laCode ?? code) === code)
      .sort();
    return trialFlow(families, refusals, laCodes, asOf);
  }

  async flowCsv(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; asOf?: string },
    context: AuditContext,
  ): Promise<string> {
    const flow = await this.flow(principal, programmeId, query);
    const rows: FlowRow[] = [...flow.byLocalAuthority, { code: 'overall', ...flow.overall }];
    await this.audit.record({
      action: 'trial_flow.export',
      entityType: 'Programme',
      entityId: programmeId,
      after: { filter: query, asOf: flow.asOf, rows: rows.length },
      ...context,
    });
    return toCsv(FLOW_COLUMNS, rows);
  }

  private async due(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; asOf?: string },
  ) {
    const { programme } = await this.programmes.load(principal, programmeId);
    const asOf = query.asOf ?? this.programmes.reportingDate(programme);
    const families = await this.trial.collectionFamilies(
      programmeId,
      scopeFor(principal, 'Capacity'),
      query.laCode,
    );
    return { asOf, due: dueCollections(families, asOf) };
  }

  async dueList(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; asOf?: string; page: number; pageSize: number },
  ): Promise<Page<DueCollection>> {
    const { due } = await this.due(principal, programmeId, query);
    const start = (query.page - 1) * query.pageSize;
    return { items: due.slice(start, start + query.pageSize), total: due.length };
  }

  async dueSummary(
    principal: Principal,
    programmeId: string,
    query: { laCode?: string; asOf?: string },
  ): Promise<CollectionsDueSummary> {
    const { asOf, due } = await this.due(principal, programmeId, query);
    const overdue = due.filter((d) => d.overdue).length;
    return { asOf, dueSoon: due.length - overdue, overdue };
  }

  /** Counts a refused referral by its reason; an eligible one is referred instead (400). */
  async recordIneligible(
    principal: Principal,
    programmeId: string,
    dto: IneligibleReferralDto,
    context: AuditContext,
  ): Promise<{ reason: string; problem: string }> {
    const programme = await this.programmes.load(principal, programmeId);
    const laCode = dto.laCode ?? scopeFor(principal, 'Family', 'refer')?.laCode;
    if (!laCode)
      throw invalid({ field: 'laCode', problem: 'is required: the local authority referred to' });
    if (!can(principal, 'refer', 'Family', { laCode }))
      throw new ForbiddenException(
        `You may record referrals to your own local authority (${principal.laCode}) only.`,
      );
    const laId = this.programmes.laId(programme, laCode);
    if (dto.referralDate > this.programmes.today())
      throw invalid({ field: 'referralDate', problem: `${dto.referralDate} is in the future` });
    const eligibility = checkEligibility(dto);
    if (eligibility.eligible)
      throw invalid({
        field: 'planAtReferral',
        problem: 'the family is eligible: refer it instead',
      });
    return this.dataSource.transaction(async (manager) => {
      await this.trial.insertRefusal(manager, {
        programmeId,
        laId,
        reason: eligibility.code,
        referralDate: dto.referralDate,
      });
      await this.audit.record(
        {
          action: 'referral.ineligible',
          entityType: 'Programme',
          entityId: programmeId,
          after: { laCode, reason: eligibility.code, referralDate: dto.referralDate },
          ...context,
        },
        manager,
      );
      return { reason: eligibility.code, problem: eligibility.reason };
    });
  }
}
