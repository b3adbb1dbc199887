import {
  overdueIfStartedBefore,
  type AccessScope,
  type BlockState,
  type FamilyStatus,
  type FidelitySession,
} from '@attune/domain';
import type { NullableOptional } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns } from '../../platform/sql/entity-columns';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { updateVersioned } from '../../platform/versioning/versioned-update';
import { FamilyEntity } from './entities/family.entity';
import { FamilyStatusChangeEntity } from './entities/family-status-change.entity';
import type { FamilyRow } from './family-view';

export interface FamilyFilter {
  laCode?: string;
  status?: string;
  overdue?: boolean;
  practitionerCode?: string;
  asOf?: string;
}

export interface StatusChangeRow {
  status: FamilyStatus;
  statusDate: string | null;
  statusReason: string | null;
  recordedAt: Date;
}

/** A family as logging a session with it needs it. */
export interface SessionFamily {
  id: string;
  laId: string;
  laCode: string;
  status: string;
  referralDate: string;
  practitionerId: string | null;
  practitionerCode: string | null;
  version: number;
}

/** A practitioner as allocating a family to them needs them. */
export interface AllocationPractitioner {
  id: string;
  laId: string | null;
  status: string;
  statusDate: string | null;
}

type Columns = Omit<
  FamilyEntity,
  'id' | 'version' | 'programme' | 'localAuthority' | 'practitioner'
>;

/** A family to insert: a column that may be null may be left out (it is then null). */
export type NewFamily = NullableOptional<Columns>;

/** Columns of a family row: the entity's own, and what it is joined to; `$asOf` bounds the held sessions counted. */
function familySelect(columns: string, asOf: string, params: SqlParams): string {
  const day = params.add(asOf);
  return `SELECT ${columns}, la.code AS "laCode", ps.code AS "practitionerCode",
    coalesce(h.held, 0)::int AS "sessionsHeld", h.last_held::text AS "lastHeldSessionDate"
  ${familyFrom(day)}`;
}

/** The joins every family query scopes through (LA, practitioner, their supervisor). */
function familyFrom(asOfParam: string): string {
  return `FROM families f
    JOIN local_authorities la ON la.id = f.la_id
    LEFT JOIN staff ps ON ps.id = f.practitioner_id
    LEFT JOIN practitioners pr ON pr.staff_id = f.practitioner_id
    LEFT JOIN staff sup ON sup.id = pr.supervisor_id
    LEFT JOIN LATERAL (
      SELECT max(s.date) AS last_held, count(*) AS held FROM family_sessions s
      WHERE s.family_id = f.id AND s.outcome = 'held' AND s.date <= ${asOfParam}
    ) h ON TRUE`;
}

/** Row-level access to families, in SQL (see scopeFor): LA, allocated practitioner, their supervisor. */
function familyScope(scope: AccessScope | null, params: SqlParams): string {
  return scopeCondition(
    scope,
    { laCode: 'la.code', staffCode: 'ps.code', supervisorCode: 'sup.code' },
    params,
  );
}

function where(
  programmeId: string,
  scope: AccessScope | null,
  filter: FamilyFilter,
  asOf: string,
  params: SqlParams,
): string {
  const where = [`f.programme_id = ${params.add(programmeId)}`, familyScope(scope, params)];
  if (filter.laCode !== undefined) where.push(`la.code = ${params.add(filter.laCode)}`);
  if (filter.status !== undefined) where.push(`f.status = ${params.add(filter.status)}`);
  if (filter.practitionerCode !== undefined) {
    where.push(`ps.code = ${params.add(filter.practitionerCode)}`);
  }
  if (filter.overdue !== undefined) {
    // The SQL form of the domain's isOverdue, with its own cut-off date.
    const overdue = `(f.status = 'active' AND coalesce(h.last_held, f.status_date, f.randomisation_date, f.referral_date) < ${params.add(overdueIfStartedBefore(asOf))})`;
    where.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  return where.join(' AND ');
}

/**
 * families, family_status_changes and randomisation_blocks: the only place
 * their SQL lives (with the family detail's read of its sessions, and the
 * practitioner an allocation names).
 */
@Injectable()
export class FamiliesRepository {
  private familyColumns: string | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The families table's columns as a family row holds them (from the entity, once). */
  private columns(): string {
    this.familyColumns ??= entityColumns(this.dataSource.getMetadata(FamilyEntity), 'f', [
      'programmeId',
      'practitionerId',
    ]);
    return this.familyColumns;
  }

  /** A page of the families within the scope, newest referral first, and how many match. */
  async list(
    programmeId: string,
    scope: AccessScope | null,
    filter: FamilyFilter,
    asOf: string,
    page: { page: number; pageSize: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: FamilyRow[]; total: number }> {
    const params = new SqlParams();
    const select = familySelect(this.columns(), asOf, params);
    const condition = where(programmeId, scope, filter, asOf, params);
    const countParams = new SqlParams();
    const countFrom = familyFrom(countParams.add(asOf));
    const countWhere = where(programmeId, scope, filter, asOf, countParams);
    const limit = params.add(page.pageSize);
    const offset = params.add((page.page - 1) * page.pageSize);
    const [rows, [count]] = await Promise.all([
      manager.query<FamilyRow[]>(
        `${select} WHERE ${condition} ORDER BY f.referral_date DESC, f.reference LIMIT ${limit} OFFSET ${offset}`,
        params.values,
      ),
      manager.query<[{ total: number }]>(
        `SELECT count(*)::int AS total ${countFrom} WHERE ${countWhere}`,
        countParams.values,
      ),
    ]);
    return { rows, total: count.total };
  }

  /** One family of the programme within the scope, by reference. */
  async find(
    programmeId: string,
    reference: string,
    scope: AccessScope | null,
    asOf: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FamilyRow | undefined> {
    const params = new SqlParams();
    const select = familySelect(this.columns(), asOf, params);
    const [row] = await manager.query<FamilyRow[]>(
      `${select} WHERE f.programme_id = ${params.add(programmeId)} AND f.reference = ${params.add(reference)}
         AND ${familyScope(scope, params)}`,
      params.values,
    );
    return row;
  }

  /** Locks the family's row until the end of the transaction. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT 1 FROM families WHERE id = $1 FOR UPDATE', [id]);
  }

  /** The family, locked, as logging a session needs it (any scope: the caller checks). */
  async lockForSession(
    manager: EntityManager,
    programmeId: string,
    reference: string,
  ): Promise<SessionFamily | undefined> {
    const [family] = await manager.query<SessionFamily[]>(
      `SELECT f.id, f.la_id AS "laId", la.code AS "laCode", f.status, f.referral_date::text AS "referralDate",
         f.practitioner_id AS "practitionerId", ps.code AS "practitionerCode", f.version
       FROM families f JOIN local_authorities la ON la.id = f.la_id LEFT JOIN staff ps ON ps.id = f.practitioner_id
       WHERE f.programme_id = $1 AND f.reference = $2 FOR UPDATE OF f`,
      [programmeId, reference],
    );
    return family;
  }

  async referenceTaken(
    manager: EntityManager,
    programmeId: string,
    reference: string,
  ): Promise<boolean> {
    const taken = await manager.query<unknown[]>(
      'SELECT 1 FROM families WHERE programme_id = $1 AND reference = $2',
      [programmeId, reference],
    );
    return taken.length > 0;
  }

  async insert(manager: EntityManager, family: NewFamily): Promise<string> {
    const inserted = await manager.insert(FamilyEntity, family);
    return (inserted.identifiers[0] as { id: string }).id;
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<NewFamily>,
    what: string,
  ): Promise<void> {
    await updateVersioned(manager, FamilyEntity, id, version, changes, what);
  }

  async insertStatusChange(
    manager: EntityManager,
    change: Omit<FamilyStatusChangeEntity, 'id' | 'recordedAt' | 'programme' | 'family'>,
  ): Promise<void> {
    await manager.insert(FamilyStatusChangeEntity, change);
  }

  async statusHistory(familyId: string): Promise<StatusChangeRow[]> {
    return this.dataSource.query<StatusChangeRow[]>(
      `SELECT status, status_date::text AS "statusDate", status_reason AS "statusReason", recorded_at AS "recordedAt"
       FROM family_status_changes WHERE family_id = $1 ORDER BY id`,
      [familyId],
    );
  }

  /** The family's sessions up to `asOf`, as the domain's fidelity figures take them. */
  async fidelitySessions(
    family: { id: string; reference: string },
    asOf: string,
  ): Promise<FidelitySession[]> {
    return this.dataSource.query<FidelitySession[]>(
      `SELECT $2::text AS "familyReference", date::text AS date, type, cycle, outcome
       FROM family_sessions WHERE family_id = $1 AND date <= $3`,
      [family.id, family.reference, asOf],
    );
  }

  async practitioner(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<AllocationPractitioner | undefined> {
    const [found] = await manager.query<AllocationPractitioner[]>(
      `SELECT s.id, s.la_id AS "laId", pr.status, pr.status_date::text AS "statusDate"
       FROM staff s JOIN practitioners pr ON pr.staff_id = s.id
       WHERE s.programme_id = $1 AND s.code = $2`,
      [programmeId, code],
    );
    return found;
  }

  /** The LA's randomisation block state, created if missing and locked for this transaction. */
  async lockBlock(
    manager: EntityManager,
    programmeId: string,
    laId: string,
  ): Promise<BlockState | null> {
    await manager.query(
      `INSERT INTO randomisation_blocks (programme_id, la_id, state, allocations)
       VALUES ($1, $2, NULL, 0) ON CONFLICT (programme_id, la_id) DO NOTHING`,
      [programmeId, laId],
    );
    const [block] = await manager.query<[{ state: BlockState | null }]>(
      'SELECT state FROM randomisation_blocks WHERE programme_id = $1 AND la_id = $2 FOR UPDATE',
      [programmeId, laId],
    );
    return block.state;
  }

  async saveBlock(
    manager: EntityManager,
    programmeId: string,
    laId: string,
    state: BlockState,
  ): Promise<void> {
    await manager.query(
      `UPDATE randomisation_blocks SET state = $3::jsonb, allocations = allocations + 1
       WHERE programme_id = $1 AND la_id = $2`,
      [programmeId, laId, JSON.stringify(state)],
    );
  }
}
