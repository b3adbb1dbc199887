import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { LocalAuthorityEntity } from './entities/local-authority.entity';
import { PractitionerEntity } from './entities/practitioner.entity';
import { StaffMemberEntity } from './entities/staff-member.entity';

/** The reference tables of a programme (the prices are the unit-costs, price-index and resources modules'). */
export const REFERENCE_ENTITIES = [
  LocalAuthorityEntity,
  StaffMemberEntity,
  PractitionerEntity,
] as const;

/**
 * The one owner of a programme's reference tables (LAs, staff,
 * practitioners): their writes go
 * through here. The import writes them in bulk inside its own transaction
 * (package-import), and read models (cost summary, workbook, package
 * export) join them read-only; everything else uses this repository.
 * Every method takes an optional EntityManager to join a transaction.
 */
@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private list<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    programmeId: string,
    order: Record<string, 'ASC'>,
    manager: EntityManager,
  ): Promise<T[]> {
    return manager.getRepository(entity).find({
      where: { programmeId } as never,
      order: order as never,
    });
  }

  localAuthorities(programmeId: string, manager = this.dataSource.manager) {
    return this.list(LocalAuthorityEntity, programmeId, { code: 'ASC' }, manager);
  }

  staff(programmeId: string, manager = this.dataSource.manager) {
    return this.list(StaffMemberEntity, programmeId, { code: 'ASC' }, manager);
  }

  /** Practitioners by their staff code. */
  async practitioners(programmeId: string, manager = this.dataSource.manager) {
    return manager.getRepository(PractitionerEntity).find({
      where: { programmeId },
      relations: { staff: true },
      order: { staff: { code: 'ASC' } },
    });
  }
}
