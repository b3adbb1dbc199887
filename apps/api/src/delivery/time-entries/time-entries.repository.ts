import type { AccessScope, IsoDate, LedgerSourcesOfDay } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { TimeEntryEntity } from './entities/time-entry.entity';
import type { TimeEntryView } from '@attune/contract';

/** A time entry with the LA it counts for: its own la_id, or else its person's. */
export type TimeEntryRow = TimeEntryView & {
  effectiveLaId: string | null;
  effectiveLaCode: string | null;
};

export interface StaffRef {
  id: string;
  laId: string | null;
}

export interface TimeEntryFilter {
  laCode?: string;
  staffCode?: string;
  from?: string;
  to?: string;
}

export type TimeEntryWrite = Pick<
  TimeEntryEntity,
  'date' | 'activity' | 'minutes' | 'laId' | 'familyId' | 'note'
>;

/** The entry's LA is its own la_id, or else its person's (DESIGN.md, ledger lines). */
const SELECT = `SELECT te.id::text AS id, st.code AS "staffCode", te.date::text AS date, te.activity, te.minutes,
    ola.code AS "laCode", fam.reference AS "familyReference", te.note,
    EXISTS (SELECT 1 FROM period_locks pl WHERE pl.programme_id = te.programme_id AND pl.la_id = ela.id
      AND pl.month = to_char(te.date, 'YYYY-MM')) AS locked,
    te.version, ela.id AS "effectiveLaId", ela.code AS "effectiveLaCode"`;
const FROM = `FROM time_entries te JOIN staff st ON st.id = te.staff_id
    LEFT JOIN local_authorities ola ON ola.id = te.la_id
    LEFT JOIN local_authorities ela ON ela.id = coalesce(te.la_id, st.la_id)
    LEFT JOIN families fam ON fam.id = te.family_id`;
const SCOPE_COLUMNS = { laCode: 'ela.code', staffCode: 'st.code' };

export function toTimeEntryView(row: TimeEntryRow): TimeEntryView {
  const { effectiveLaId: _id, effectiveLaCode: _code, ...rest } = row;
  return rest;
}

/** time_entries: the only place their SQL lives (with the staff and family lookups they need). */
@Injectable()
export class TimeEntriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of entries within the scope, newest first, with the count and minutes of all of them. */
  async list(
    programmeId: string,
    scope: AccessScope | null,
    filter: TimeEntryFilter,
    page: { page: number; pageSize: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: TimeEntryRow[]; total: number; minutes: number }> {
    const params = new SqlParams();
    const where = [
      `te.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, SCOPE_COLUMNS, params),
    ];
    if (filter.laCode !== undefined) where.push(`ela.code = ${params.add(filter.laCode)}`);
    if (filter.staffCode !== undefined) where.push(`st.code = ${params.add(filter.staffCode)}`);
    if (filter.from !== undefined) where.push(`te.date >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) where.push(`te.date <= ${params.add(filter.to)}`);
    const condition = where.join(' AND ');
    const [[count], rows] = await Promise.all([
      manager.query<[{ total: number; minutes: number }]>(
        `SELECT count(*)::int AS total, coalesce(sum(te.minutes), 0)::int AS minutes ${FROM} WHERE ${condition}`,
        params.values,
      ),
      manager.query<TimeEntryRow[]>(
        `${SELECT} ${FROM} WHERE ${condition} ORDER BY te.date DESC, te.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
        params.values,
      ),
    ]);
    return { rows, total: count.total, minutes: count.minutes };
  }

  async find(manager: EntityManager, programmeId: string, id: string): Promise<TimeEntryRow> {
    const [row] = await manager.query<TimeEntryRow[]>(
      `${SELECT} ${FROM} WHERE te.programme_id = $1 AND te.id = $2`,
      [programmeId, id],
    );
    return row!;
  }

  /** Locks the entry for this transaction if it is within the scope; false when it is not (or is gone). */
  async lockInScope(
    manager: EntityManager,
    programmeId: string,
    id: string,
    scope: AccessScope | null,
  ): Promise<boolean> {
    const params = new SqlParams();
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT te.id ${FROM} WHERE te.programme_id = ${params.add(programmeId)} AND te.id = ${params.add(id)}
         AND ${scopeCondition(scope, SCOPE_COLUMNS, params)} FOR UPDATE OF te`,
      params.values,
    );
    return rows.length > 0;
  }

  /** A staff member of the programme by code, with their LA. */
  async staff(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<StaffRef | undefined> {
    const [staff] = await manager.query<StaffRef[]>(
      'SELECT id, la_id AS "laId" FROM staff WHERE programme_id = $1 AND code = $2',
      [programmeId, code],
    );
    return staff;
  }

  /**
   * What the ledger already counts of these people's time on these days (family sessions
   * they hold, supervision they run), keyed `staffId|date`: one query for a chunk of an import.
   */
  async ledgerSources(
    manager: EntityManager,
    programmeId: string,
    days: ReadonlyArray<{ staffId: string; date: IsoDate }>,
  ): Promise<Map<string, LedgerSourcesOfDay>> {
    const byDay = new Map<string, LedgerSourcesOfDay>();
    if (days.length === 0) return byDay;
    const params = [programmeId, days.map((d) => d.staffId), days.map((d) => d.date)];
    // DISTINCT: a day asked for twice must not double its sessions.
    const wanted = 'SELECT DISTINCT * FROM unnest($2::uuid[], $3::date[]) AS d(staff_id, date)';
    const [sessions, supervision] = await Promise.all([
      manager.query<
        Array<LedgerSourcesOfDay['familySessions'][number] & { staffId: string; date: string }>
      >(
        `SELECT fs.practitioner_id AS "staffId", fs.date::text AS date, f.reference AS "familyReference",
           fs.type, fs.cycle, fs.contact_minutes AS "contactMinutes", fs.travel_minutes AS "travelMinutes",
           fs.prep_minutes AS "prepMinutes"
         FROM family_sessions fs JOIN families f ON f.id = fs.family_id
           JOIN (${wanted}) d ON d.staff_id = fs.practitioner_id AND d.date = fs.date
         WHERE fs.programme_id = $1`,
        params,
      ),
      manager.query<Array<{ staffId: string; date: string; id: string; prepMinutes: number }>>(
        `SELECT ss.supervisor_id AS "staffId", ss.date::text AS date, ss.code AS id, ss.prep_minutes AS "prepMinutes"
         FROM supervision_sessions ss
           JOIN (${wanted}) d ON d.staff_id = ss.supervisor_id AND d.date = ss.date
         WHERE ss.programme_id = $1`,
        params,
      ),
    ]);
    const day = (staffId: string, date: string): LedgerSourcesOfDay => {
      const key = `${staffId}|${date}`;
      let sources = byDay.get(key);
      if (!sources) byDay.set(key, (sources = { familySessions: [], supervisionProvided: [] }));
      return sources;
    };
    for (const { staffId, date, ...session } of sessions)
      day(staffId, date).familySessions.push(session);
    for (const { staffId, date, ...run } of supervision)
      day(staffId, date).supervisionProvided.push(run);
    return byDay;
  }

  /** A family of the programme by reference (in this LA, when one is given), with its practitioner. */
  async family(
    manager: EntityManager,
    programmeId: string,
    reference: string,
    laId: string | null,
  ): Promise<{ id: string; practitionerCode: string | null } | undefined> {
    const [family] = await manager.query<Array<{ id: string; practitionerCode: string | null }>>(
      `SELECT f.id, ps.code AS "practitionerCode" FROM families f LEFT JOIN staff ps ON ps.id = f.practitioner_id
       WHERE f.programme_id = $1 AND f.reference = $2 AND ($3::uuid IS NULL OR f.la_id = $3)`,
      [programmeId, reference, laId],
    );
    return family;
  }

  async insert(
    manager: EntityManager,
    entry: TimeEntryWrite & { programmeId: string; staffId: string },
  ): Promise<string> {
    const inserted = await manager.insert(TimeEntryEntity, entry);
    return String((inserted.identifiers[0] as { id: string | number }).id);
  }

  async update(
    manager: EntityManager,
    id: string,
    version: number,
    changes: TimeEntryWrite,
  ): Promise<void> {
    await updateVersioned(manager, TimeEntryEntity, id, version, changes, `Time entry ${id}`);
  }

  async delete(manager: EntityManager, id: string, version: number): Promise<void> {
    await deleteVersioned(manager, TimeEntryEntity, id, version, `Time entry ${id}`);
  }
}
