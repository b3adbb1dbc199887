import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { scopeFor, type Principal } from '@attune/domain';
import type { LocalAuthorityView } from '@attune/contract';
import { DataSource } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { CreateLocalAuthorityDto, UpdateLocalAuthorityDto } from './dto/local-authority.dto';
import { LocalAuthoritiesRepository } from './local-authorities.repository';

@Injectable()
export class LocalAuthoritiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly las: LocalAuthoritiesRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
  ) {}

  /** The programme's LAs by code; an LA-bound user sees only their own (in the query). */
  async list(principal: Principal, programmeId: string, page: { page: number; pageSize: number }) {
    await this.programmes.load(principal, programmeId);
    return this.las.page(programmeId, scopeFor(principal, 'LocalAuthority', 'read'), page);
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: CreateLocalAuthorityDto,
    context: AuditContext,
  ): Promise<LocalAuthorityView> {
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const inserted = await this.las.insert(manager, programmeId, {
        code: input.code,
        name: input.name.trim(),
      });
      if (!inserted)
        throw conflict('duplicate_code', `code: this programme already has an LA ${input.code}`);
      const after = (await this.las.find(manager, programmeId, input.code))!;
      await this.audit.record(
        {
          ...context,
          action: 'local_authority.create',
          entityType: 'LocalAuthority',
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
    input: UpdateLocalAuthorityDto,
    context: AuditContext,
  ): Promise<LocalAuthorityView> {
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const before = await this.las.find(manager, programmeId, code);
      if (!before) throw notFound(`This programme has no local authority ${code}.`);
      await this.las.rename(manager, programmeId, code, input.version, input.name.trim());
      const after = (await this.las.find(manager, programmeId, code))!;
      await this.audit.record(
        {
          ...context,
          action: 'local_authority.update',
          entityType: 'LocalAuthority',
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
