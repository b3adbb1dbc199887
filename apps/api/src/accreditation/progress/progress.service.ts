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
import { isIsoDate } from '../../platform/dates/dates';
import { invalid } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
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

@Injectable()
export class ProgressService {
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
    const { programme } = await this.programmes.load(principal, programmeId);
    const asOf = query.asOf ?? this.programmes.reportingDate(programme);
    if (!isIsoDate(asOf))
      throw invalid({ field: 'asOf', problem: `${asOf} is not a calendar date` });
    const ruleSet = await this.ruleSets.inForce(programme);
    const practitioners = await this.records.practitioners(
      programmeId,
      scopeFor(principal, 'Accreditation', 'read'),
      query,
    );
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
    const hideNames = pseudonymised(principal);
    const detailed = rows.map((row): AccreditationDetailRow => {
      const p = byCode.get(row.code)!;
      return {
        ...row,
        ...(hideNames ? {} : { displayName: p.displayName }),
        supervisorCode: p.supervisorCode,
        cycleCompletions: work.get(row.code)?.cycleCompletions ?? [],
      };
    });
    const ordered = query.order === 'risk' ? riskOrder(detailed) : detailed;
    const start = (query.page - 1) * query.pageSize;
    return {
      items: ordered.slice(start, start + query.pageSize),
      total: ordered.length,
      asOf,
      deliveryEnd: programme.deliveryEnd,
      ruleSet: { code: ruleSet.code, name: ruleSet.name },
    };
  }
}
