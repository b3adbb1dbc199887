import type { CostRole, UnitCostBasis } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { SqlParams } from '../../platform/sql/sql-params';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { UnitCostEntity } from './entities/unit-cost.entity';

/** A unit cost as stored: money in whole pence. */
export interface UnitCostRecord {
  id: string;
  costRole: CostRole;
  hourlyCostPence: number;
  priceYear: number;
  basis: UnitCostBasis;
  source: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  version: number;
}

export type UnitCostWrite = Omit<UnitCostRecord, 'id' | 'version'>;

const SELECT = `SELECT u.id::text AS id, u.cost_role AS "costRole", u.hourly_cost_pence AS "hourlyCostPence",
       u.price_year AS "priceYear", u.basis, u.source, u.effective_from::text AS "effectiveFrom",
       u.effective_to::text AS "effectiveTo", u.version
  FROM unit_costs u`;

/** unit_costs: every query and write of them. */
@Injectable()
export class UnitCostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    filter: { costRole?: string },
    page: { page: number; pageSize: number },
  ): Promise<{ items: UnitCostRecord[]; total: number }> {
    const params = new SqlParams();
    const where = [`u.programme_id = ${params.add(programmeId)}`];
    if (filter.costRole) where.push(`u.cost_role = ${params.add(filter.costRole)}`);
    const { rows, total } = await pagedQuery<UnitCostRecord>(
      this.dataSource,
      `${SELECT} WHERE ${where.join(' AND ')}`,
      params,
      'u.cost_role, u.effective_from NULLS FIRST, u.id',
      page,
    );
    return { items: rows, total };
  }

  async find(
    manager: EntityManager,
    programmeId: string,
    id: string,
  ): Promise<UnitCostRecord | null> {
    const [row] = await manager.query<UnitCostRecord[]>(
      `${SELECT} WHERE u.programme_id = $1 AND u.id = $2`,
      [programmeId, id],
    );
    return row ?? null;
  }

  /** The programme's unit costs of one role, after taking the lock that serialises their writes. */
  async lockedOfRole(
    manager: EntityManager,
    programmeId: string,
    costRole: string,
  ): Promise<UnitCostRecord[]> {
    // Two writers checking overlaps at once would each miss the other's row: one at a time per programme.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('unit_costs:' || $1))`, [
      programmeId,
    ]);
    return manager.query<UnitCostRecord[]>(
      `${SELECT} WHERE u.programme_id = $1 AND u.cost_role = $2 ORDER BY u.id`,
      [programmeId, costRole],
    );
  }

  async insert(manager: EntityManager, programmeId: string, values: UnitCostWrite) {
    const inserted = await manager.insert(UnitCostEntity, { programmeId, ...values });
    return String((inserted.identifiers[0] as { id: string }).id);
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: UnitCostWrite,
    what: string,
  ) {
    await updateVersioned(manager, UnitCostEntity, id, version, { ...values }, what);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string) {
    await deleteVersioned(manager, UnitCostEntity, id, version, what);
  }

  /** Whether the programme's price index has this year. */
  async hasIndexYear(manager: EntityManager, programmeId: string, year: number) {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM price_indices WHERE programme_id = $1 AND year = $2',
      [programmeId, year],
    );
    return rows.length > 0;
  }
}
