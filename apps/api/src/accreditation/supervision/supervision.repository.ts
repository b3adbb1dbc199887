import type {
  AccessScope,
  AttunedPrinciple,
  SupervisionFormat,
  SupervisionMode,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { pagedQuery } from '../../platform/sql/paged-query';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { SupervisionAttendeeEntity } from './entities/supervision-attendee.entity';
import { SupervisionSessionEntity } from './entities/supervision-session.entity';

/** A session as stored, with its supervisor's and attendees' codes. */
export interface SessionRecord {
  id: string;
  code: string;
  date: string;
  supervisorCode: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
  notes: string | null;
  version: number;
  attendees: AttendeeRecord[];
}

export interface AttendeeRecord {
  practitionerCode: string;
  familyReference: string | null;
  cycle: number | null;
  principles: AttunedPrinciple[];
}

/** What a write stores: ids resolved from the codes the caller gave. */
export interface SessionWrite {
  code: string;
  date: string;
  supervisorId: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
  notes: string | null;
}

export interface AttendeeWrite {
  practitionerId: string;
  familyId: string | null;
  cycle: number | null;
  principles: AttunedPrinciple[];
}

export interface SessionFilter {
  supervisorCode?: string;
  practitionerCode?: string;
  laCode?: string;
}

/** A practitioner of the programme as the log form lists them. */
export interface SuperviseeRecord {
  code: string;
  displayName: string;
  laCode: string | null;
  supervisorCode: string | null;
  status: string;
  families: string[];
}

/** An attendee of session s who is this staff code. */
const attendeeIs = (param: string) =>
  `EXISTS (SELECT 1 FROM supervision_attendees a JOIN staff st ON st.id = a.practitioner_id
            WHERE a.session_id = s.id AND st.code = ${param})`;
/** An attendee of session s who works in this LA. */
const attendeeInLa = (param: string) =>
  `EXISTS (SELECT 1 FROM supervision_attendees a JOIN staff st ON st.id = a.practitioner_id
            JOIN local_authorities la ON la.id = st.la_id WHERE a.session_id = s.id AND la.code = ${param})`;
/** A session is its supervisor's; an attendee's; and each attendee's LA's. */
const SCOPE = { supervisorCode: 'sup.code', staffCode: attendeeIs, laCode: attendeeInLa };

const SELECT = `SELECT s.id, s.code, to_char(s.date, 'YYYY-MM-DD') AS date, sup.code AS "supervisorCode",
       s.format, s.mode, s.duration_minutes AS "durationMinutes", s.prep_minutes AS "prepMinutes",
       s.notes, s.version
  FROM supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id`;

/** supervision_sessions and supervision_attendees: every query and write of them. */
@Injectable()
export class SupervisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the sessions in scope, newest first, and how many there are. */
  async page(
    programmeId: string,
    scope: AccessScope | null,
    filter: SessionFilter,
    page: { page: number; pageSize: number },
  ): Promise<{ items: SessionRecord[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `s.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, SCOPE, params),
    ];
    if (filter.supervisorCode) where.push(`sup.code = ${params.add(filter.supervisorCode)}`);
    if (filter.practitionerCode) where.push(attendeeIs(params.add(filter.practitionerCode)));
    if (filter.laCode) where.push(attendeeInLa(params.add(filter.laCode)));
    const filtered = `${SELECT} WHERE ${where.join(' AND ')}`;
    const { rows, total } = await pagedQuery<SessionRecord>(
      this.dataSource,
      filtered,
      params,
      's.date DESC, s.code',
      page,
    );
    return { items: await this.withAttendees(this.dataSource.manager, rows, scope), total };
  }

  /** One session of the programme, if it exists and is in scope (`null` scope: none). */
  async find(
    programmeId: string,
    id: string,
    scope: AccessScope | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionRecord | null> {
    const params = new SqlParams();
    const rows = await manager.query<SessionRecord[]>(
      `${SELECT} WHERE s.programme_id = ${params.add(programmeId)} AND s.id = ${params.add(id)}
          AND ${scopeCondition(scope, SCOPE, params)}`,
      params.values,
    );
    const [session] = await this.withAttendees(manager, rows, scope);
    return session ?? null;
  }

  /** The id of the programme's session with this code, if any. */
  async idOfCode(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<string | null> {
    const row = await manager.findOne(SupervisionSessionEntity, {
      where: { programmeId, code },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  async insert(
    manager: EntityManager,
    programmeId: string,
    id: string,
    session: SessionWrite,
    attendees: AttendeeWrite[],
  ): Promise<void> {
    await manager.insert(SupervisionSessionEntity, { id, programmeId, ...session });
    await this.insertAttendees(manager, programmeId, id, attendees);
  }

  /** Replaces the session and its attendees if `version` is current (else 409/404, nothing written). */
  async update(
    manager: EntityManager,
    programmeId: string,
    id: string,
    version: number,
    session: SessionWrite,
    attendees: AttendeeWrite[],
    what: string,
  ): Promise<void> {
    // The version check comes first: a stale edit changes nothing, attendees included.
    await updateVersioned(manager, SupervisionSessionEntity, id, version, { ...session }, what);
    await manager.delete(SupervisionAttendeeEntity, { sessionId: id });
    await this.insertAttendees(manager, programmeId, id, attendees);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string): Promise<void> {
    await deleteVersioned(manager, SupervisionSessionEntity, id, version, what);
  }

  /** The programme's practitioners, with the families whose films they may bring. */
  async supervisees(programmeId: string): Promise<SuperviseeRecord[]> {
    const rows = await this.dataSource.query<
      Array<Omit<SuperviseeRecord, 'families'> & { families: string[] | null }>
    >(
      `SELECT s.code, s.display_name AS "displayName", la.code AS "laCode", sup.code AS "supervisorCode", p.status,
              (SELECT array_agg(f.reference ORDER BY f.reference) FROM families f
                WHERE f.practitioner_id = p.staff_id AND f.status IN ('allocated', 'active', 'completed')) AS families
         FROM practitioners p
         JOIN staff s ON s.id = p.staff_id
         LEFT JOIN local_authorities la ON la.id = s.la_id
         LEFT JOIN staff sup ON sup.id = p.supervisor_id
        WHERE p.programme_id = $1
        ORDER BY s.code`,
      [programmeId],
    );
    return rows.map((r) => ({ ...r, families: r.families ?? [] }));
  }

  private async insertAttendees(
    manager: EntityManager,
    programmeId: string,
    sessionId: string,
    attendees: AttendeeWrite[],
  ): Promise<void> {
    await manager.insert(
      SupervisionAttendeeEntity,
      attendees.map((a) => ({
        programmeId,
        sessionId,
        practitionerId: a.practitionerId,
        familyId: a.familyId,
        cycle: a.cycle,
        principles: a.principles.length > 0 ? a.principles : null,
      })),
    );
  }

  /**
   * The sessions' attendee rows, limited to the caller's own when their scope is
   * one staff member (a practitioner): the other attendees' families and cycles
   * in a group session are not theirs to see.
   */
  private async withAttendees(
    manager: EntityManager,
    rows: Array<Omit<SessionRecord, 'attendees'>>,
    scope: AccessScope | null,
  ): Promise<SessionRecord[]> {
    if (rows.length === 0) return [];
    const attendees = await manager.query<
      Array<AttendeeRecord & { sessionId: string; principles: AttunedPrinciple[] | null }>
    >(
      `SELECT a.session_id AS "sessionId", st.code AS "practitionerCode", f.reference AS "familyReference",
              a.cycle, a.principles
         FROM supervision_attendees a
         JOIN staff st ON st.id = a.practitioner_id
         LEFT JOIN families f ON f.id = a.family_id
        WHERE a.session_id = ANY($1) AND ($2::text IS NULL OR st.code = $2) ORDER BY st.code`,
      [rows.map((r) => r.id), scope?.staffCode ?? null],
    );
    return rows.map((r) => ({
      ...r,
      attendees: attendees
        .filter((a) => a.sessionId === r.id)
        .map((a) => ({
          practitionerCode: a.practitionerCode,
          familyReference: a.familyReference,
          cycle: a.cycle,
          principles: a.principles ?? [],
        })),
    }));
  }
}
