import type {
  FamilySessionRecord,
  MilestoneRecord,
  PractitionerRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TrainingAttendeeRecord,
  TrainingEventRecord,
} from '@attune/domain';
import type { AccessScope } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { readOn, readSnapshotOn } from '../../platform/database/read-replica';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';

/** A practitioner row with what the portal shows beside the counts. */
export interface PractitionerRow extends PractitionerRecord {
  staffId: string;
  laCode: string | null;
  displayName: string;
}

const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * What accreditation progress is computed from: the practitioners in scope
 * and their work records. It reads the tables of supervision, milestones,
 * training and family sessions as a read model it owns; it writes none.
 */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The practitioners in the caller's scope (put into the SQL) and the filters asked for. */
  async practitioners(
    programmeId: string,
    scope: AccessScope | null,
    filter: { laCode?: string; supervisorCode?: string },
  ): Promise<PractitionerRow[]> {
    const params = new SqlParams();
    const where = [
      `p.programme_id = ${params.add(programmeId)}`,
      scopeCondition(
        scope,
        { laCode: 'la.code', staffCode: 's.code', supervisorCode: 'sup.code' },
        params,
      ),
    ];
    if (filter.laCode) where.push(`la.code = ${params.add(filter.laCode)}`);
    if (filter.supervisorCode) where.push(`sup.code = ${params.add(filter.supervisorCode)}`);
    return readOn(this.dataSource, 'replica', (manager) =>
      manager.query<PractitionerRow[]>(
        `SELECT p.staff_id AS "staffId", s.code AS "staffCode", s.display_name AS "displayName",
              la.code AS "laCode", p.substantive_role AS "substantiveRole", p.fte::text AS fte,
              p.vig_hours_per_week::text AS "vigHoursPerWeek", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              sup.code AS "supervisorCode", p.status, to_char(p.status_date, 'YYYY-MM-DD') AS "statusDate",
              p.status_reason AS "statusReason"
         FROM practitioners p
         JOIN staff s ON s.id = p.staff_id
         LEFT JOIN local_authorities la ON la.id = s.la_id
         LEFT JOIN staff sup ON sup.id = p.supervisor_id
        WHERE ${where.join(' AND ')}
        ORDER BY s.code`,
        params.values,
      ),
    );
  }

  /**
   * The records accreditation counts, for the given practitioners only. A group
   * session's attendees are loaded whole (in scope or not) so that a shared
   * credit divides by the real number of attendees.
   */
  async workRecords(programmeId: string, ids: string[]) {
    // A report: a read replica may answer, in one snapshot.
    return readSnapshotOn(this.dataSource, 'replica', (manager) =>
      this.workRecordsIn(manager, programmeId, ids),
    );
  }

  private async workRecordsIn(manager: EntityManager, programmeId: string, ids: string[]) {
    const familySessions = await manager.query<FamilySessionRecord[]>(
      `SELECT f.reference AS "familyReference", st.code AS "practitionerCode", ${DATE('fs.date')} AS date,
            fs.type, fs.cycle, fs.outcome, fs.contact_minutes AS "contactMinutes",
            fs.travel_minutes AS "travelMinutes", fs.prep_minutes AS "prepMinutes"
       FROM family_sessions fs
       JOIN families f ON f.id = fs.family_id
       JOIN staff st ON st.id = fs.practitioner_id
      WHERE fs.programme_id = $1 AND fs.practitioner_id = ANY($2) AND fs.outcome = 'held'`,
      [programmeId, ids],
    );
    const supervisionSessions = await manager.query<SupervisionSessionRecord[]>(
      `SELECT s.id, ${DATE('s.date')} AS date, sup.code AS "supervisorCode", s.format, s.mode,
            s.duration_minutes AS "durationMinutes", s.prep_minutes AS "prepMinutes"
       FROM supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id
      WHERE s.programme_id = $1
        AND EXISTS (SELECT 1 FROM supervision_attendees a WHERE a.session_id = s.id AND a.practitioner_id = ANY($2))`,
      [programmeId, ids],
    );
    const supervisionAttendees = await manager.query<SupervisionAttendeeRecord[]>(
      `SELECT a.session_id AS "sessionId", st.code AS "practitionerCode", NULL AS "familyReference", a.cycle
       FROM supervision_attendees a JOIN staff st ON st.id = a.practitioner_id
      WHERE a.session_id = ANY($1)`,
      [supervisionSessions.map((s) => s.id)],
    );
    const milestones = await manager.query<MilestoneRecord[]>(
      `SELECT st.code AS "practitionerCode", m.type, ${DATE('m.date')} AS date, a.code AS "assessorCode", m.outcome
       FROM milestones m
       JOIN staff st ON st.id = m.practitioner_id
       LEFT JOIN staff a ON a.id = m.assessor_id
      WHERE m.programme_id = $1 AND m.practitioner_id = ANY($2)`,
      [programmeId, ids],
    );
    const trainingAttendees = await manager.query<
      Array<TrainingAttendeeRecord & TrainingEventRecord>
    >(
      `SELECT e.id AS "eventId", e.id, ${DATE('e.date')} AS date, e.type, e.duration_minutes AS "durationMinutes",
            st.code AS "staffCode", ta.minutes_attended AS "minutesAttended"
       FROM training_attendees ta
       JOIN training_events e ON e.id = ta.event_id
       JOIN staff st ON st.id = ta.staff_id
      WHERE ta.programme_id = $1 AND ta.staff_id = ANY($2) AND e.type = 'initial_course'`,
      [programmeId, ids],
    );
    const trainingEvents = [
      ...new Map(
        trainingAttendees.map((a) => [
          a.eventId,
          {
            id: a.eventId,
            date: a.date,
            type: a.type,
            durationMinutes: a.durationMinutes,
            trainerCodes: [],
          },
        ]),
      ).values(),
    ] satisfies TrainingEventRecord[];
    return {
      familySessions,
      supervisionSessions,
      supervisionAttendees,
      milestones,
      trainingEvents,
      trainingAttendees: trainingAttendees.map((a) => ({
        eventId: a.eventId,
        staffCode: a.staffCode,
        minutesAttended: a.minutesAttended,
      })),
    };
  }
}
