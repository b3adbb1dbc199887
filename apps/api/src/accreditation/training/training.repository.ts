import type { AccessScope, TrainingType } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scopeCondition, SqlParams } from '../../platform/sql/sql-params';
import { pagedQuery } from '../../platform/sql/paged-query';
import { deleteVersioned, updateVersioned } from '../../platform/versioning/versioned-update';
import { TrainingAttendeeEntity } from './entities/training-attendee.entity';
import { TrainingEventEntity } from './entities/training-event.entity';
import { TrainingTrainerEntity } from './entities/training-trainer.entity';

/** An event as stored, with its trainers' codes (in order) and its attendees. */
export interface TrainingEventRecord {
  id: string;
  code: string;
  date: string;
  type: TrainingType;
  durationMinutes: number;
  venue: string | null;
  trainerCodes: string[];
  attendees: Array<{ staffCode: string; minutesAttended: number }>;
  version: number;
}

export interface TrainingEventWrite {
  event: {
    code: string;
    date: string;
    type: TrainingType;
    durationMinutes: number;
    venue: string | null;
  };
  trainerIds: string[];
  attendees: Array<{ staffId: string; minutesAttended: number }>;
}

/** For a training event, `supervisorCode` means one of its trainers and `staffCode` an attendee. */
const trainerIs = (param: string) =>
  `EXISTS (SELECT 1 FROM training_trainers tt JOIN staff s ON s.id = tt.staff_id WHERE tt.event_id = e.id AND s.code = ${param})`;
const attendeeIs = (param: string) =>
  `EXISTS (SELECT 1 FROM training_attendees ta JOIN staff s ON s.id = ta.staff_id WHERE ta.event_id = e.id AND s.code = ${param})`;
const SCOPE = { supervisorCode: trainerIs, staffCode: attendeeIs };

const SELECT = `SELECT e.id, e.code, to_char(e.date, 'YYYY-MM-DD') AS date, e.type,
       e.duration_minutes AS "durationMinutes", e.venue, e.version
  FROM training_events e`;

type EventRow = Omit<TrainingEventRecord, 'trainerCodes' | 'attendees'>;

/** training_events, training_trainers and training_attendees: every query and write of them. */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    programmeId: string,
    scope: AccessScope | null,
    filter: { staffCode?: string },
    page: { page: number; pageSize: number },
  ): Promise<{ items: TrainingEventRecord[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `e.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, SCOPE, params),
    ];
    if (filter.staffCode) where.push(attendeeIs(params.add(filter.staffCode)));
    const filtered = `${SELECT} WHERE ${where.join(' AND ')}`;
    const { rows, total } = await pagedQuery<EventRow>(
      this.dataSource,
      filtered,
      params,
      'e.date DESC, e.code',
      page,
    );
    return { items: await this.withPeople(this.dataSource.manager, rows, scope), total };
  }

  /** One event of the programme, if it exists and is in scope. */
  async find(
    programmeId: string,
    id: string,
    scope: AccessScope | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingEventRecord | null> {
    const params = new SqlParams();
    const rows = await manager.query<EventRow[]>(
      `${SELECT} WHERE e.programme_id = ${params.add(programmeId)} AND e.id = ${params.add(id)}
          AND ${scopeCondition(scope, SCOPE, params)}`,
      params.values,
    );
    const [event] = await this.withPeople(manager, rows, scope);
    return event ?? null;
  }

  async idOfCode(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<string | null> {
    const row = await manager.findOne(TrainingEventEntity, {
      where: { programmeId, code },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  async insert(
    manager: EntityManager,
    programmeId: string,
    id: string,
    write: TrainingEventWrite,
  ): Promise<void> {
    await manager.insert(TrainingEventEntity, { id, programmeId, ...write.event });
    await this.insertPeople(manager, programmeId, id, write);
  }

  /** Replaces the event, its trainers and attendees if `version` is current (else 409/404, nothing written). */
  async update(
    manager: EntityManager,
    programmeId: string,
    id: string,
    version: number,
    write: TrainingEventWrite,
    what: string,
  ): Promise<void> {
    await updateVersioned(manager, TrainingEventEntity, id, version, { ...write.event }, what);
    await manager.delete(TrainingTrainerEntity, { eventId: id });
    await manager.delete(TrainingAttendeeEntity, { eventId: id });
    await this.insertPeople(manager, programmeId, id, write);
  }

  async delete(manager: EntityManager, id: string, version: number, what: string): Promise<void> {
    await deleteVersioned(manager, TrainingEventEntity, id, version, what);
  }

  private async insertPeople(
    manager: EntityManager,
    programmeId: string,
    eventId: string,
    write: TrainingEventWrite,
  ): Promise<void> {
    await manager.insert(
      TrainingTrainerEntity,
      write.trainerIds.map((staffId, position) => ({ eventId, position, programmeId, staffId })),
    );
    if (write.attendees.length > 0) {
      await manager.insert(
        TrainingAttendeeEntity,
        write.attendees.map((a) => ({ programmeId, eventId, ...a })),
      );
    }
  }

  /**
   * The events' trainers and attendees; attendees limited to the caller's own
   * when their scope is one staff member (a practitioner): who else attended,
   * other LAs' staff included, is not theirs to see.
   */
  private async withPeople(
    manager: EntityManager,
    rows: EventRow[],
    scope: AccessScope | null,
  ): Promise<TrainingEventRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const trainers = await manager.query<Array<{ event_id: string; code: string }>>(
      `SELECT tt.event_id, s.code FROM training_trainers tt JOIN staff s ON s.id = tt.staff_id
        WHERE tt.event_id = ANY($1) ORDER BY tt.position`,
      [ids],
    );
    const attendees = await manager.query<
      Array<{ event_id: string; code: string; minutes_attended: number }>
    >(
      `SELECT ta.event_id, s.code, ta.minutes_attended FROM training_attendees ta JOIN staff s ON s.id = ta.staff_id
        WHERE ta.event_id = ANY($1) AND ($2::text IS NULL OR s.code = $2) ORDER BY s.code`,
      [ids, scope?.staffCode ?? null],
    );
    return rows.map((r) => ({
      ...r,
      trainerCodes: trainers.filter((t) => t.event_id === r.id).map((t) => t.code),
      attendees: attendees
        .filter((a) => a.event_id === r.id)
        .map((a) => ({ staffCode: a.code, minutesAttended: a.minutes_attended })),
    }));
  }
}
