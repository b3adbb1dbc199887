import type { AccessScope } from '@attune/domain';
import type { LocalAuthorityView } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { staleVersion } from '../../platform/versioning/versioned-update';

const SELECT = 'SELECT la.code, la.name, la.version FROM local_authorities la';

/** local_authorities: the routes' queries and writes (the entity lives with the reference tables). */
@Injectable()
export class LocalAuthoritiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    scope: AccessScope | null,
    page: { page: number; pageSize: number },
  ): Promise<{ items: LocalAuthorityView[]; total: number }> {
    const params = new SqlParams();
    const where = `la.programme_id = ${params.add(programmeId)} AND ${scopeCondition(scope, { laCode: 'la.code' }, params)}`;
    const { rows, total } = await pagedQuery<LocalAuthorityView>(
      this.dataSource,
      `${SELECT} WHERE ${where}`,
      params,
      'la.code',
      page,
    );
    return { items: rows, total };
  }

  async find(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<LocalAuthorityView | null> {
    const [row] = await manager.query<LocalAuthorityView[]>(
      `${SELECT} WHERE la.programme_id = $1 AND la.code = $2`,
      [programmeId, code],
    );
    return row ?? null;
  }

  /** false when the programme already has that code. */
  async insert(
    manager: EntityManager,
    programmeId: string,
    la: { code: string; name: string },
  ): Promise<boolean> {
    // ON CONFLICT: two admins adding the same code at once get 409, not a unique-index 500.
    const rows = await manager.query<unknown[]>(
      `INSERT INTO local_authorities (programme_id, code, name, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT (programme_id, code) DO NOTHING RETURNING id`,
      [programmeId, la.code, la.name],
    );
    return rows.length === 1;
  }

  /** Renames it if `version` is current; else 409 stale_version (the caller checked it exists). */
  async rename(
    manager: EntityManager,
    programmeId: string,
    code: string,
    version: number,
    name: string,
  ): Promise<void> {
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE local_authorities SET name = $4, version = version + 1
        WHERE programme_id = $1 AND code = $2 AND version = $3`,
      [programmeId, code, version, name],
    );
    if (affected === 1) return;
    const current = await this.find(manager, programmeId, code);
    throw staleVersion(`Local authority ${code}`, version, current?.version ?? 0);
  }
}
