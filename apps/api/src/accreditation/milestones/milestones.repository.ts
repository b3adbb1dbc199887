import type { AccessScope, MilestoneOutcome, MilestoneType } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { pagedQuery } from '../../platform/sql/paged-query';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { MilestoneEntity } from './entities/milestone.entity';

/** A milestone as stored, with the codes of its practitioner, their supervisor and the assessor. */
export interface MilestoneRecord {
  id: string;
  practitionerCode: string;
  supervisorCode: string | null;
  type: MilestoneType;
  date: string;
  assessorCode: string | null;
  outcome: MilestoneOutcome;
  version: number;
}

export interface MilestoneWrite {
  practitionerId: string;
  type: MilestoneType;
  date: string;
  assessorId: string | null;
  outcome: MilestoneOutcome;
}

const SELECT = `SELECT m.id, st.code AS "practitionerCode", sup.code AS "supervisorCode", m.type,
       to_char(m.date, 'YYYY-MM-DD') AS date, a.code AS "assessorCode", m.outcome, m.version
  FROM milestones m
  JOIN staff st ON st.id = m.practitioner_id
  JOIN practitioners p ON p.staff_id = m.practitioner_id
  LEFT JOIN staff sup ON sup.id = p.supervisor_id
  LEFT JOIN staff a ON a.id = m.assessor_id
  LEFT JOIN local_authorities la ON la.id = st.la_id`;

/** A milestone belongs to its practitioner: their LA, themselves, their supervisor. */
const SCOPE = { laCode: 'la.code', staffCode: 'st.code', supervisorCode: 'sup.code' };

/** milestones: every query and write of them. */
@Injectable()
export class MilestonesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    scope: AccessScope | null,
    filter: { practitionerCode?: string; laCode?: string },
    page: { page: number; pageSize: number },
  ): Promise<{ items: MilestoneRecord[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `m.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, SCOPE, params),
    ];
    if (filter.practitionerCode) where.push(`st.code = ${params.add(filter.practitionerCode)}`);
    if (filter.laCode) where.push(`la.code = ${params.add(filter.laCode)}`);
    const filtered = `${SELECT} WHERE ${where.join(' AND ')}`;
    const { rows, total } = await pagedQuery<MilestoneRecord>(
      this.dataSource,
      filtered,
      params,
      'm.date DESC, st.code, m.id',
      page,
    );
    return { items: rows, total };
  }

  /** One milestone of the programme, if it exists and is in scope. */
  async find(
    programmeId: string,
    id: string,
    scope: AccessScope | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MilestoneRecord | null> {
    const params = new SqlParams();
    const [row] = await manager.query<MilestoneRecord[]>(
      `${SELECT} WHERE m.programme_id = ${params.add(programmeId)} AND m.id = ${params.add(id)}
         AND ${scopeCondition(scope, SCOPE, params)}`,
      params.values,
    );
    return row ?? null;
  }

  /** Inserts it and returns its new id. */
  async insert(
    manager: EntityManager,
    programmeId: string,
    values: MilestoneWrite,
  ): Promise<string> {
    const inserted = await manager.insert(MilestoneEntity, { programmeId, ...values });
    return String((inserted.identifiers[0] as { id: string }).id);
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: MilestoneWrite,
    what: string,
  ): Promise<void> {
    await updateVersioned(manager, MilestoneEntity, id, version, { ...values }, what);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string): Promise<void> {
    await deleteVersioned(manager, MilestoneEntity, id, version, what);
  }
}
