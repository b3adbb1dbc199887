import type { Bearer, CostType, ResourceCategory } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { SqlParams } from '../../platform/sql/sql-params';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { ResourceEntity } from './entities/resource.entity';

/** A resource as stored: money in whole pence, quantity exact text, its LA by code. */
export interface ResourceRecord {
  id: string;
  description: string;
  category: ResourceCategory;
  laCode: string | null;
  costType: CostType;
  quantity: string;
  unitCostPence: number;
  priceYear: number;
  usefulLifeYears: number;
  bearer: Bearer;
  date: string;
  version: number;
}

export type ResourceWrite = Omit<ResourceRecord, 'id' | 'version' | 'laCode'> & {
  laId: string | null;
};

const SELECT = `SELECT r.id::text AS id, r.description, r.category, la.code AS "laCode", r.cost_type AS "costType",
       r.quantity::text AS quantity, r.unit_cost_pence AS "unitCostPence", r.price_year AS "priceYear",
       r.useful_life_years AS "usefulLifeYears", r.bearer, r.date::text AS date, r.version
  FROM resources r LEFT JOIN local_authorities la ON la.id = r.la_id`;

/** resources: every query and write of them. */
@Injectable()
export class ResourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    filter: { laCode?: string },
    page: { page: number; pageSize: number },
  ): Promise<{ items: ResourceRecord[]; total: number }> {
    const params = new SqlParams();
    const where = [`r.programme_id = ${params.add(programmeId)}`];
    if (filter.laCode) where.push(`la.code = ${params.add(filter.laCode)}`);
    const { rows, total } = await pagedQuery<ResourceRecord>(
      this.dataSource,
      `${SELECT} WHERE ${where.join(' AND ')}`,
      params,
      'r.date, r.id',
      page,
    );
    return { items: rows, total };
  }

  async find(manager: EntityManager, programmeId: string, id: string) {
    const [row] = await manager.query<ResourceRecord[]>(
      `${SELECT} WHERE r.programme_id = $1 AND r.id = $2`,
      [programmeId, id],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, programmeId: string, values: ResourceWrite) {
    const inserted = await manager.insert(ResourceEntity, { programmeId, ...values });
    return String((inserted.identifiers[0] as { id: string }).id);
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: ResourceWrite,
    what: string,
  ) {
    await updateVersioned(manager, ResourceEntity, id, version, { ...values }, what);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string) {
    await deleteVersioned(manager, ResourceEntity, id, version, what);
  }

  async hasIndexYear(manager: EntityManager, programmeId: string, year: number) {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM price_indices WHERE programme_id = $1 AND year = $2',
      [programmeId, year],
    );
    return rows.length > 0;
  }
}
