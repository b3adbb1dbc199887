import type {
  FamilyRecord,
  FamilySessionRecord,
  StaffRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
  TrainingAttendeeRecord,
  TrainingEventRecord,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The records a month's review is computed from: the ledger's sources dated in the month. */
export interface MonthRecords {
  staff: StaffRecord[];
  practitionerCodes: string[];
  familySessions: FamilySessionRecord[];
  supervisionSessions: SupervisionSessionRecord[];
  supervisionAttendees: SupervisionAttendeeRecord[];
  trainingEvents: TrainingEventRecord[];
  trainingAttendees: TrainingAttendeeRecord[];
  timeEntries: TimeEntryRecord[];
  families: FamilyRecord[];
}

/**
 * The month review's read model: SQL over staff, sessions, supervision,
 * training, time and families (read only; each table's writes belong to its
 * module), as the domain's records, so the domain derives the same ledger the
 * cost evaluation costs.
 */
@Injectable()
export class PeriodReviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async monthRecords(
    programmeId: string,
    laId: string,
    first: string,
    last: string,
  ): Promise<MonthRecords> {
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query<T[]>(sql, params);
    const month = [programmeId, first, last];
    const [
      staff,
      practitioners,
      familySessions,
      supervisionSessions,
      supervisionAttendees,
      trainingEvents,
      trainingAttendees,
      timeEntries,
      families,
    ] = await Promise.all([
      q<StaffRecord>(
        `SELECT s.code, s.display_name AS "displayName", s.cost_role AS "costRole", la.code AS "laCode"
         FROM staff s LEFT JOIN local_authorities la ON la.id = s.la_id WHERE s.programme_id = $1`,
        [programmeId],
      ),
      q<{ code: string }>(
        `SELECT s.code FROM practitioners pr JOIN staff s ON s.id = pr.staff_id
         WHERE pr.programme_id = $1 AND s.la_id = $2`,
        [programmeId, laId],
      ),
      q<FamilySessionRecord>(
        `SELECT f.reference AS "familyReference", s.code AS "practitionerCode", fs.date::text AS date,
           fs.type, fs.cycle, fs.outcome, fs.contact_minutes AS "contactMinutes",
           fs.travel_minutes AS "travelMinutes", fs.prep_minutes AS "prepMinutes"
         FROM family_sessions fs JOIN families f ON f.id = fs.family_id JOIN staff s ON s.id = fs.practitioner_id
         WHERE fs.programme_id = $1 AND fs.date BETWEEN $2 AND $3 AND s.la_id = $4`,
        [...month, laId],
      ),
      q<SupervisionSessionRecord>(
        `SELECT ss.id::text AS id, ss.date::text AS date, s.code AS "supervisorCode", ss.format, ss.mode,
           ss.duration_minutes AS "durationMinutes", ss.prep_minutes AS "prepMinutes"
         FROM supervision_sessions ss JOIN staff s ON s.id = ss.supervisor_id
         WHERE ss.programme_id = $1 AND ss.date BETWEEN $2 AND $3`,
        month,
      ),
      q<SupervisionAttendeeRecord>(
        `SELECT sa.session_id::text AS "sessionId", s.code AS "practitionerCode",
           f.reference AS "familyReference", sa.cycle
         FROM supervision_attendees sa JOIN supervision_sessions ss ON ss.id = sa.session_id
         JOIN staff s ON s.id = sa.practitioner_id LEFT JOIN families f ON f.id = sa.family_id
         WHERE ss.programme_id = $1 AND ss.date BETWEEN $2 AND $3`,
        month,
      ),
      q<TrainingEventRecord>(
        `SELECT te.id::text AS id, te.date::text AS date, te.type, te.duration_minutes AS "durationMinutes",
           COALESCE((SELECT array_agg(s.code ORDER BY tt.position) FROM training_trainers tt
             JOIN staff s ON s.id = tt.staff_id WHERE tt.event_id = te.id), '{}') AS "trainerCodes"
         FROM training_events te WHERE te.programme_id = $1 AND te.date BETWEEN $2 AND $3`,
        month,
      ),
      q<TrainingAttendeeRecord>(
        `SELECT ta.event_id::text AS "eventId", s.code AS "staffCode", ta.minutes_attended AS "minutesAttended"
         FROM training_attendees ta JOIN training_events te ON te.id = ta.event_id
         JOIN staff s ON s.id = ta.staff_id
         WHERE te.programme_id = $1 AND te.date BETWEEN $2 AND $3`,
        month,
      ),
      q<TimeEntryRecord>(
        `SELECT s.code AS "staffCode", t.date::text AS date, t.activity, t.minutes,
           la.code AS "laCode", f.reference AS "familyReference"
         FROM time_entries t JOIN staff s ON s.id = t.staff_id
         LEFT JOIN local_authorities la ON la.id = t.la_id LEFT JOIN families f ON f.id = t.family_id
         WHERE t.programme_id = $1 AND t.date BETWEEN $2 AND $3`,
        month,
      ),
      q<FamilyRecord>(
        `SELECT f.reference, la.code AS "laCode", f.referral_date::text AS "referralDate",
           f.child_birth_month AS "childBirthMonth", f.plan_at_referral AS "planAtReferral",
           f.court_proceedings AS "courtProceedings", f.trial_arm AS "trialArm",
           f.randomisation_date::text AS "randomisationDate", s.code AS "practitionerCode",
           f.status, f.status_date::text AS "statusDate", f.status_reason AS "statusReason",
           f.outcome6m AS "outcome6m"
         FROM families f JOIN local_authorities la ON la.id = f.la_id
         LEFT JOIN staff s ON s.id = f.practitioner_id
         WHERE f.programme_id = $1 AND f.la_id = $2`,
        [programmeId, laId],
      ),
    ]);
    return {
      staff,
      practitionerCodes: practitioners.map((p) => p.code),
      familySessions,
      supervisionSessions,
      supervisionAttendees,
      trainingEvents,
      trainingAttendees,
      timeEntries,
      families,
    };
  }
}
