import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  scopeFor,
  type MilestoneOutcome,
  type MilestoneType,
  type Principal,
} from '@attune/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { ProgrammeLookupsRepository } from '../../platform/programme-context/programme-lookups.repository';
import type { MilestoneDto, MilestoneListQueryDto } from './dto/milestone.dto';
import {
  MilestonesRepository,
  type MilestoneRecord,
  type MilestoneWrite,
} from './milestones.repository';
import type { MilestoneView } from '@attune/contract';

const WHAT = 'Milestone';
const ALL = { all: true };

@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly milestones: MilestonesRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly lookups: ProgrammeLookupsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programmeId: string, query: MilestoneListQueryDto) {
    await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'Milestone', 'read');
    const { items, total } = await this.milestones.page(programmeId, scope, query, query);
    return { items: items.map((r) => view(r, principal)), total };
  }

  async get(principal: Principal, programmeId: string, id: string): Promise<MilestoneView> {
    await this.programmes.load(principal, programmeId);
    const row = await this.milestones.find(
      programmeId,
      id,
      scopeFor(principal, 'Milestone', 'read'),
    );
    if (!row) throw notFound(`${WHAT} ${id} does not exist.`);
    return view(row, principal);
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: MilestoneDto,
    context: AuditContext,
  ) {
    const id = await this.dataSource.transaction(async (manager) => {
      const values = await this.resolve(manager, principal, programmeId, input, 'create');
      const id = await this.milestones.insert(manager, programmeId, values);
      const after = await this.milestones.find(programmeId, id, ALL, manager);
      await this.audit.record(
        { ...context, action: 'milestone.create', entityType: WHAT, entityId: id, after },
        manager,
      );
      return id;
    });
    return this.get(principal, programmeId, id);
  }

  async update(
    principal: Principal,
    programmeId: string,
    id: string,
    input: MilestoneDto & { version: number },
    context: AuditContext,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'update');
      const values = await this.resolve(manager, principal, programmeId, input, 'update');
      await this.milestones.update(manager, id, input.version, values, `${WHAT} ${id}`);
      const after = await this.milestones.find(programmeId, id, ALL, manager);
      await this.audit.record(
        { ...context, action: 'milestone.update', entityType: WHAT, entityId: id, before, after },
        manager,
      );
    });
    return this.get(principal, programmeId, id);
  }

  async remove(
    principal: Principal,
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'delete');
      await this.milestones.delete(manager, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        { ...context, action: 'milestone.delete', entityType: WHAT, entityId: id, before },
        manager,
      );
    });
  }

  private async writable(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
    action: 'update' | 'delete',
  ): Promise<MilestoneRecord> {
    await this.programmes.load(principal, programmeId, manager);
    const row = await this.milestones.find(programmeId, id, ALL, manager);
    if (!row) throw notFound(`${WHAT} ${id} does not exist.`);
    if (
      !can(principal, action, 'Milestone', {
        supervisorCode: row.supervisorCode,
        staffCode: row.practitionerCode,
      })
    ) {
      throw new ForbiddenException(
        `Only ${row.practitionerCode}'s supervisor or an admin may ${action} this milestone.`,
      );
    }
    return row;
  }

  private async resolve(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    input: MilestoneDto,
    action: 'create' | 'update',
  ): Promise<MilestoneWrite> {
    const { programme } = await this.programmes.load(principal, programmeId, manager);
    this.programmes.assertInDeliveryWindow(programme, 'date', input.date);
    const problems: FieldProblem[] = [];
    const today = this.programmes.today();
    if (!isIsoDate(input.date))
      problems.push({ field: 'date', problem: `${input.date} is not a calendar date` });
    else if (input.date > today)
      problems.push({
        field: 'date',
        problem: `${input.date} is in the future (today is ${today})`,
      });
    else if (input.date < programme.startDate) {
      problems.push({
        field: 'date',
        problem: `${input.date} is before the programme started (${programme.startDate})`,
      });
    }
    const assessorCode = input.assessorCode ?? null;
    const staff = await this.lookups.staffByCode(
      programmeId,
      assessorCode ? [input.practitionerCode, assessorCode] : [input.practitionerCode],
      manager,
    );
    const practitioner = staff.get(input.practitionerCode);
    if (!practitioner?.practitioner)
      problems.push({
        field: 'practitionerCode',
        problem: `${input.practitionerCode} is not a practitioner of this programme`,
      });
    if (assessorCode && !staff.get(assessorCode))
      problems.push({
        field: 'assessorCode',
        problem: `${assessorCode} is not staff of this programme`,
      });
    if (assessorCode && assessorCode === input.practitionerCode)
      problems.push({ field: 'assessorCode', problem: 'a practitioner cannot assess themselves' });
    if (problems.length > 0) throw invalid(...problems);
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

function view(r: MilestoneRecord, principal: Principal): MilestoneView {
  return {
    id: r.id,
    practitionerCode: r.practitionerCode,
    type: r.type,
    date: r.date,
    assessorCode: r.assessorCode,
    outcome: r.outcome,
    version: r.version,
    canEdit: can(principal, 'update', 'Milestone', {
      supervisorCode: r.supervisorCode,
      staffCode: r.practitionerCode,
    }),
  };
}
