import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  accreditationProgress,
  countWork,
  pseudonymised,
  reportingDate,
  riskOrder,
  type AccreditationRow,
  type Principal,
} from '@attune/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../auth/clock';
import { ruleSetInForce } from '../rule-sets/rule-set-in-force';
import { findProgramme } from '../work-records/lookups';
import { isIsoDate, isoToday } from '../common/dates';
import { Params, scopeCondition } from '../work-records/sql';
import type { AccreditationQueryDto } from './accreditation-query.dto';
import { loadWorkRecords, type PractitionerRow } from './accreditation-records';
import type {
  AccreditationDetailRow,
  AccreditationDetails,
  AccreditationListRow,
} from '@attune/contract';

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
export class AccreditationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every row the caller may see, filtered, ordered and paged; computed by the domain. */
  async details(
    programmeId: string,
    principal: Principal,
    query: AccreditationQueryDto,
  ): Promise<AccreditationDetails> {
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const asOf = query.asOf ?? reportingDate(isoToday(this.clock.now()), programme.deliveryEnd);
    if (!isIsoDate(asOf)) throw new BadRequestException([`asOf: ${asOf} is not a calendar date`]);
    const ruleSet = await ruleSetInForce(manager, programme);
    const practitioners = await this.practitioners(programmeId, principal, query);
    const ids = practitioners.map((p) => p.staffId);
    const records = await loadWorkRecords(manager, programmeId, ids);
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

  /** The practitioners in the caller's scope (put into the SQL) and the filters asked for. */
  private async practitioners(
    programmeId: string,
    principal: Principal,
    query: AccreditationQueryDto,
  ): Promise<PractitionerRow[]> {
    const params = new Params();
    const where = [
      `p.programme_id = ${params.p(programmeId)}`,
      scopeCondition(
        principal,
        'Accreditation',
        'read',
        {
          laCode: (v) => `la.code = ${v}`,
          staffCode: (v) => `s.code = ${v}`,
          supervisorCode: (v) => `sup.code = ${v}`,
        },
        params,
      ),
    ];
    if (query.laCode) where.push(`la.code = ${params.p(query.laCode)}`);
    if (query.supervisorCode) where.push(`sup.code = ${params.p(query.supervisorCode)}`);
    return this.dataSource.query<PractitionerRow[]>(
      `SELECT p.staff_id AS "staffId", s.code AS "staffCode", s.display_name AS "displayName",
              la.code AS "laCode", p.substantive_role AS "substantiveRole", p.fte::text AS fte,
              p.vig_hours_per_week::text AS "vigHoursPerWeek", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              sup.code AS "supervisorCode", p.status, to_char(p.status_date, 'YYYY-MM-DD') AS "statusDate",
              p.status_reason AS "statusReason"
         FROM practitioners p
         JOIN staff s ON s.id = p.staff_id
         LEFT JOIN local_authorities la ON la.id = s.la_id
         LEFT JOIN staff sup ON sup.id = p.supervisor_id
        WHERE ${where.join(' AND ')}
        ORDER BY s.code`,
      params.values,
    );
  }
}
