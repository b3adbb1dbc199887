import {
  CYCLE_SESSION_TYPES,
  Principal,
  scopeFor,
  type SessionOutcome,
  type SessionType,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { isIsoDate } from '../common/dates';
import { FieldProblem, invalid, notFound } from '../delivery/http-errors';
import { ProgrammeAccessService } from '../delivery/programme-access.service';
import { scopeCondition, SqlParams } from '../delivery/sql-params';
import { deleteVersioned, updateVersioned, staleVersion } from '../common/versioned-update';
import { FamilyEntity } from '../families/entities/family.entity';
import { FamilyStatusChangeEntity } from '../families/entities/family-status-change.entity';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { CreateFamilySessionDto, UpdateFamilySessionDto } from './dto/family-session.dto';
import { FamilySessionEntity } from './entities/family-session.entity';
import type { FamilySessionView } from '@attune/contract';

export type { FamilySessionView };

type SessionRow = FamilySessionView & { laId: string; familyId: string };

export interface SessionFilter {
  laCode?: string;
  familyReference?: string;
  practitionerCode?: string;
  from?: string;
  to?: string;
}

const SELECT = `SELECT s.id::text AS id, f.reference AS "familyReference", sps.code AS "practitionerCode",
    la.code AS "laCode", s.date::text AS date, s.type, s.cycle, s.outcome,
    s.contact_minutes AS "contactMinutes", s.travel_minutes AS "travelMinutes", s.prep_minutes AS "prepMinutes",
    EXISTS (SELECT 1 FROM period_locks pl WHERE pl.programme_id = s.programme_id AND pl.la_id = f.la_id
      AND pl.month = to_char(s.date, 'YYYY-MM')) AS locked,
    s.version, f.la_id AS "laId", f.id AS "familyId"`;
const FROM = `FROM family_sessions s JOIN families f ON f.id = s.family_id
    JOIN local_authorities la ON la.id = f.la_id JOIN staff sps ON sps.id = s.practitioner_id
    LEFT JOIN practitioners pr ON pr.staff_id = s.practitioner_id LEFT JOIN staff sup ON sup.id = pr.supervisor_id`;
const SCOPE_COLUMNS = { laCode: 'la.code', staffCode: 'sps.code', supervisorCode: 'sup.code' };

function view(row: SessionRow): FamilySessionView {
  const { laId: _la, familyId: _family, ...rest } = row;
  return rest;
}

@Injectable()
export class FamilySessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly locks: PeriodLocksService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    filter: SessionFilter,
    page: { page: number; pageSize: number },
  ) {
    await this.programmes.load(principal, programmeId);
    const params = new SqlParams();
    const where = [
      `s.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scopeFor(principal, 'FamilySession'), SCOPE_COLUMNS, params),
    ];
    if (filter.laCode !== undefined) where.push(`la.code = ${params.add(filter.laCode)}`);
    if (filter.familyReference !== undefined)
      where.push(`f.reference = ${params.add(filter.familyReference)}`);
    if (filter.practitionerCode !== undefined)
      where.push(`sps.code = ${params.add(filter.practitionerCode)}`);
    if (filter.from !== undefined) where.push(`s.date >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) where.push(`s.date <= ${params.add(filter.to)}`);
    const condition = where.join(' AND ');
    const [[count], rows] = await Promise.all([
      this.dataSource.query<[{ total: number }]>(
        `SELECT count(*)::int AS total ${FROM} WHERE ${condition}`,
        params.values,
      ),
      this.dataSource.query<SessionRow[]>(
        `${SELECT} ${FROM} WHERE ${condition} ORDER BY s.date DESC, s.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
        params.values,
      ),
    ]);
    return { items: rows.map(view), total: count.total };
  }

  /** A practitioner logs a session with one of their own families (an admin, anyone's). */
  async create(
    principal: Principal,
    programmeId: string,
    dto: CreateFamilySessionDto,
    context: AuditContext,
  ): Promise<FamilySessionView> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'FamilySession', 'create');
    if (!scope) throw new ForbiddenException('Your role may not log family sessions.');
    return this.dataSource.transaction(async (manager) => {
      const [family] = await manager.query<
        Array<{
          id: string;
          laId: string;
          laCode: string;
          status: string;
          referralDate: string;
          practitionerId: string | null;
          practitionerCode: string | null;
          version: number;
        }>
      >(
        `SELECT f.id, f.la_id AS "laId", la.code AS "laCode", f.status, f.referral_date::text AS "referralDate",
           f.practitioner_id AS "practitionerId", ps.code AS "practitionerCode", f.version
         FROM families f JOIN local_authorities la ON la.id = f.la_id LEFT JOIN staff ps ON ps.id = f.practitioner_id
         WHERE f.programme_id = $1 AND f.reference = $2 FOR UPDATE OF f`,
        [programmeId, dto.familyReference],
      );
      const mine =
        family &&
        (scope.all ||
          (scope.staffCode !== undefined && scope.staffCode === family.practitionerCode));
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
        if (!scope.all)
          throw invalid({ field: 'practitionerCode', problem: 'you log your own sessions only' });
        const [other] = await manager.query<Array<{ id: string }>>(
          'SELECT staff_id AS id FROM practitioners pr JOIN staff s ON s.id = pr.staff_id WHERE s.programme_id = $1 AND s.code = $2',
          [programmeId, dto.practitionerCode],
        );
        if (!other)
          throw invalid({
            field: 'practitionerCode',
            problem: `${dto.practitionerCode} is not a practitioner of this programme`,
          });
        practitionerId = other.id;
      }
      const session = {
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
      const inserted = await manager.insert(FamilySessionEntity, {
        programmeId,
        familyId: family.id,
        practitionerId,
        ...session,
      });
      const id = String((inserted.identifiers[0] as { id: string | number }).id);
      // The first held session starts the work: an allocated family becomes active.
      if (family.status === 'allocated' && session.outcome === 'held') {
        await updateVersioned(
          manager,
          FamilyEntity,
          family.id,
          family.version,
          { status: 'active', statusDate: session.date, statusReason: null },
          `Family ${dto.familyReference}`,
        );
        await manager.insert(FamilyStatusChangeEntity, {
          programmeId,
          familyId: family.id,
          status: 'active',
          statusDate: session.date,
          statusReason: null,
          changedBy: principal.id,
        });
        await this.audit.record(
          {
            action: 'family.status',
            entityType: 'Family',
            entityId: dto.familyReference,
            before: { status: 'allocated' },
            after: {
              status: 'active',
              statusDate: session.date,
              cause: `first held session ${id}`,
            },
            ...context,
          },
          manager,
        );
      }
      const created = await this.row(manager, programmeId, id);
      await this.audit.record(
        {
          action: 'familySession.create',
          entityType: 'FamilySession',
          entityId: id,
          after: view(created),
          ...context,
        },
        manager,
      );
      return view(created);
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
    return this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id);
      if (before.version !== version) throw staleVersion(`Session ${id}`, version, before.version);
      const [family] = await manager.query<[{ referralDate: string }]>(
        'SELECT referral_date::text AS "referralDate" FROM families WHERE id = $1',
        [before.familyId],
      );
      const after = { ...before, ...changes } as SessionRow;
      if (!CYCLE_SESSION_TYPES.includes(after.type) && given.cycle === undefined)
        after.cycle = null;
      this.validate(after, family.referralDate, programme.cyclesPerFamily);
      const la = { id: before.laId, code: before.laCode };
      await this.locks.assertOpen(manager, programmeId, la, before.date);
      if (after.date !== before.date)
        await this.locks.assertOpen(manager, programmeId, la, after.date);
      await updateVersioned(
        manager,
        FamilySessionEntity,
        id,
        version,
        {
          date: after.date,
          type: after.type,
          cycle: after.cycle,
          outcome: after.outcome,
          contactMinutes: after.contactMinutes,
          travelMinutes: after.travelMinutes,
          prepMinutes: after.prepMinutes,
        },
        `Session ${id}`,
      );
      const updated = view(await this.row(manager, programmeId, id));
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
      await deleteVersioned(manager, FamilySessionEntity, id, version, `Session ${id}`);
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
  ): Promise<SessionRow> {
    if (!/^\d{1,18}$/.test(id)) throw notFound(`There is no session ${id}.`);
    const params = new SqlParams();
    const [seen] = await manager.query<Array<{ id: string }>>(
      `SELECT s.id FROM family_sessions s JOIN families f ON f.id = s.family_id JOIN local_authorities la ON la.id = f.la_id
         JOIN staff sps ON sps.id = s.practitioner_id LEFT JOIN practitioners pr ON pr.staff_id = s.practitioner_id
         LEFT JOIN staff sup ON sup.id = pr.supervisor_id
       WHERE s.programme_id = ${params.add(programmeId)} AND s.id = ${params.add(id)}
         AND ${scopeCondition(scopeFor(principal, 'FamilySession'), SCOPE_COLUMNS, params)} FOR UPDATE OF s`,
      params.values,
    );
    if (!seen) throw notFound(`There is no session ${id} that you can see in this programme.`);
    const row = await this.row(manager, programmeId, id);
    const scope = scopeFor(principal, 'FamilySession', 'update');
    const allowed =
      scope !== null &&
      (scope.all ||
        (scope.staffCode !== undefined && scope.staffCode === row.practitionerCode) ||
        (scope.laCode !== undefined &&
          scope.staffCode === undefined &&
          scope.laCode === row.laCode));
    if (!allowed) throw new ForbiddenException(`You may not change session ${id}.`);
    return row;
  }

  private async row(manager: EntityManager, programmeId: string, id: string): Promise<SessionRow> {
    const [row] = await manager.query<SessionRow[]>(
      `${SELECT} ${FROM} WHERE s.programme_id = $1 AND s.id = $2`,
      [programmeId, id],
    );
    return row!;
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
