import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  scopeFor,
  supervisionAttendeesProblem,
  type Principal,
  type SupervisionFormat,
  type SupervisionMode,
} from '@attune/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { conflict, invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { ProgrammeLookupsRepository } from '../../platform/programme-context/programme-lookups.repository';
import type { SupervisionListQueryDto, SupervisionSessionDto } from './dto/supervision-session.dto';
import {
  SupervisionRepository,
  type AttendeeWrite,
  type SessionRecord,
  type SessionWrite,
} from './supervision.repository';
import type { SupervisionSessionView } from '@attune/contract';

/** Notes are the supervisor's working notes: for admins and supervisors, never economists or trainees. */
export function mayReadNotes(principal: Principal): boolean {
  return principal.role === 'admin' || principal.role === 'supervisor';
}

const WHAT = 'Supervision session';
/** Every row: for the write paths, which check the caller's rights themselves. */
const ALL = { all: true };

@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SupervisionRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly lookups: ProgrammeLookupsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    query: SupervisionListQueryDto,
  ): Promise<{ items: SupervisionSessionView[]; total: number }> {
    await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'SupervisionSession', 'read');
    const { items, total } = await this.sessions.page(programmeId, scope, query, query);
    return { items: items.map((s) => view(s, principal)), total };
  }

  async get(
    principal: Principal,
    programmeId: string,
    id: string,
  ): Promise<SupervisionSessionView> {
    await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'SupervisionSession', 'read');
    const session = await this.sessions.find(programmeId, id, scope);
    // Out of scope reads as absent: the caller learns nothing about other people's sessions.
    if (!session) throw notFound(`${WHAT} ${id} does not exist.`);
    return view(session, principal);
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: SupervisionSessionDto,
    context: AuditContext,
  ): Promise<SupervisionSessionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(manager, principal, programmeId, input);
      const id = randomUUID();
      const code = input.code ?? `SV-${id.slice(0, 8)}`;
      await this.refuseDuplicateCode(manager, programmeId, code, null);
      await this.sessions.insert(
        manager,
        programmeId,
        id,
        { code, ...resolved.session },
        resolved.attendees,
      );
      const after = await this.sessions.find(programmeId, id, ALL, manager);
      await this.audit.record(
        {
          ...context,
          action: 'supervision_session.create',
          entityType: 'SupervisionSession',
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
    input: SupervisionSessionDto & { version: number },
    context: AuditContext,
  ): Promise<SupervisionSessionView> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'update');
      const resolved = await this.resolve(manager, principal, programmeId, input);
      const code = input.code ?? before.code;
      await this.refuseDuplicateCode(manager, programmeId, code, id);
      const session: SessionWrite = { code, ...resolved.session };
      await this.sessions.update(
        manager,
        programmeId,
        id,
        input.version,
        session,
        resolved.attendees,
        `${WHAT} ${id}`,
      );
      const after = await this.sessions.find(programmeId, id, ALL, manager);
      await this.audit.record(
        {
          ...context,
          action: 'supervision_session.update',
          entityType: 'SupervisionSession',
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
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id, 'delete');
      await this.sessions.delete(manager, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        {
          ...context,
          action: 'supervision_session.delete',
          entityType: 'SupervisionSession',
          entityId: id,
          before,
        },
        manager,
      );
    });
  }

  /** The session as stored (notes included, for the audit), if the caller may change it. */
  private async writable(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
    action: 'update' | 'delete',
  ): Promise<SessionRecord> {
    await this.programmes.load(principal, programmeId, manager);
    const session = await this.sessions.find(programmeId, id, ALL, manager);
    if (!session) throw notFound(`${WHAT} ${id} does not exist.`);
    if (!can(principal, action, 'SupervisionSession', { supervisorCode: session.supervisorCode })) {
      throw new ForbiddenException(
        `Only ${session.supervisorCode}, who led this session, or an admin may ${action} it.`,
      );
    }
    return session;
  }

  /** Checks the input against the programme and the caller's rights; every problem at once. */
  private async resolve(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    input: SupervisionSessionDto,
  ): Promise<{ session: Omit<SessionWrite, 'code'>; attendees: AttendeeWrite[] }> {
    const { programme } = await this.programmes.load(principal, programmeId, manager);
    this.programmes.assertInDeliveryWindow(programme, 'date', input.date);
    const problems: FieldProblem[] = [];
    const today = this.programmes.today();
    if (!isIsoDate(input.date))
      problems.push({ field: 'date', problem: `${input.date} is not a calendar date` });
    else if (input.date > today)
      problems.push({
        field: 'date',
        problem: `${input.date} is in the future (today is ${today})`,
      });
    else if (input.date < programme.startDate) {
      problems.push({
        field: 'date',
        problem: `${input.date} is before the programme started (${programme.startDate})`,
      });
    }
    const supervisorCode = input.supervisorCode ?? principal.staffCode;
    if (!supervisorCode)
      problems.push({ field: 'supervisorCode', problem: 'say who led the session' });
    const format = input.format as SupervisionFormat;
    const countProblem = supervisionAttendeesProblem(format, input.attendees.length);
    if (countProblem) problems.push({ field: 'attendees', problem: countProblem });
    const codes = input.attendees.map((a) => a.practitionerCode);
    const staff = await this.lookups.staffByCode(
      programmeId,
      supervisorCode ? [supervisorCode, ...codes] : codes,
      manager,
    );
    const families = await this.lookups.familiesByReference(
      programmeId,
      input.attendees.flatMap((a) => (a.familyReference ? [a.familyReference] : [])),
      manager,
    );
    const supervisor = supervisorCode ? staff.get(supervisorCode) : undefined;
    if (supervisorCode && !supervisor)
      problems.push({
        field: 'supervisorCode',
        problem: `${supervisorCode} is not staff of this programme`,
      });
    const seen = new Set<string>();
    const attendees = input.attendees.map((a, index) => {
      const field = `attendees[${index}]`;
      const refuse = (problem: string) => problems.push({ field, problem });
      const person = staff.get(a.practitionerCode);
      if (seen.has(a.practitionerCode)) refuse(`${a.practitionerCode} is listed twice`);
      seen.add(a.practitionerCode);
      if (!person?.practitioner)
        refuse(`${a.practitionerCode} is not a practitioner of this programme`);
      const family = a.familyReference ? families.get(a.familyReference) : undefined;
      if (a.familyReference && !family)
        refuse(`family ${a.familyReference} is not in this programme`);
      else if (family && family.practitionerCode !== a.practitionerCode)
        refuse(`family ${a.familyReference} is not allocated to ${a.practitionerCode}`);
      const cycle = a.cycle ?? null;
      if (cycle !== null && !a.familyReference)
        refuse('a cycle needs the family whose film was reviewed');
      if (cycle !== null && cycle > programme.cyclesPerFamily)
        refuse(`cycle must be 1 to ${programme.cyclesPerFamily}`);
      return {
        practitionerId: person?.id ?? '',
        supervisorCode: person?.practitioner?.supervisorCode ?? null,
        familyId: family?.id ?? null,
        cycle,
        principles: [...new Set(a.principles ?? [])],
      };
    });
    if (problems.length > 0) throw invalid(...problems);
    // Writes are for the caller's own sessions and the practitioners they supervise (admins: any).
    if (!can(principal, 'create', 'SupervisionSession', { supervisorCode })) {
      throw new ForbiddenException(
        `You may log only sessions that you led yourself (not ${supervisorCode}).`,
      );
    }
    const others = input.attendees.filter(
      (_a, i) =>
        !can(principal, 'create', 'SupervisionSession', {
          supervisorCode: attendees[i]!.supervisorCode,
        }),
    );
    if (others.length > 0) {
      throw new ForbiddenException(
        `You do not supervise ${others.map((a) => a.practitionerCode).join(', ')}: only their own supervisor or an admin may log their supervision.`,
      );
    }
    return {
      session: {
        date: input.date,
        supervisorId: supervisor!.id,
        format,
        mode: input.mode as SupervisionMode,
        durationMinutes: input.durationMinutes,
        prepMinutes: input.prepMinutes ?? 0,
        notes: input.notes?.trim() ? input.notes.trim() : null,
      },
      attendees: attendees.map(({ supervisorCode: _s, ...a }) => a),
    };
  }

  private async refuseDuplicateCode(
    manager: EntityManager,
    programmeId: string,
    code: string,
    exceptId: string | null,
  ): Promise<void> {
    const other = await this.sessions.idOfCode(manager, programmeId, code);
    if (other && other !== exceptId) {
      throw conflict(
        'duplicate_code',
        `code: another supervision session of this programme is ${code}`,
      );
    }
  }
}

/** The caller's view: notes only for those who may read them. */
function view(session: SessionRecord, principal: Principal): SupervisionSessionView {
  const { notes, ...rest } = session;
  return {
    ...rest,
    ...(mayReadNotes(principal) ? { notes } : {}),
    canEdit: can(principal, 'update', 'SupervisionSession', {
      supervisorCode: session.supervisorCode,
    }),
  };
}
