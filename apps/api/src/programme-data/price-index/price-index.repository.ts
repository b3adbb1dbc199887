import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { SqlParams } from '../../platform/sql/sql-params';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { PriceIndexEntity } from './entities/price-index.entity';

export interface PriceIndexRecord {
  id: string;
  year: number;
  index: string;
  version: number;
}

const SELECT = `SELECT p.id::text AS id, p.year, p.index::text AS index, p.version FROM price_indices p`;

/** price_indices: every query and write of them. */
@Injectable()
export class PriceIndexRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(programmeId: string, page: { page: number; pageSize: number }) {
    const params = new SqlParams();
    const { rows, total } = await pagedQuery<PriceIndexRecord>(
      this.dataSource,
      `${SELECT} WHERE p.programme_id = ${params.add(programmeId)}`,
      params,
      'p.year',
      page,
    );
    return { items: rows, total };
  }

  async find(manager: EntityManager, programmeId: string, year: number) {
    const [row] = await manager.query<PriceIndexRecord[]>(
      `${SELECT} WHERE p.programme_id = $1 AND p.year = $2`,
      [programmeId, year],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, programmeId: string, year: number, index: string) {
    await manager.insert(PriceIndexEntity, { programmeId, year, index });
  }

  async update(manager: EntityManager, id: string, version: number, index: string, what: string) {
    await updateVersioned(manager, PriceIndexEntity, id, version, { index }, what);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string) {
    await deleteVersioned(manager, PriceIndexEntity, id, version, what);
  }

  /** Serialises the writes of one programme's index (a PUT of a new year twice at once). */
  async lock(manager: EntityManager, programmeId: string) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('price_indices:' || $1))`, [
      programmeId,
    ]);
  }

  /** What prices its costs in `year`: the programme itself, and how many unit costs and resources. */
  async uses(manager: EntityManager, programmeId: string, year: number) {
    const [row] = await manager.query<
      Array<{ programme: boolean; unitCosts: number; resources: number }>
    >(
      `SELECT EXISTS (SELECT 1 FROM programmes WHERE id = $1 AND price_year = $2) AS programme,
         (SELECT count(*)::int FROM unit_costs WHERE programme_id = $1 AND price_year = $2) AS "unitCosts",
         (SELECT count(*)::int FROM resources WHERE programme_id = $1 AND price_year = $2) AS resources`,
      [programmeId, year],
    );
    return row!;
  }
}
