import {
  can,
  CYCLE_SESSION_TYPES,
  Principal,
  scopeFor,
  type SessionOutcome,
  type SessionType,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { FieldProblem, invalid, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { staleVersion } from '../../platform/versioning/versioned-update';
import { FamilyLifecycleService } from '../families/family-lifecycle.service';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { CreateFamilySessionDto, UpdateFamilySessionDto } from './dto/family-session.dto';
import {
  FamilySessionRow,
  FamilySessionsRepository,
  SessionFields,
  SessionFilter,
  toFamilySessionView as view,
} from './family-sessions.repository';
import type { FamilySessionView } from '@attune/contract';

export type { FamilySessionView } from '@attune/contract';
export type { SessionFilter } from './family-sessions.repository';

@Injectable()
export class FamilySessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly locks: PeriodLocksService,
    private readonly families: FamilyLifecycleService,
    private readonly audit: AuditService,
    private readonly sessions: FamilySessionsRepository,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    filter: SessionFilter,
    page: { page: number; pageSize: number },
  ) {
    await this.programmes.load(principal, programmeId);
    const { rows, total } = await this.sessions.list(
      programmeId,
      scopeFor(principal, 'FamilySession'),
      filter,
      page,
    );
    return { items: rows.map(view), total };
  }

  /** A practitioner logs a session with one of their own families (an admin, anyone's). */
  async create(
    principal: Principal,
    programmeId: string,
    dto: CreateFamilySessionDto,
    context: AuditContext,
  ): Promise<FamilySessionView> {
    const { programme } = await this.programmes.load(principal, programmeId);
    if (!can(principal, 'create', 'FamilySession'))
      throw new ForbiddenException('Your role may not log family sessions.');
    this.programmes.assertInDeliveryWindow(programme, 'date', dto.date);
    return this.dataSource.transaction(async (manager) => {
      const family = await this.families.lockForSession(manager, programmeId, dto.familyReference);
      const mine =
        family &&
        can(principal, 'create', 'FamilySession', {
          staffCode: family.practitionerCode,
          laCode: family.laCode,
        });
      if (!family || !mine) {
        throw invalid({
          field: 'familyReference',
          problem: `${dto.familyReference} is not one of your allocated families`,
        });
      }
      if (family.practitionerId === null) {
        throw invalid({
          field: 'familyReference',
          problem: `${dto.familyReference} has no practitioner allocated yet`,
        });
      }
      let practitionerId = family.practitionerId;
      if (dto.practitionerCode !== undefined && dto.practitionerCode !== family.practitionerCode) {
        // Logging a session as someone else: only who may log anyone's sessions (an admin).
        const asOther = { staffCode: dto.practitionerCode, laCode: family.laCode };
        if (!can(principal, 'create', 'FamilySession', asOther))
          throw invalid({ field: 'practitionerCode', problem: 'you log your own sessions only' });
        const other = await this.sessions.practitionerId(
          manager,
          programmeId,
          dto.practitionerCode,
        );
        if (!other)
          throw invalid({
            field: 'practitionerCode',
            problem: `${dto.practitionerCode} is not a practitioner of this programme`,
          });
        practitionerId = other;
      }
      const session: SessionFields = {
        date: dto.date,
        type: dto.type as SessionType,
        cycle: dto.cycle ?? null,
        outcome: dto.outcome as SessionOutcome,
        contactMinutes: dto.contactMinutes,
        travelMinutes: dto.travelMinutes,
        prepMinutes: dto.prepMinutes,
      };
      this.validate(session, family.referralDate, programme.cyclesPerFamily);
      await this.locks.assertOpen(
        manager,
        programmeId,
        { id: family.laId, code: family.laCode },
        session.date,
      );
      const id = await this.sessions.insert(manager, {
        programmeId,
        familyId: family.id,
        practitionerId,
        ...session,
      });
      // The first held session starts the work: an allocated family becomes active.
      if (family.status === 'allocated' && session.outcome === 'held') {
        await this.families.startWork(
          manager,
          principal,
          programmeId,
          { ...family, reference: dto.familyReference },
          session.date,
          `first held session ${id}`,
          context,
        );
      }
      const created = view(await this.sessions.find(manager, programmeId, id));
      await this.audit.record(
        {
          action: 'familySession.create',
          entityType: 'FamilySession',
          entityId: id,
          after: created,
          ...context,
        },
        manager,
      );
      return created;
    });
  }

  async update(
    principal: Principal,
    programmeId: string,
    id: string,
    dto: UpdateFamilySessionDto,
    context: AuditContext,
  ): Promise<FamilySessionView> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const { version, ...given } = dto;
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    if (given.date !== undefined)
      this.programmes.assertInDeliveryWindow(programme, 'date', given.date);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id);
      if (before.version !== version) throw staleVersion(`Session ${id}`, version, before.version);
      const after = { ...before, ...changes } as FamilySessionRow;
      if (!CYCLE_SESSION_TYPES.includes(after.type) && given.cycle === undefined)
        after.cycle = null;
      this.validate(after, before.referralDate, programme.cyclesPerFamily);
      const la = { id: before.laId, code: before.laCode };
      await this.locks.assertOpen(manager, programmeId, la, before.date);
      if (after.date !== before.date)
        await this.locks.assertOpen(manager, programmeId, la, after.date);
      await this.sessions.update(manager, id, version, {
        date: after.date,
        type: after.type,
        cycle: after.cycle,
        outcome: after.outcome,
        contactMinutes: after.contactMinutes,
        travelMinutes: after.travelMinutes,
        prepMinutes: after.prepMinutes,
      });
      const updated = view(await this.sessions.find(manager, programmeId, id));
      await this.audit.record(
        {
          action: 'familySession.update',
          entityType: 'FamilySession',
          entityId: id,
          before: view(before),
          after: updated,
          ...context,
        },
        manager,
      );
      return updated;
    });
  }

  async remove(
    principal: Principal,
    programmeId: string,
    id: string,
    version: number,
    context: AuditContext,
  ): Promise<void> {
    await this.programmes.load(principal, programmeId);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id);
      await this.locks.assertOpen(
        manager,
        programmeId,
        { id: before.laId, code: before.laCode },
        before.date,
      );
      await this.sessions.delete(manager, id, version);
      await this.audit.record(
        {
          action: 'familySession.delete',
          entityType: 'FamilySession',
          entityId: id,
          before: view(before),
          ...context,
        },
        manager,
      );
    });
  }

  /** The session, locked, if the caller may change it; 404 when they may not even see it. */
  private async writable(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
  ): Promise<FamilySessionRow> {
    if (!/^\d{1,18}$/.test(id)) throw notFound(`There is no session ${id}.`);
    const seen = await this.sessions.lockInScope(
      manager,
      programmeId,
      id,
      scopeFor(principal, 'FamilySession'),
    );
    if (!seen) throw notFound(`There is no session ${id} that you can see in this programme.`);
    const row = await this.sessions.find(manager, programmeId, id);
    const allowed = can(principal, 'update', 'FamilySession', {
      staffCode: row.practitionerCode,
      laCode: row.laCode,
    });
    if (!allowed) throw new ForbiddenException(`You may not change session ${id}.`);
    return row;
  }

  private validate(
    s: { date: string; type: SessionType; cycle: number | null },
    referralDate: string,
    cyclesPerFamily: number,
  ): void {
    const problems: FieldProblem[] = [];
    if (!isIsoDate(s.date))
      problems.push({ field: 'date', problem: `${s.date} is not a calendar date` });
    else if (s.date > this.programmes.today())
      problems.push({ field: 'date', problem: `${s.date} is in the future` });
    else if (s.date < referralDate)
      problems.push({
        field: 'date',
        problem: `${s.date} is before the family's referral (${referralDate})`,
      });
    if (CYCLE_SESSION_TYPES.includes(s.type)) {
      if (s.cycle === null || s.cycle < 1 || s.cycle > cyclesPerFamily) {
        problems.push({
          field: 'cycle',
          problem: `a ${s.type} session needs its cycle, 1 to ${cyclesPerFamily}`,
        });
      }
    } else if (s.cycle !== null) {
      problems.push({
        field: 'cycle',
        problem: `a ${s.type} session has no cycle (only filming and shared_review do)`,
      });
    }
    if (problems.length) throw invalid(...problems);
  }
}
