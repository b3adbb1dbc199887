import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, scopeFor, type Principal, type TrainingType } from '@attune/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { conflict, invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { ProgrammeLookupsRepository } from '../../platform/programme-context/programme-lookups.repository';
import type { TrainingEventDto, TrainingListQueryDto } from './dto/training-event.dto';
import {
  TrainingRepository,
  type TrainingEventRecord,
  type TrainingEventWrite,
} from './training.repository';
import type { TrainingEventView } from '@attune/contract';

const WHAT = 'Training event';
const ALL = { all: true };

@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: TrainingRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly lookups: ProgrammeLookupsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programmeId: string, query: TrainingListQueryDto) {
    await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'TrainingEvent', 'read');
    const { items, total } = await this.events.page(programmeId, scope, query, query);
    return { items: items.map((e) => view(e, principal)), total };
  }

  async get(principal: Principal, programmeId: string, id: string): Promise<TrainingEventView> {
    await this.programmes.load(principal, programmeId);
    const event = await this.events.find(
      programmeId,
      id,
      scopeFor(principal, 'TrainingEvent', 'read'),
    );
    if (!event) throw notFound(`${WHAT} ${id} does not exist.`);
    return view(event, principal);
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: TrainingEventDto,
    context: AuditContext,
  ) {
    const id = await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const code = input.code ?? `TE-${id.slice(0, 8)}`;
      const write = await this.resolve(manager, principal, programmeId, code, input, 'create');
      await this.refuseDuplicateCode(manager, programmeId, code, null);
      await this.events.insert(manager, programmeId, id, write);
      const after = await this.events.find(programmeId, id, ALL, manager);
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
    return this.get(principal, programmeId, id);
  }

  async update(
    principal: Principal,
    programmeId: string,
    id: string,
    input: TrainingEventDto & { version: number },
    context: AuditContext,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'update');
      const code = input.code ?? before.code;
      const write = await this.resolve(manager, principal, programmeId, code, input, 'update');
      await this.refuseDuplicateCode(manager, programmeId, code, id);
      await this.events.update(manager, programmeId, id, input.version, write, `${WHAT} ${id}`);
      const after = await this.events.find(programmeId, id, ALL, manager);
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
    return this.get(principal, programmeId, id);
  }

  async remove(
    principal: Principal,
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'delete');
      await this.events.delete(manager, id, version, `${WHAT} ${id}`);
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
    principal: Principal,
    programmeId: string,
    id: string,
    action: 'update' | 'delete',
  ): Promise<TrainingEventRecord> {
    await this.programmes.load(principal, programmeId, manager);
    const event = await this.events.find(programmeId, id, ALL, manager);
    if (!event) throw notFound(`${WHAT} ${id} does not exist.`);
    if (!mayWrite(principal, action, event.trainerCodes)) {
      throw new ForbiddenException(`Only a trainer of this event or an admin may ${action} it.`);
    }
    return event;
  }

  private async resolve(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    code: string,
    input: TrainingEventDto,
    action: 'create' | 'update',
  ): Promise<TrainingEventWrite> {
    const { programme } = await this.programmes.load(principal, programmeId, manager);
    this.programmes.assertInDeliveryWindow(programme, 'date', input.date);
    const problems: FieldProblem[] = [];
    if (!isIsoDate(input.date))
      problems.push({ field: 'date', problem: `${input.date} is not a calendar date` });
    const staff = await this.lookups.staffByCode(
      programmeId,
      [...input.trainerCodes, ...input.attendees.map((a) => a.staffCode)],
      manager,
    );
    const trainers = [...new Set(input.trainerCodes)];
    if (trainers.length !== input.trainerCodes.length)
      problems.push({ field: 'trainerCodes', problem: 'a trainer is listed twice' });
    for (const trainer of trainers) {
      if (!staff.has(trainer))
        problems.push({
          field: 'trainerCodes',
          problem: `${trainer} is not staff of this programme`,
        });
    }
    const seen = new Set<string>();
    input.attendees.forEach((a, index) => {
      const field = `attendees[${index}]`;
      if (!staff.has(a.staffCode))
        problems.push({ field, problem: `${a.staffCode} is not staff of this programme` });
      if (seen.has(a.staffCode))
        problems.push({ field, problem: `${a.staffCode} is listed twice` });
      seen.add(a.staffCode);
      if (a.minutesAttended > input.durationMinutes) {
        problems.push({
          field,
          problem: `minutesAttended (${a.minutesAttended}) is longer than the event (${input.durationMinutes})`,
        });
      }
    });
    if (problems.length > 0) throw invalid(...problems);
    if (!mayWrite(principal, action, trainers)) {
      throw new ForbiddenException(
        'You may record only training events that you deliver yourself: add yourself as a trainer.',
      );
    }
    return {
      event: {
        code,
        date: input.date,
        type: input.type as TrainingType,
        durationMinutes: input.durationMinutes,
        venue: input.venue?.trim() ? input.venue.trim() : null,
      },
      trainerIds: trainers.map((trainer) => staff.get(trainer)!.id),
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
  ): Promise<void> {
    const other = await this.events.idOfCode(manager, programmeId, code);
    if (other && other !== exceptId)
      throw conflict('duplicate_code', `code: another training event of this programme is ${code}`);
  }
}

function view(e: TrainingEventRecord, principal: Principal): TrainingEventView {
  return {
    id: e.id,
    code: e.code,
    date: e.date,
    type: e.type,
    durationMinutes: e.durationMinutes,
    venue: e.venue,
    trainerCodes: e.trainerCodes,
    attendees: e.attendees,
    version: e.version,
    canEdit: mayWrite(principal, 'update', e.trainerCodes),
  };
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
