import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pseudonymised, scopeFor, staffChangeProblems, type Principal } from '@attune/domain';
import type { StaffView } from '@attune/contract';
import { DataSource } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffRepository } from './staff.repository';

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The programme's staff by code, scoped in the query (an LA manager their
   * LA's, a practitioner themselves); an economist gets codes and cost roles,
   * never display names.
   */
  async list(principal: Principal, programmeId: string, page: { page: number; pageSize: number }) {
    await this.programmes.load(principal, programmeId);
    return this.staff.page(
      programmeId,
      scopeFor(principal, 'Staff', 'read'),
      !pseudonymised(principal),
      page,
    );
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: CreateStaffDto,
    context: AuditContext,
  ): Promise<StaffView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.load(principal, programmeId, manager);
      const laId = input.laCode === null ? null : this.programmes.laId(programme, input.laCode);
      const inserted = await this.staff.insert(manager, programmeId, {
        code: input.code,
        displayName: input.displayName.trim(),
        costRole: input.costRole,
        laId,
      });
      if (!inserted)
        throw conflict(
          'duplicate_code',
          `code: this programme already has a staff member ${input.code}`,
        );
      const after = (await this.staff.find(manager, programmeId, input.code))!;
      await this.audit.record(
        {
          ...context,
          action: 'staff.create',
          entityType: 'Staff',
          entityId: `${programmeId}/${input.code}`,
          after,
        },
        manager,
      );
      return after;
    });
  }

  async update(
    principal: Principal,
    programmeId: string,
    code: string,
    input: UpdateStaffDto,
    context: AuditContext,
  ): Promise<StaffView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.load(principal, programmeId, manager);
      const before = await this.staff.find(manager, programmeId, code);
      if (!before) throw notFound(`This programme has no staff member ${code}.`);
      const laId =
        input.laCode === undefined || input.laCode === null
          ? input.laCode
          : this.programmes.laId(programme, input.laCode);
      const problems = staffChangeProblems(
        before,
        input,
        await this.staff.ties(manager, programmeId, code),
      );
      if (problems.length > 0) throw invalid(...problems);
      await this.staff.update(manager, programmeId, code, input.version, {
        displayName: input.displayName?.trim(),
        costRole: input.costRole,
        laId,
      });
      const after = (await this.staff.find(manager, programmeId, code))!;
      await this.audit.record(
        {
          ...context,
          action: 'staff.update',
          entityType: 'Staff',
          entityId: `${programmeId}/${code}`,
          before,
          after,
        },
        manager,
      );
      return after;
    });
  }
}
