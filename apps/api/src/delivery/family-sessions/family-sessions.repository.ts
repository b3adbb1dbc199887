import type { AccessScope } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { FamilySessionEntity } from './entities/family-session.entity';
import type { FamilySessionView } from '@attune/contract';

/** A session with what its checks need: its family's LA, id and referral date. */
export type FamilySessionRow = FamilySessionView & {
  laId: string;
  familyId: string;
  referralDate: string;
};

export interface SessionFilter {
  laCode?: string;
  familyReference?: string;
  practitionerCode?: string;
  from?: string;
  to?: string;
}

/** What a session says about itself (the rest is its family and practitioner). */
export type SessionFields = Pick<
  FamilySessionEntity,
  'date' | 'type' | 'cycle' | 'outcome' | 'contactMinutes' | 'travelMinutes' | 'prepMinutes'
>;

const SELECT = `SELECT s.id::text AS id, f.reference AS "familyReference", sps.code AS "practitionerCode",
    la.code AS "laCode", s.date::text AS date, s.type, s.cycle, s.outcome,
    s.contact_minutes AS "contactMinutes", s.travel_minutes AS "travelMinutes", s.prep_minutes AS "prepMinutes",
    EXISTS (SELECT 1 FROM period_locks pl WHERE pl.programme_id = s.programme_id AND pl.la_id = f.la_id
      AND pl.month = to_char(s.date, 'YYYY-MM')) AS locked,
    s.version, f.la_id AS "laId", f.id AS "familyId", f.referral_date::text AS "referralDate"`;
const FROM = `FROM family_sessions s JOIN families f ON f.id = s.family_id
    JOIN local_authorities la ON la.id = f.la_id JOIN staff sps ON sps.id = s.practitioner_id
    LEFT JOIN practitioners pr ON pr.staff_id = s.practitioner_id LEFT JOIN staff sup ON sup.id = pr.supervisor_id`;
const SCOPE_COLUMNS = { laCode: 'la.code', staffCode: 'sps.code', supervisorCode: 'sup.code' };

export function toFamilySessionView(row: FamilySessionRow): FamilySessionView {
  const { laId: _la, familyId: _family, referralDate: _referral, ...rest } = row;
  return rest;
}

/** family_sessions: the only place their SQL lives. */
@Injectable()
export class FamilySessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of sessions within the scope, newest first, and how many there are. */
  async list(
    programmeId: string,
    scope: AccessScope | null,
    filter: SessionFilter,
    page: { page: number; pageSize: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: FamilySessionRow[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `s.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, SCOPE_COLUMNS, params),
    ];
    if (filter.laCode !== undefined) where.push(`la.code = ${params.add(filter.laCode)}`);
    if (filter.familyReference !== undefined)
      where.push(`f.reference = ${params.add(filter.familyReference)}`);
    if (filter.practitionerCode !== undefined)
      where.push(`sps.code = ${params.add(filter.practitionerCode)}`);
    if (filter.from !== undefined) where.push(`s.date >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) where.push(`s.date <= ${params.add(filter.to)}`);
    const condition = where.join(' AND ');
    const [[count], rows] = await Promise.all([
      manager.query<[{ total: number }]>(
        `SELECT count(*)::int AS total ${FROM} WHERE ${condition}`,
        params.values,
      ),
      manager.query<FamilySessionRow[]>(
        `${SELECT} ${FROM} WHERE ${condition} ORDER BY s.date DESC, s.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
        params.values,
      ),
    ]);
    return { rows, total: count.total };
  }

  async find(manager: EntityManager, programmeId: string, id: string): Promise<FamilySessionRow> {
    const [row] = await manager.query<FamilySessionRow[]>(
      `${SELECT} ${FROM} WHERE s.programme_id = $1 AND s.id = $2`,
      [programmeId, id],
    );
    return row!;
  }

  /** Locks the session for this transaction if it is within the scope; false when it is not (or is gone). */
  async lockInScope(
    manager: EntityManager,
    programmeId: string,
    id: string,
    scope: AccessScope | null,
  ): Promise<boolean> {
    const params = new SqlParams();
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT s.id ${FROM}
       WHERE s.programme_id = ${params.add(programmeId)} AND s.id = ${params.add(id)}
         AND ${scopeCondition(scope, SCOPE_COLUMNS, params)} FOR UPDATE OF s`,
      params.values,
    );
    return rows.length > 0;
  }

  /** The staff id of a practitioner of the programme, by code. */
  async practitionerId(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<string | undefined> {
    const [other] = await manager.query<Array<{ id: string }>>(
      'SELECT staff_id AS id FROM practitioners pr JOIN staff s ON s.id = pr.staff_id WHERE s.programme_id = $1 AND s.code = $2',
      [programmeId, code],
    );
    return other?.id;
  }

  async insert(
    manager: EntityManager,
    session: SessionFields & { programmeId: string; familyId: string; practitionerId: string },
  ): Promise<string> {
    const inserted = await manager.insert(FamilySessionEntity, session);
    return String((inserted.identifiers[0] as { id: string | number }).id);
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    changes: SessionFields,
  ): Promise<void> {
    await updateVersioned(manager, FamilySessionEntity, id, version, changes, `Session ${id}`);
  }

  async delete(manager: EntityManager, id: string, version: number): Promise<void> {
    await deleteVersioned(manager, FamilySessionEntity, id, version, `Session ${id}`);
  }
}
