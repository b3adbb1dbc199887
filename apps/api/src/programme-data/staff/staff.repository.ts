import type { AccessScope, StaffTies } from '@attune/domain';
import type { StaffView } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { staleVersion } from '../../platform/versioning/versioned-update';

/** The view's columns; `named` false leaves the display name out (economists read codes only). */
function select(named: boolean): string {
  return `SELECT s.code, ${named ? 's.display_name' : 'NULL::text'} AS "displayName",
    s.cost_role AS "costRole", la.code AS "laCode", s.version
    FROM staff s LEFT JOIN local_authorities la ON la.id = s.la_id`;
}

/** staff: the routes' queries and writes (the entity lives with the reference tables). */
@Injectable()
export class StaffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    scope: AccessScope | null,
    named: boolean,
    page: { page: number; pageSize: number },
  ): Promise<{ items: StaffView[]; total: number }> {
    const params = new SqlParams();
    const where = `s.programme_id = ${params.add(programmeId)} AND ${scopeCondition(scope, { laCode: 'la.code', staffCode: 's.code' }, params)}`;
    const { rows, total } = await pagedQuery<StaffView>(
      this.dataSource,
      `${select(named)} WHERE ${where}`,
      params,
      's.code',
      page,
    );
    return { items: rows, total };
  }

  async find(manager: EntityManager, programmeId: string, code: string): Promise<StaffView | null> {
    const [row] = await manager.query<StaffView[]>(
      `${select(true)} WHERE s.programme_id = $1 AND s.code = $2`,
      [programmeId, code],
    );
    return row ?? null;
  }

  async ties(manager: EntityManager, programmeId: string, code: string): Promise<StaffTies> {
    const [row] = await manager.query<StaffTies[]>(
      `SELECT
         (SELECT count(*)::int FROM practitioners p WHERE p.supervisor_id = s.id) AS supervisees,
         EXISTS (SELECT 1 FROM practitioners p WHERE p.staff_id = s.id) AS "isPractitioner",
         (SELECT count(*)::int FROM families f WHERE f.practitioner_id = s.id
           AND f.status NOT IN ('completed', 'withdrawn', 'not_proceeded')) AS "openFamilies"
       FROM staff s WHERE s.programme_id = $1 AND s.code = $2`,
      [programmeId, code],
    );
    return row ?? { supervisees: 0, isPractitioner: false, openFamilies: 0 };
  }

  /** false when the programme already has that code. */
  async insert(
    manager: EntityManager,
    programmeId: string,
    staff: { code: string; displayName: string; costRole: string; laId: string | null },
  ): Promise<boolean> {
    // ON CONFLICT: two admins adding the same code at once get 409, not a unique-index 500.
    const rows = await manager.query<unknown[]>(
      `INSERT INTO staff (programme_id, code, display_name, cost_role, la_id, version)
       VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (programme_id, code) DO NOTHING RETURNING id`,
      [programmeId, staff.code, staff.displayName, staff.costRole, staff.laId],
    );
    return rows.length === 1;
  }

  /** Writes the given fields if `version` is current; else 409 stale_version (the caller checked it exists). */
  async update(
    manager: EntityManager,
    programmeId: string,
    code: string,
    version: number,
    changes: { displayName?: string; costRole?: string; laId?: string | null },
  ): Promise<void> {
    const params = new SqlParams();
    const set = ['version = version + 1'];
    if (changes.displayName !== undefined)
      set.push(`display_name = ${params.add(changes.displayName)}`);
    if (changes.costRole !== undefined) set.push(`cost_role = ${params.add(changes.costRole)}`);
    if (changes.laId !== undefined) set.push(`la_id = ${params.add(changes.laId)}::uuid`);
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE staff SET ${set.join(', ')}
        WHERE programme_id = ${params.add(programmeId)} AND code = ${params.add(code)}
          AND version = ${params.add(version)}`,
      params.values,
    );
    if (affected === 1) return;
    const current = await this.find(manager, programmeId, code);
    throw staleVersion(`Staff member ${code}`, version, current?.version ?? 0);
  }
}
