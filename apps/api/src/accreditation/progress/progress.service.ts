import type {
  AccreditationDetailRow,
  AccreditationDetails,
  AccreditationListRow,
} from '@attune/contract';
import { Injectable } from '@nestjs/common';
import {
  accreditationProgress,
  countWork,
  pseudonymised,
  riskOrder,
  scopeFor,
  type AccreditationRow,
  type Principal,
} from '@attune/domain';
import { VersionedCache, type Versioned } from '../../platform/cache/versioned-cache';
import { isIsoDate } from '../../platform/dates/dates';
import { invalid } from '../../platform/http/errors';
import type { ProgrammeSettings } from '../../platform/programme-context/programme-context.repository';
import {
  ProgrammeContextService,
  type ProgrammeContext,
} from '../../platform/programme-context/programme-context.service';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import type { ProgressQueryDto } from './dto/progress-query.dto';
import { ProgressRepository } from './progress.repository';

export type AccreditationContractRow = AccreditationListRow;

export type { AccreditationDetailRow, AccreditationDetails };
export function toContractRow(row: AccreditationRow): AccreditationContractRow {
  return {
    code: row.code,
    laCode: row.laCode,
    stage: row.stage,
    cyclesCompleted: row.cyclesCompleted,
    familiesWorkedWith: row.familiesWorkedWith,
    supervisionMinutes: row.supervisionMinutes,
    supervisionSessions: row.supervisionSessions,
    requirementsMet: row.requirementsMet,
    nextRequirement: row.nextRequirement,
    projectedAccreditationDate: row.projectedAccreditationDate,
    onTrack: row.onTrack,
  };
}

/** A query's rows before paging, and the rule set they were judged by. */
interface Computed {
  ordered: AccreditationDetailRow[];
  ruleSet: AccreditationDetails['ruleSet'];
}

/** One page of a query's rows, with the day and rule set they were judged by. */
function detailsPage(
  { ordered, ruleSet }: Computed,
  programme: ProgrammeSettings,
  asOf: string,
  query: Pick<ProgressQueryDto, 'page' | 'pageSize'>,
): AccreditationDetails {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: ordered.slice(start, start + query.pageSize),
    total: ordered.length,
    asOf,
    deliveryEnd: programme.deliveryEnd,
    ruleSet,
  };
}

@Injectable()
export class ProgressService {
  /** Rows by programme, date, caller's scope and filters, under the data version they were read at. */
  private readonly cache = new VersionedCache<Computed>(64);

  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly ruleSets: RuleSetsService,
    private readonly records: ProgressRepository,
  ) {}

  /** Every row the caller may see, filtered, ordered and paged; computed by the domain. */
  async details(
    principal: Principal,
    programmeId: string,
    query: ProgressQueryDto,
  ): Promise<AccreditationDetails> {
    const context = await this.programmes.load(principal, programmeId);
    const { key, asOf, compute } = this.query(principal, context, programmeId, query);
    const computed = await this.cache.get(key, context.dataVersion, compute);
    return detailsPage(computed, context.programme, asOf, query);
  }

  /**
   * The answer of `view` as JSON bytes: the list (the contract's rows) or the
   * portal's details, made once per page while nothing has changed.
   */
  async answer(
    principal: Principal,
    programmeId: string,
    query: ProgressQueryDto,
    view: 'list' | 'details',
    read?: string | null,
  ): Promise<Buffer> {
    const context = await this.programmes.load(principal, programmeId, undefined, read);
    const { key, asOf, compute } = this.query(principal, context, programmeId, query);
    return this.cache.body(
      key,
      context.dataVersion,
      compute,
      `${view}:${query.page}:${query.pageSize}`,
      (computed) => {
        const page = detailsPage(computed, context.programme, asOf, query);
        return view === 'details'
          ? page
          : { items: page.items.map(toContractRow), total: page.total };
      },
    );
  }

  /** The cache key of a query (the caller's scope included), and how to compute its rows. */
  private query(
    principal: Principal,
    { programme, dataVersion }: ProgrammeContext,
    programmeId: string,
    query: ProgressQueryDto,
  ): { key: string; asOf: string; compute: () => Promise<Versioned<Computed>> } {
    const asOf = query.asOf ?? this.programmes.reportingDate(programme);
    if (!isIsoDate(asOf))
      throw invalid({ field: 'asOf', problem: `${asOf} is not a calendar date` });
    const scope = scopeFor(principal, 'Accreditation', 'read');
    const hideNames = pseudonymised(principal);
    const key = JSON.stringify([
      programmeId,
      asOf,
      scope,
      hideNames,
      query.laCode,
      query.supervisorCode,
      query.order,
    ]);
    // The version is read before the records (by the caller, with the programme), so an entry
    // is never older than its version: a write committed meanwhile only makes it newer, and
    // moves the version on anyway.
    const compute = async () => ({
      version: dataVersion,
      value: await this.rows(programme, programmeId, scope, hideNames, query, asOf),
    });
    return { key, asOf, compute };
  }

  /** Every row the query matches, in its order, computed by the domain. */
  private async rows(
    programme: ProgrammeSettings,
    programmeId: string,
    scope: ReturnType<typeof scopeFor>,
    hideNames: boolean,
    query: ProgressQueryDto,
    asOf: string,
  ): Promise<Computed> {
    const ruleSet = await this.ruleSets.inForce(programme);
    const practitioners = await this.records.practitioners(programmeId, scope, query);
    const records = await this.records.workRecords(
      programmeId,
      practitioners.map((p) => p.staffId),
    );
    const rows = accreditationProgress({
      ...records,
      // The preset named here is only a fallback: the rule set in force is passed as `ruleSet`.
      programme: { deliveryEnd: programme.deliveryEnd, ruleSet: 'aviguk_three_stage' },
      ruleSet,
      staff: practitioners.map((p) => ({ code: p.staffCode, laCode: p.laCode })),
      practitioners,
      asOf,
    });
    const work = countWork(records, asOf, ruleSet.groupSupervisionCredit);
    const byCode = new Map(practitioners.map((p) => [p.staffCode, p]));
    const detailed = rows.map((row): AccreditationDetailRow => {
      const p = byCode.get(row.code)!;
      return {
        ...row,
        ...(hideNames ? {} : { displayName: p.displayName }),
        supervisorCode: p.supervisorCode,
        cycleCompletions: work.get(row.code)?.cycleCompletions ?? [],
      };
    });
    return {
      ordered: query.order === 'risk' ? riskOrder(detailed) : detailed,
      ruleSet: { code: ruleSet.code, name: ruleSet.name },
    };
  }
}
