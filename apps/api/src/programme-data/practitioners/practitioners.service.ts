import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkPractitionerStatusChange,
  scopeFor,
  supervisorProblem,
  type PractitionerStatus,
  type PractitionerStatusReason,
  type Principal,
} from '@attune/domain';
import type { FieldProblem, PractitionerUpdateResult, PractitionerView } from '@attune/contract';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { CreatePractitionerDto, UpdatePractitionerDto } from './dto/practitioner.dto';
import { PractitionersRepository, type PractitionerChanges } from './practitioners.repository';

@Injectable()
export class PractitionersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practitioners: PractitionersRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
  ) {}

  /** The programme's practitioners by code, scoped in the query (an LA manager their LA's). */
  async list(principal: Principal, programmeId: string, page: { page: number; pageSize: number }) {
    await this.programmes.load(principal, programmeId);
    return this.practitioners.page(programmeId, scopeFor(principal, 'Practitioner', 'read'), page);
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: CreatePractitionerDto,
    context: AuditContext,
  ): Promise<PractitionerView> {
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const staff = await this.practitioners.staffMember(manager, programmeId, input.code);
      const problems: FieldProblem[] = [];
      if (!staff)
        problems.push({
          field: 'code',
          problem: `${input.code} is not a staff member of this programme: add them to the staff first`,
        });
      else if (staff.laId === null)
        problems.push({
          field: 'code',
          problem: `${input.code} is provider staff with no local authority; a practitioner works in one`,
        });
      const supervisor = await this.supervisor(
        manager,
        programmeId,
        input.code,
        input.supervisorCode,
      );
      if ('problem' in supervisor) problems.push(supervisor.problem);
      if (problems.length > 0 || !staff || 'problem' in supervisor) throw invalid(...problems);
      const inserted = await this.practitioners.insert(manager, programmeId, staff.id, {
        substantiveRole: input.substantiveRole,
        fte: input.fte,
        vigHoursPerWeek: input.vigHoursPerWeek,
        startDate: input.startDate,
        supervisorId: supervisor.id,
      });
      if (!inserted)
        throw conflict('duplicate_code', `code: ${input.code} is already a practitioner`);
      const after = (await this.practitioners.find(manager, programmeId, input.code))!;
      await this.audit.record(
        {
          ...context,
          action: 'practitioner.create',
          entityType: 'Practitioner',
          entityId: `${programmeId}/${input.code}`,
          after,
        },
        manager,
      );
      return after;
    });
  }

  /**
   * Edits the practitioner; a status change (paused, withdrawn, back to
   * active) follows the domain's rules. Nothing of their work is removed; after
   * a withdrawal the answer lists their open families, which need another
   * practitioner.
   */
  async update(
    principal: Principal,
    programmeId: string,
    code: string,
    input: UpdatePractitionerDto,
    context: AuditContext,
  ): Promise<PractitionerUpdateResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const before = await this.practitioners.find(manager, programmeId, code);
      const staff = await this.practitioners.staffMember(manager, programmeId, code);
      if (!before || !staff) throw notFound(`This programme has no practitioner ${code}.`);
      const problems: FieldProblem[] = [];
      const changes: PractitionerChanges = {
        substantiveRole: input.substantiveRole,
        fte: input.fte,
        vigHoursPerWeek: input.vigHoursPerWeek,
        startDate: input.startDate,
      };
      if (input.supervisorCode !== undefined) {
        const supervisor = await this.supervisor(manager, programmeId, code, input.supervisorCode);
        if ('problem' in supervisor) problems.push(supervisor.problem);
        else changes.supervisorId = supervisor.id;
      }
      const startDate = input.startDate ?? before.startDate;
      if (input.status !== undefined) {
        const status = input.status as PractitionerStatus;
        const check = checkPractitionerStatusChange(
          { status: before.status, statusDate: before.statusDate, startDate },
          {
            status,
            date: input.statusDate,
            reason: input.statusReason as PractitionerStatusReason | null | undefined,
          },
          this.programmes.today(),
        );
        if (!check.ok && check.kind === 'transition')
          throw conflict('status_change', check.problem);
        if (!check.ok) problems.push(...check.problems);
        Object.assign(changes, {
          status,
          statusDate: input.statusDate,
          statusReason: status === 'active' ? null : input.statusReason,
        });
      } else {
        for (const field of ['statusDate', 'statusReason'] as const)
          if (input[field] !== undefined)
            problems.push({ field, problem: 'goes with a status change: give status too' });
        if (
          input.startDate !== undefined &&
          before.statusDate !== null &&
          startDate > before.statusDate
        )
          problems.push({
            field: 'startDate',
            problem: `${startDate} is after the last status change, on ${before.statusDate}`,
          });
      }
      if (problems.length > 0) throw invalid(...problems);
      await this.practitioners.update(manager, programmeId, staff.id, code, input.version, changes);
      const after = (await this.practitioners.find(manager, programmeId, code))!;
      await this.audit.record(
        {
          ...context,
          action: input.status !== undefined ? 'practitioner.status' : 'practitioner.update',
          entityType: 'Practitioner',
          entityId: `${programmeId}/${code}`,
          before,
          after,
        },
        manager,
      );
      const openFamilies =
        after.status === 'withdrawn'
          ? await this.practitioners.openFamilies(manager, staff.id)
          : [];
      return { practitioner: after, openFamilies };
    });
  }

  /** The supervisor's staff id (null for none), or the problem at `supervisorCode`. */
  private async supervisor(
    manager: EntityManager,
    programmeId: string,
    practitionerCode: string,
    code: string | null,
  ): Promise<{ id: string | null } | { problem: FieldProblem }> {
    if (code === null) return { id: null };
    const staff = await this.practitioners.staffMember(manager, programmeId, code);
    const problem = supervisorProblem(code, staff ?? undefined, practitionerCode);
    if (problem) return { problem: { field: 'supervisorCode', problem } };
    return { id: staff!.id };
  }
}
