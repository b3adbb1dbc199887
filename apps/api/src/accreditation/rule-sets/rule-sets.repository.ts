import type { RuleSet } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../../platform/versioning/versioned-update';
import { RuleSetEntity } from './entities/rule-set.entity';

/** A programme's stored rule set. */
export interface RuleSetRecord {
  id: string;
  code: string;
  name: string;
  definition: RuleSet;
  version: number;
}

const record = (row: RuleSetEntity): RuleSetRecord => ({
  id: row.id,
  code: row.code,
  name: row.name,
  definition: row.definition,
  version: row.version,
});

/** rule_sets: every query and write of them, and the programme's choice of one. */
@Injectable()
export class RuleSetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(programmeId: string): Promise<RuleSetRecord[]> {
    const rows = await this.dataSource.manager.find(RuleSetEntity, {
      where: { programmeId },
      order: { code: 'ASC' },
    });
    return rows.map(record);
  }

  async find(
    programmeId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RuleSetRecord | null> {
    const row = await manager.findOne(RuleSetEntity, { where: { programmeId, code } });
    return row ? record(row) : null;
  }

  async insert(
    manager: EntityManager,
    programmeId: string,
    definition: RuleSet,
  ): Promise<RuleSetRecord> {
    const saved = await manager.save(
      manager.create(RuleSetEntity, {
        programmeId,
        code: definition.code,
        name: definition.name,
        definition,
      }),
    );
    return record(saved);
  }

  /** Writes name and definition if `version` is current (else 409/404, nothing written). */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    definition: RuleSet,
    what: string,
  ): Promise<RuleSetRecord> {
    await updateVersioned(
      manager,
      RuleSetEntity,
      id,
      version,
      { name: definition.name, definition },
      what,
    );
    return record(await manager.findOneByOrFail(RuleSetEntity, { id }));
  }
}
