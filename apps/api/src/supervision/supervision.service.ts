import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  type AttunedPrinciple,
  type Principal,
  type SupervisionFormat,
  type SupervisionMode,
} from '@attune/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../auth/clock';
import {
  familiesByReference,
  findProgramme,
  refuseProblems,
  staffByCode,
} from '../work-records/lookups';
import { isIsoDate, isoToday } from '../common/dates';
import { Params, scopeCondition } from '../work-records/sql';
import { deleteVersioned, updateVersioned } from '../common/versioned-update';
import type { SupervisionSessionDto, SupervisionListQueryDto } from './dto/supervision-session.dto';
import { SupervisionAttendeeEntity } from './entities/supervision-attendee.entity';
import { SupervisionSessionEntity } from './entities/supervision-session.entity';
import type { SupervisionAttendeeView, SupervisionSessionView } from '@attune/contract';

export type { SupervisionAttendeeView, SupervisionSessionView };
/** Notes are the supervisor's working notes: for admins and supervisors, never economists or trainees. */
export function mayReadNotes(principal: Principal): boolean {
  return principal.role === 'admin' || principal.role === 'supervisor';
}

const WHAT = 'Supervision session';

/** Scope fields of a supervision session, for `scopeCondition` (alias s; sup is its supervisor). */
const SESSION_SCOPE = {
  supervisorCode: (p: string) => `sup.code = ${p}`,
  staffCode: (p: string) =>
    `EXISTS (SELECT 1 FROM supervision_attendees a JOIN staff st ON st.id = a.practitioner_id
              WHERE a.session_id = s.id AND st.code = ${p})`,
  laCode: (p: string) =>
    `EXISTS (SELECT 1 FROM supervision_attendees a JOIN staff st ON st.id = a.practitioner_id
              JOIN local_authorities la ON la.id = st.la_id WHERE a.session_id = s.id AND la.code = ${p})`,
};

interface SessionRow {
  id: string;
  code: string;
  date: string;
  supervisor_code: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  duration_minutes: number;
  prep_minutes: number;
  notes: string | null;
  version: number;
}

@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(
    programmeId: string,
    principal: Principal,
    query: SupervisionListQueryDto,
  ): Promise<{ items: SupervisionSessionView[]; total: number }> {
    await findProgramme(this.dataSource.manager, programmeId);
    const params = new Params();
    const where = [
      `s.programme_id = ${params.p(programmeId)}`,
      scopeCondition(principal, 'SupervisionSession', 'read', SESSION_SCOPE, params),
    ];
    if (query.supervisorCode) where.push(`sup.code = ${params.p(query.supervisorCode)}`);
    if (query.practitionerCode)
      where.push(SESSION_SCOPE.staffCode(params.p(query.practitionerCode)));
    if (query.laCode) where.push(SESSION_SCOPE.laCode(params.p(query.laCode)));
    const from = `FROM supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id WHERE ${where.join(' AND ')}`;
    const counted = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const total = counted[0]?.total ?? 0;
    const limit = params.p(query.pageSize);
    const offset = params.p((query.page - 1) * query.pageSize);
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id, s.code, to_char(s.date, 'YYYY-MM-DD') AS date, sup.code AS supervisor_code, s.format, s.mode,
              s.duration_minutes, s.prep_minutes, s.notes, s.version
         ${from} ORDER BY s.date DESC, s.code LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { items: await this.views(this.dataSource.manager, rows, principal), total };
  }

  async get(
    programmeId: string,
    id: string,
    principal: Principal,
  ): Promise<SupervisionSessionView> {
    const params = new Params();
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id, s.code, to_char(s.date, 'YYYY-MM-DD') AS date, sup.code AS supervisor_code, s.format, s.mode,
              s.duration_minutes, s.prep_minutes, s.notes, s.version
         FROM supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id
        WHERE s.programme_id = ${params.p(programmeId)} AND s.id = ${params.p(id)}
          AND ${scopeCondition(principal, 'SupervisionSession', 'read', SESSION_SCOPE, params)}`,
      params.values,
    );
    // Out of scope reads as absent: the caller learns nothing about other people's sessions.
    if (rows.length === 0) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    const [view] = await this.views(this.dataSource.manager, rows, principal);
    return view!;
  }

  async create(
    programmeId: string,
    input: SupervisionSessionDto,
    context: AuditContext & { principal: Principal },
  ): Promise<SupervisionSessionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(manager, programmeId, input, context.principal);
      const id = randomUUID();
      const code = input.code ?? `SV-${id.slice(0, 8)}`;
      await this.refuseDuplicateCode(manager, programmeId, code, null);
      await manager.insert(SupervisionSessionEntity, {
        id,
        programmeId,
        code,
        ...resolved.session,
      });
      await this.insertAttendees(manager, programmeId, id, resolved.attendees);
      const after = await this.viewIn(manager, id, context.principal);
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
    return this.get(programmeId, id, context.principal);
  }

  async update(
    programmeId: string,
    id: string,
    input: SupervisionSessionDto & { version: number },
    context: AuditContext & { principal: Principal },
  ): Promise<SupervisionSessionView> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'update');
      const resolved = await this.resolve(manager, programmeId, input, context.principal);
      const code = input.code ?? before.code;
      await this.refuseDuplicateCode(manager, programmeId, code, id);
      // The version check comes first: a stale edit changes nothing, attendees included.
      await updateVersioned(
        manager,
        SupervisionSessionEntity,
        id,
        input.version,
        { code, ...resolved.session },
        `${WHAT} ${id}`,
      );
      await manager.delete(SupervisionAttendeeEntity, { sessionId: id });
      await this.insertAttendees(manager, programmeId, id, resolved.attendees);
      const after = await this.viewIn(manager, id, context.principal);
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
    return this.get(programmeId, id, context.principal);
  }

  async remove(
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext & { principal: Principal },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, programmeId, id, context.principal, 'delete');
      await deleteVersioned(manager, SupervisionSessionEntity, id, version, `${WHAT} ${id}`);
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

  /** The session as it stands, if the caller may change it (404 when they cannot even see it). */
  private async writable(
    manager: EntityManager,
    programmeId: string,
    id: string,
    principal: Principal,
    action: 'update' | 'delete',
  ): Promise<SupervisionSessionView> {
    const session = await manager.findOne(SupervisionSessionEntity, { where: { id, programmeId } });
    if (!session) throw new NotFoundException(`${WHAT} ${id} does not exist.`);
    const view = await this.viewIn(manager, id, principal);
    if (!can(principal, action, 'SupervisionSession', { supervisorCode: view.supervisorCode })) {
      throw new ForbiddenException(
        `Only ${view.supervisorCode}, who led this session, or an admin may ${action} it.`,
      );
    }
    return view;
  }

  /** Checks the input against the programme and the caller's rights; every problem at once. */
  private async resolve(
    manager: EntityManager,
    programmeId: string,
    input: SupervisionSessionDto,
    principal: Principal,
  ) {
    const programme = await findProgramme(manager, programmeId);
    const problems: string[] = [];
    const today = isoToday(this.clock.now());
    if (!isIsoDate(input.date)) problems.push(`date: ${input.date} is not a calendar date`);
    else if (input.date > today)
      problems.push(`date: ${input.date} is in the future (today is ${today})`);
    else if (input.date < programme.startDate) {
      problems.push(`date: ${input.date} is before the programme started (${programme.startDate})`);
    }
    const supervisorCode = input.supervisorCode ?? principal.staffCode;
    if (!supervisorCode) problems.push('supervisorCode: say who led the session');
    const count = input.attendees.length;
    if (input.format === 'individual' && count !== 1) {
      problems.push(`attendees: an individual session has exactly one attendee (got ${count})`);
    }
    if (input.format === 'group' && count < 2) {
      problems.push(
        `attendees: a group session has two or more attendees (got ${count}); log one attendee as individual`,
      );
    }
    const codes = input.attendees.map((a) => a.practitionerCode);
    const staff = await staffByCode(
      manager,
      programmeId,
      supervisorCode ? [supervisorCode, ...codes] : codes,
    );
    const families = await familiesByReference(
      manager,
      programmeId,
      input.attendees.flatMap((a) => (a.familyReference ? [a.familyReference] : [])),
    );
    const supervisor = supervisorCode ? staff.get(supervisorCode) : undefined;
    if (supervisorCode && !supervisor)
      problems.push(`supervisorCode: ${supervisorCode} is not staff of this programme`);
    const seen = new Set<string>();
    const attendees = input.attendees.map((a, index) => {
      const where = `attendees[${index}]`;
      const person = staff.get(a.practitionerCode);
      if (seen.has(a.practitionerCode))
        problems.push(`${where}: ${a.practitionerCode} is listed twice`);
      seen.add(a.practitionerCode);
      if (!person?.practitioner) {
        problems.push(`${where}: ${a.practitionerCode} is not a practitioner of this programme`);
      }
      const family = a.familyReference ? families.get(a.familyReference) : undefined;
      if (a.familyReference && !family) {
        problems.push(`${where}: family ${a.familyReference} is not in this programme`);
      } else if (family && family.practitionerCode !== a.practitionerCode) {
        problems.push(
          `${where}: family ${a.familyReference} is not allocated to ${a.practitionerCode}`,
        );
      }
      const cycle = a.cycle ?? null;
      if (cycle !== null && !a.familyReference)
        problems.push(`${where}: a cycle needs the family whose film was reviewed`);
      if (cycle !== null && cycle > programme.cyclesPerFamily) {
        problems.push(`${where}: cycle must be 1 to ${programme.cyclesPerFamily}`);
      }
      return {
        practitionerId: person?.id ?? '',
        supervisorCode: person?.practitioner?.supervisorCode ?? null,
        familyId: family?.id ?? null,
        cycle,
        principles: [...new Set(a.principles ?? [])],
      };
    });
    refuseProblems(problems);
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
        format: input.format as SupervisionFormat,
        mode: input.mode as SupervisionMode,
        durationMinutes: input.durationMinutes,
        prepMinutes: input.prepMinutes ?? 0,
        notes: input.notes?.trim() ? input.notes.trim() : null,
      },
      attendees,
    };
  }

  private async refuseDuplicateCode(
    manager: EntityManager,
    programmeId: string,
    code: string,
    exceptId: string | null,
  ): Promise<void> {
    const other = await manager.findOne(SupervisionSessionEntity, { where: { programmeId, code } });
    if (other && other.id !== exceptId) {
      throw new ConflictException(`code: another supervision session of this programme is ${code}`);
    }
  }

  private async insertAttendees(
    manager: EntityManager,
    programmeId: string,
    sessionId: string,
    attendees: Array<{
      practitionerId: string;
      familyId: string | null;
      cycle: number | null;
      principles: string[];
    }>,
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

  private async viewIn(
    manager: EntityManager,
    id: string,
    principal: Principal,
  ): Promise<SupervisionSessionView> {
    const rows = await manager.query<SessionRow[]>(
      `SELECT s.id, s.code, to_char(s.date, 'YYYY-MM-DD') AS date, sup.code AS supervisor_code, s.format, s.mode,
              s.duration_minutes, s.prep_minutes, s.notes, s.version
         FROM supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id WHERE s.id = $1`,
      [id],
    );
    const [view] = await this.views(manager, rows, { ...principal, role: 'admin' });
    // The audit keeps the notes; the caller's own view is rebuilt by get().
    return {
      ...view!,
      canEdit: can(principal, 'update', 'SupervisionSession', {
        supervisorCode: view!.supervisorCode,
      }),
    };
  }

  private async views(
    manager: EntityManager,
    rows: SessionRow[],
    principal: Principal,
  ): Promise<SupervisionSessionView[]> {
    if (rows.length === 0) return [];
    const attendees = await manager.query<
      Array<{
        session_id: string;
        practitioner_code: string;
        family_reference: string | null;
        cycle: number | null;
        principles: AttunedPrinciple[] | null;
      }>
    >(
      `SELECT a.session_id, st.code AS practitioner_code, f.reference AS family_reference, a.cycle, a.principles
         FROM supervision_attendees a
         JOIN staff st ON st.id = a.practitioner_id
         LEFT JOIN families f ON f.id = a.family_id
        WHERE a.session_id = ANY($1) ORDER BY st.code`,
      [rows.map((r) => r.id)],
    );
    const notes = mayReadNotes(principal);
    return rows.map((r) => {
      const view: SupervisionSessionView = {
        id: r.id,
        code: r.code,
        date: r.date,
        supervisorCode: r.supervisor_code,
        format: r.format,
        mode: r.mode,
        durationMinutes: r.duration_minutes,
        prepMinutes: r.prep_minutes,
        attendees: attendees
          .filter((a) => a.session_id === r.id)
          .map((a) => ({
            practitionerCode: a.practitioner_code,
            familyReference: a.family_reference,
            cycle: a.cycle,
            principles: a.principles ?? [],
          })),
        version: r.version,
        canEdit: can(principal, 'update', 'SupervisionSession', {
          supervisorCode: r.supervisor_code,
        }),
      };
      if (notes) view.notes = r.notes;
      return view;
    });
  }
}
