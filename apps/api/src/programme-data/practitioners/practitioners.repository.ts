import { CLOSED_FAMILY_STATUSES, type AccessScope } from '@attune/domain';
import type { OpenFamilyRef, PractitionerView } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { pagedQuery } from '../../platform/sql/paged-query';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { staleVersion } from '../../platform/versioning/versioned-update';

const SELECT = `SELECT s.code, la.code AS "laCode", pr.substantive_role AS "substantiveRole",
    pr.fte::text AS fte, pr.vig_hours_per_week::text AS "vigHoursPerWeek",
    pr.start_date::text AS "startDate", sup.code AS "supervisorCode", pr.status,
    pr.status_date::text AS "statusDate", pr.status_reason AS "statusReason", pr.version
  FROM practitioners pr JOIN staff s ON s.id = pr.staff_id
  LEFT JOIN local_authorities la ON la.id = s.la_id
  LEFT JOIN staff sup ON sup.id = pr.supervisor_id`;

/** The practitioners' columns a PATCH may write (the staff row is the staff module's). */
export interface PractitionerChanges {
  substantiveRole?: string;
  fte?: string;
  vigHoursPerWeek?: string;
  startDate?: string;
  supervisorId?: string | null;
  status?: string;
  statusDate?: string | null;
  statusReason?: string | null;
}

const COLUMNS: Record<keyof PractitionerChanges, string> = {
  substantiveRole: 'substantive_role',
  fte: 'fte',
  vigHoursPerWeek: 'vig_hours_per_week',
  startDate: 'start_date',
  supervisorId: 'supervisor_id',
  status: 'status',
  statusDate: 'status_date',
  statusReason: 'status_reason',
};

/**
 * practitioners: the routes' queries and writes (the entity lives with the
 * reference tables), and the open families of one (read only: families are
 * the families module's).
 */
@Injectable()
export class PractitionersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    scope: AccessScope | null,
    page: { page: number; pageSize: number },
  ): Promise<{ items: PractitionerView[]; total: number }> {
    const params = new SqlParams();
    const where = `pr.programme_id = ${params.add(programmeId)} AND ${scopeCondition(scope, { laCode: 'la.code', staffCode: 's.code', supervisorCode: 'sup.code' }, params)}`;
    const { rows, total } = await pagedQuery<PractitionerView>(
      this.dataSource,
      `${SELECT} WHERE ${where}`,
      params,
      's.code',
      page,
    );
    return { items: rows, total };
  }

  async find(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<PractitionerView | null> {
    const [row] = await manager.query<PractitionerView[]>(
      `${SELECT} WHERE pr.programme_id = $1 AND s.code = $2`,
      [programmeId, code],
    );
    return row ?? null;
  }

  /** A staff member of the programme by code: its id, cost role and LA (null for provider staff). */
  async staffMember(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<{ id: string; costRole: string; laId: string | null } | null> {
    const [row] = await manager.query<Array<{ id: string; costRole: string; laId: string | null }>>(
      `SELECT id, cost_role AS "costRole", la_id AS "laId" FROM staff
        WHERE programme_id = $1 AND code = $2`,
      [programmeId, code],
    );
    return row ?? null;
  }

  /** false when the staff member is already a practitioner. */
  async insert(
    manager: EntityManager,
    programmeId: string,
    staffId: string,
    p: {
      substantiveRole: string;
      fte: string;
      vigHoursPerWeek: string;
      startDate: string;
      supervisorId: string | null;
    },
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO practitioners (staff_id, programme_id, substantive_role, fte, vig_hours_per_week,
         start_date, supervisor_id, status, status_date, status_reason, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', NULL, NULL, 1)
       ON CONFLICT (staff_id) DO NOTHING RETURNING staff_id`,
      [
        staffId,
        programmeId,
        p.substantiveRole,
        p.fte,
        p.vigHoursPerWeek,
        p.startDate,
        p.supervisorId,
      ],
    );
    return rows.length === 1;
  }

  /** Writes the given columns if `version` is current; else 409 stale_version (the caller checked it exists). */
  async update(
    manager: EntityManager,
    programmeId: string,
    staffId: string,
    code: string,
    version: number,
    changes: PractitionerChanges,
  ): Promise<void> {
    const params = new SqlParams();
    const set = ['version = version + 1'];
    for (const [key, column] of Object.entries(COLUMNS) as Array<
      [keyof PractitionerChanges, string]
    >) {
      if (changes[key] !== undefined) set.push(`${column} = ${params.add(changes[key])}`);
    }
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE practitioners SET ${set.join(', ')}
        WHERE programme_id = ${params.add(programmeId)} AND staff_id = ${params.add(staffId)}
          AND version = ${params.add(version)}`,
      params.values,
    );
    if (affected === 1) return;
    const current = await this.find(manager, programmeId, code);
    throw staleVersion(`Practitioner ${code}`, version, current?.version ?? 0);
  }

  /** The practitioner's families that are not closed (completed, withdrawn, not proceeded), by reference. */
  openFamilies(manager: EntityManager, staffId: string): Promise<OpenFamilyRef[]> {
    return manager.query<OpenFamilyRef[]>(
      `SELECT f.reference, la.code AS "laCode", f.status
         FROM families f JOIN local_authorities la ON la.id = f.la_id
        WHERE f.practitioner_id = $1 AND f.status <> ALL($2::text[])
        ORDER BY f.reference`,
      [staffId, [...CLOSED_FAMILY_STATUSES]],
    );
  }
}
