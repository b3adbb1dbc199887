import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type Principal, type TrainingType } from '@attune/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { findProgramme, refuseProblems, staffByCode } from '../work-records/lookups';
import { isIsoDate } from '../common/dates';
import { Params, scopeCondition } from '../work-records/sql';
import { deleteVersioned, updateVersioned } from '../common/versioned-update';
import type { TrainingEventDto, TrainingListQueryDto } from './dto/training-event.dto';
import { TrainingAttendeeEntity } from './entities/training-attendee.entity';
import { TrainingEventEntity } from './entities/training-event.entity';
import { TrainingTrainerEntity } from './entities/training-trainer.entity';
import type { TrainingEventView } from '@attune/contract';

export type { TrainingEventView };

interface EventRow {
  id: string;
  code: string;
  date: string;
  type: TrainingType;
  duration_minutes: number;
  venue: string | null;
  version: number;
}

const WHAT = 'Training event';
/** For a training event, `supervisorCode` means one of its trainers and `staffCode` an attendee. */
const SCOPE = {
  supervisorCode: (p: string) =>
    `EXISTS (SELECT 1 FROM training_trainers tt JOIN staff s ON s.id = tt.staff_id WHERE tt.event_id = e.id AND s.code = ${p})`,
  staffCode: (p: string) =>
    `EXISTS (SELECT 1 FROM training_attendees ta JOIN staff s ON s.id = ta.staff_id WHERE ta.event_id = e.id AND s.code = ${p})`,
};
const COLUMNS = `e.id, e.code, to_char(e.date, 'YYYY-MM-DD') AS date, e.type, e.duration_minutes, e.venue, e.version`;

@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(programmeId: string, principal: Principal, query: TrainingListQueryDto) {
    await findProgramme(this.dataSource.manager, programmeId);
    const params = new Params();
    const where = [
      `e.programme_id = ${params.p(programmeId)}`,
      scopeCondition(principal, 'TrainingEvent', 'read', SCOPE, params),
    ];
    if (query.staffCode) where.push(SCOPE.staffCode(params.p(query.staffCode)));
    const from = `FROM training_events e WHERE ${where.join(' AND ')}`;
    const counted = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT ${COLUMNS} ${from} ORDER BY e.date DESC, e.code LIMIT ${params.p(query.pageSize)} OFFSET ${params.p((query.page - 1) * query.pageSize)}`,
      params.values,
    );
    return {
      items: await this.views(this.dataSource.manager, rows, principal),
      total: counted[0]?.total ?? 0,
    };
  }

  async get(programmeId: string, id: string, principal: Principal): Promise<TrainingEventView> {
    const params = new Params();
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT ${COLUMNS} FROM training_events e WHERE e.programme_id = ${params.p(programmeId)} AND e.id = ${params.p(id)}
          AND ${scopeCondition(principal, 'TrainingEvent', 'read', SCOPE, params)}`,
      params.values,
    );
    if (rows.length === 0) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    return (await this.views(this.dataSource.manager, rows, principal))[0]!;
  }

  async create(
    programmeId: string,
    input: TrainingEventDto,
    context: AuditContext & { principal: Principal },
  ) {
    const id = await this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(manager, programmeId, input, context.principal, 'create');
      const id = randomUUID();
      const code = input.code ?? `TE-${id.slice(0, 8)}`;
      await this.refuseDuplicateCode(manager, programmeId, code, null);
      await manager.insert(TrainingEventEntity, { id, programmeId, code, ...resolved.event });
      await this.insertPeople(manager, programmeId, id, resolved);
      const after = await this.viewIn(manager, id);
      await this.audit.record(
        {
          ...context,
          action: 'training_event.create',
          entityType: 'TrainingEvent',
          entityId: id,
          after,
        },
        manager,
      );
      return id;
    });
    return this.get(programmeId, id, context.principal);
  }

  async update(
    programmeId: string,
    id: string,
    input: TrainingEventDto & { version: number },
    context: AuditContext & { principal: Principal },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'update');
      const resolved = await this.resolve(manager, programmeId, input, context.principal, 'update');
      const code = input.code ?? before.code;
      await this.refuseDuplicateCode(manager, programmeId, code, id);
      await updateVersioned(
        manager,
        TrainingEventEntity,
        id,
        input.version,
        { code, ...resolved.event },
        `${WHAT} ${id}`,
      );
      await manager.delete(TrainingTrainerEntity, { eventId: id });
      await manager.delete(TrainingAttendeeEntity, { eventId: id });
      await this.insertPeople(manager, programmeId, id, resolved);
      const after = await this.viewIn(manager, id);
      await this.audit.record(
        {
          ...context,
          action: 'training_event.update',
          entityType: 'TrainingEvent',
          entityId: id,
          before,
          after,
        },
        manager,
      );
    });
    return this.get(programmeId, id, context.principal);
  }

  async remove(
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext & { principal: Principal },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'delete');
      await deleteVersioned(manager, TrainingEventEntity, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        {
          ...context,
          action: 'training_event.delete',
          entityType: 'TrainingEvent',
          entityId: id,
          before,
        },
        manager,
      );
    });
  }

  private async writable(
    manager: EntityManager,
    programmeId: string,
    id: string,
    principal: Principal,
    action: 'update' | 'delete',
  ) {
    const entity = await manager.findOne(TrainingEventEntity, { where: { id, programmeId } });
    if (!entity) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    const view = await this.viewIn(manager, id);
    if (!mayWrite(principal, action, view.trainerCodes)) {
      throw new ForbiddenException(`Only a trainer of this event or an admin may ${action} it.`);
    }
    return view;
  }

  private async resolve(
    manager: EntityManager,
    programmeId: string,
    input: TrainingEventDto,
    principal: Principal,
    action: 'create' | 'update',
  ) {
    await findProgramme(manager, programmeId);
    const problems: string[] = [];
    if (!isIsoDate(input.date)) problems.push(`date: ${input.date} is not a calendar date`);
    const staff = await staffByCode(manager, programmeId, [
      ...input.trainerCodes,
      ...input.attendees.map((a) => a.staffCode),
    ]);
    const trainers = [...new Set(input.trainerCodes)];
    if (trainers.length !== input.trainerCodes.length)
      problems.push('trainerCodes: a trainer is listed twice');
    trainers.forEach((code) => {
      if (!staff.has(code)) problems.push(`trainerCodes: ${code} is not staff of this programme`);
    });
    const seen = new Set<string>();
    input.attendees.forEach((a, index) => {
      const where = `attendees[${index}]`;
      if (!staff.has(a.staffCode))
        problems.push(`${where}: ${a.staffCode} is not staff of this programme`);
      if (seen.has(a.staffCode)) problems.push(`${where}: ${a.staffCode} is listed twice`);
      seen.add(a.staffCode);
      if (a.minutesAttended > input.durationMinutes) {
        problems.push(
          `${where}: minutesAttended (${a.minutesAttended}) is longer than the event (${input.durationMinutes})`,
        );
      }
    });
    refuseProblems(problems);
    if (!mayWrite(principal, action, trainers)) {
      throw new ForbiddenException(
        'You may record only training events that you deliver yourself: add yourself as a trainer.',
      );
    }
    return {
      event: {
        date: input.date,
        type: input.type as TrainingType,
        durationMinutes: input.durationMinutes,
        venue: input.venue?.trim() ? input.venue.trim() : null,
      },
      trainerIds: trainers.map((code) => staff.get(code)!.id),
      attendees: input.attendees.map((a) => ({
        staffId: staff.get(a.staffCode)!.id,
        minutesAttended: a.minutesAttended,
      })),
    };
  }

  private async refuseDuplicateCode(
    manager: EntityManager,
    programmeId: string,
    code: string,
    exceptId: string | null,
  ) {
    const other = await manager.findOne(TrainingEventEntity, { where: { programmeId, code } });
    if (other && other.id !== exceptId)
      throw new ConflictException(`code: another training event of this programme is ${code}`);
  }

  private async insertPeople(
    manager: EntityManager,
    programmeId: string,
    eventId: string,
    people: {
      trainerIds: string[];
      attendees: Array<{ staffId: string; minutesAttended: number }>;
    },
  ) {
    await manager.insert(
      TrainingTrainerEntity,
      people.trainerIds.map((staffId, position) => ({ eventId, position, programmeId, staffId })),
    );
    if (people.attendees.length > 0) {
      await manager.insert(
        TrainingAttendeeEntity,
        people.attendees.map((a) => ({ programmeId, eventId, ...a })),
      );
    }
  }

  private async viewIn(manager: EntityManager, id: string): Promise<TrainingEventView> {
    const rows = await manager.query<EventRow[]>(
      `SELECT ${COLUMNS} FROM training_events e WHERE e.id = $1`,
      [id],
    );
    return (await this.views(manager, rows, null))[0]!;
  }

  private async views(
    manager: EntityManager,
    rows: EventRow[],
    principal: Principal | null,
  ): Promise<TrainingEventView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const trainers = await manager.query<Array<{ event_id: string; code: string }>>(
      `SELECT tt.event_id, s.code FROM training_trainers tt JOIN staff s ON s.id = tt.staff_id WHERE tt.event_id = ANY($1) ORDER BY tt.position`,
      [ids],
    );
    const attendees = await manager.query<
      Array<{ event_id: string; code: string; minutes_attended: number }>
    >(
      `SELECT ta.event_id, s.code, ta.minutes_attended FROM training_attendees ta JOIN staff s ON s.id = ta.staff_id
        WHERE ta.event_id = ANY($1) ORDER BY s.code`,
      [ids],
    );
    return rows.map((r) => {
      const trainerCodes = trainers.filter((t) => t.event_id === r.id).map((t) => t.code);
      return {
        id: r.id,
        code: r.code,
        date: r.date,
        type: r.type,
        durationMinutes: r.duration_minutes,
        venue: r.venue,
        trainerCodes,
        attendees: attendees
          .filter((a) => a.event_id === r.id)
          .map((a) => ({ staffCode: a.code, minutesAttended: a.minutes_attended })),
        version: r.version,
        canEdit: principal !== null && mayWrite(principal, 'update', trainerCodes),
      };
    });
  }
}

/** A supervisor writes the events they deliver (one of the trainers); an admin any. */
function mayWrite(
  principal: Principal,
  action: 'create' | 'update' | 'delete',
  trainerCodes: readonly string[],
): boolean {
  if (can(principal, action, 'TrainingEvent', { supervisorCode: null })) return true;
  return trainerCodes.some((code) =>
    can(principal, action, 'TrainingEvent', { supervisorCode: code }),
  );
}
