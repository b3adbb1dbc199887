import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type MilestoneOutcome, type MilestoneType, type Principal } from '@attune/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../auth/clock';
import { findProgramme, refuseProblems, staffByCode } from '../work-records/lookups';
import { isIsoDate, isoToday } from '../common/dates';
import { Params, scopeCondition } from '../work-records/sql';
import { deleteVersioned, updateVersioned } from '../common/versioned-update';
import type { MilestoneDto, MilestoneListQueryDto } from './dto/milestone.dto';
import { MilestoneEntity } from './entities/milestone.entity';
import type { MilestoneView } from '@attune/contract';

export type { MilestoneView };

interface MilestoneRow {
  id: string;
  practitioner_code: string;
  supervisor_code: string | null;
  type: MilestoneType;
  date: string;
  assessor_code: string | null;
  outcome: MilestoneOutcome;
  version: number;
}

const WHAT = 'Milestone';
const SELECT = `SELECT m.id, st.code AS practitioner_code, sup.code AS supervisor_code, m.type,
       to_char(m.date, 'YYYY-MM-DD') AS date, a.code AS assessor_code, m.outcome, m.version
  FROM milestones m
  JOIN staff st ON st.id = m.practitioner_id
  JOIN practitioners p ON p.staff_id = m.practitioner_id
  LEFT JOIN staff sup ON sup.id = p.supervisor_id
  LEFT JOIN staff a ON a.id = m.assessor_id
  LEFT JOIN local_authorities la ON la.id = st.la_id`;

/** A milestone belongs to its practitioner: their LA, themselves, their supervisor. */
const SCOPE = {
  laCode: (p: string) => `la.code = ${p}`,
  staffCode: (p: string) => `st.code = ${p}`,
  supervisorCode: (p: string) => `sup.code = ${p}`,
};

@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(programmeId: string, principal: Principal, query: MilestoneListQueryDto) {
    await findProgramme(this.dataSource.manager, programmeId);
    const params = new Params();
    const where = [
      `m.programme_id = ${params.p(programmeId)}`,
      scopeCondition(principal, 'Milestone', 'read', SCOPE, params),
    ];
    if (query.practitionerCode) where.push(`st.code = ${params.p(query.practitionerCode)}`);
    if (query.laCode) where.push(`la.code = ${params.p(query.laCode)}`);
    const filter = `WHERE ${where.join(' AND ')}`;
    const counted = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM (${SELECT} ${filter}) x`,
      params.values,
    );
    const rows = await this.dataSource.query<MilestoneRow[]>(
      `${SELECT} ${filter} ORDER BY m.date DESC, st.code, m.id LIMIT ${params.p(query.pageSize)} OFFSET ${params.p((query.page - 1) * query.pageSize)}`,
      params.values,
    );
    return { items: rows.map((r) => view(r, principal)), total: counted[0]?.total ?? 0 };
  }

  async get(programmeId: string, id: string, principal: Principal): Promise<MilestoneView> {
    const params = new Params();
    const rows = await this.dataSource.query<MilestoneRow[]>(
      `${SELECT} WHERE m.programme_id = ${params.p(programmeId)} AND m.id = ${params.p(id)}
         AND ${scopeCondition(principal, 'Milestone', 'read', SCOPE, params)}`,
      params.values,
    );
    if (!rows[0]) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    return view(rows[0], principal);
  }

  async create(
    programmeId: string,
    input: MilestoneDto,
    context: AuditContext & { principal: Principal },
  ) {
    const id = await this.dataSource.transaction(async (manager) => {
      const values = await this.resolve(manager, programmeId, input, context.principal, 'create');
      const inserted = await manager.insert(MilestoneEntity, { programmeId, ...values });
      const id = String((inserted.identifiers[0] as { id: string }).id);
      const after = await this.row(manager, id);
      await this.audit.record(
        { ...context, action: 'milestone.create', entityType: WHAT, entityId: id, after },
        manager,
      );
      return id;
    });
    return this.get(programmeId, id, context.principal);
  }

  async update(
    programmeId: string,
    id: string,
    input: MilestoneDto & { version: number },
    context: AuditContext & { principal: Principal },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'update');
      const values = await this.resolve(manager, programmeId, input, context.principal, 'update');
      await updateVersioned(manager, MilestoneEntity, id, input.version, values, `${WHAT} ${id}`);
      const after = await this.row(manager, id);
      await this.audit.record(
        { ...context, action: 'milestone.update', entityType: WHAT, entityId: id, before, after },
        manager,
      );
    });
    return this.get(programmeId, id, context.principal);
  }

  async remove(
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext & { principal: Principal },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'delete');
      await deleteVersioned(manager, MilestoneEntity, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        { ...context, action: 'milestone.delete', entityType: WHAT, entityId: id, before },
        manager,
      );
    });
  }

  private async row(manager: EntityManager, id: string): Promise<MilestoneRow | undefined> {
    const rows = await manager.query<MilestoneRow[]>(`${SELECT} WHERE m.id = $1`, [id]);
    return rows[0];
  }

  private async writable(
    manager: EntityManager,
    programmeId: string,
    id: string,
    principal: Principal,
    action: 'update' | 'delete',
  ): Promise<MilestoneRow> {
    const row = await this.row(manager, id);
    const entity = row && (await manager.findOne(MilestoneEntity, { where: { id, programmeId } }));
    if (!row || !entity) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    if (
      !can(principal, action, 'Milestone', {
        supervisorCode: row.supervisor_code,
        staffCode: row.practitioner_code,
      })
    ) {
      throw new ForbiddenException(
        `Only ${row.practitioner_code}'s supervisor or an admin may ${action} this milestone.`,
      );
    }
    return row;
  }

  private async resolve(
    manager: EntityManager,
    programmeId: string,
    input: MilestoneDto,
    principal: Principal,
    action: 'create' | 'update',
  ) {
    const programme = await findProgramme(manager, programmeId);
    const problems: string[] = [];
    const today = isoToday(this.clock.now());
    if (!isIsoDate(input.date)) problems.push(`date: ${input.date} is not a calendar date`);
    else if (input.date > today)
      problems.push(`date: ${input.date} is in the future (today is ${today})`);
    else if (input.date < programme.startDate) {
      problems.push(`date: ${input.date} is before the programme started (${programme.startDate})`);
    }
    const assessorCode = input.assessorCode ?? null;
    const staff = await staffByCode(
      manager,
      programmeId,
      assessorCode ? [input.practitionerCode, assessorCode] : [input.practitionerCode],
    );
    const practitioner = staff.get(input.practitionerCode);
    if (!practitioner?.practitioner)
      problems.push(
        `practitionerCode: ${input.practitionerCode} is not a practitioner of this programme`,
      );
    if (assessorCode && !staff.get(assessorCode))
      problems.push(`assessorCode: ${assessorCode} is not staff of this programme`);
    if (assessorCode && assessorCode === input.practitionerCode)
      problems.push('assessorCode: a practitioner cannot assess themselves');
    refuseProblems(problems);
    const supervisorCode = practitioner!.practitioner!.supervisorCode;
    if (
      !can(principal, action, 'Milestone', { supervisorCode, staffCode: input.practitionerCode })
    ) {
      throw new ForbiddenException(
        `You do not supervise ${input.practitionerCode}: only their supervisor or an admin may record their milestones.`,
      );
    }
    return {
      practitionerId: practitioner!.id,
      type: input.type as MilestoneType,
      date: input.date,
      assessorId: assessorCode ? staff.get(assessorCode)!.id : null,
      outcome: input.outcome as MilestoneOutcome,
    };
  }
}

function view(r: MilestoneRow, principal: Principal): MilestoneView {
  return {
    id: r.id,
    practitionerCode: r.practitioner_code,
    type: r.type,
    date: r.date,
    assessorCode: r.assessor_code,
    outcome: r.outcome,
    version: r.version,
    canEdit: can(principal, 'update', 'Milestone', {
      supervisorCode: r.supervisor_code,
      staffCode: r.practitioner_code,
    }),
  };
}
