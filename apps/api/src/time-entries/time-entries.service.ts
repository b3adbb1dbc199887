import { Principal, scopeFor, type TimeEntryActivity } from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { isIsoDate } from '../common/dates';
import { invalid, notFound } from '../delivery/http-errors';
import { ProgrammeAccessService, ProgrammeContext } from '../delivery/programme-access.service';
import { scopeCondition, SqlParams } from '../delivery/sql-params';
import { deleteVersioned, updateVersioned, staleVersion } from '../common/versioned-update';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { CreateTimeEntryDto, UpdateTimeEntryDto } from './dto/time-entry.dto';
import { TimeEntryEntity } from './entities/time-entry.entity';
import type { TimeEntryPage, TimeEntryView } from '@attune/contract';

export type { TimeEntryView };

type EntryRow = TimeEntryView & { effectiveLaId: string | null; effectiveLaCode: string | null };

/** The entry's LA is its own la_id, or else its person's (DESIGN.md, ledger lines). */
const SELECT = `SELECT te.id::text AS id, st.code AS "staffCode", te.date::text AS date, te.activity, te.minutes,
    ola.code AS "laCode", fam.reference AS "familyReference", te.note,
    EXISTS (SELECT 1 FROM period_locks pl WHERE pl.programme_id = te.programme_id AND pl.la_id = ela.id
      AND pl.month = to_char(te.date, 'YYYY-MM')) AS locked,
    te.version, ela.id AS "effectiveLaId", ela.code AS "effectiveLaCode"`;
const FROM = `FROM time_entries te JOIN staff st ON st.id = te.staff_id
    LEFT JOIN local_authorities ola ON ola.id = te.la_id
    LEFT JOIN local_authorities ela ON ela.id = coalesce(te.la_id, st.la_id)
    LEFT JOIN families fam ON fam.id = te.family_id`;
const SCOPE_COLUMNS = { laCode: 'ela.code', staffCode: 'st.code' };

function view(row: EntryRow): TimeEntryView {
  const { effectiveLaId: _id, effectiveLaCode: _code, ...rest } = row;
  return rest;
}

interface Resolved {
  staffId: string;
  laId: string | null;
  familyId: string | null;
  effectiveLa: { id: string; code: string } | null;
}

@Injectable()
export class TimeEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly locks: PeriodLocksService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    filter: { laCode?: string; staffCode?: string; from?: string; to?: string },
    page: { page: number; pageSize: number },
  ): Promise<TimeEntryPage> {
    await this.programmes.load(principal, programmeId);
    const params = new SqlParams();
    const where = [
      `te.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scopeFor(principal, 'TimeEntry'), SCOPE_COLUMNS, params),
    ];
    if (filter.laCode !== undefined) where.push(`ela.code = ${params.add(filter.laCode)}`);
    if (filter.staffCode !== undefined) where.push(`st.code = ${params.add(filter.staffCode)}`);
    if (filter.from !== undefined) where.push(`te.date >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) where.push(`te.date <= ${params.add(filter.to)}`);
    const condition = where.join(' AND ');
    const [[count], rows] = await Promise.all([
      this.dataSource.query<[{ total: number; minutes: number }]>(
        `SELECT count(*)::int AS total, coalesce(sum(te.minutes), 0)::int AS minutes ${FROM} WHERE ${condition}`,
        params.values,
      ),
      this.dataSource.query<EntryRow[]>(
        `${SELECT} ${FROM} WHERE ${condition} ORDER BY te.date DESC, te.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
        params.values,
      ),
    ]);
    return { items: rows.map(view), total: count.total, totalMinutes: count.minutes };
  }

  async create(
    principal: Principal,
    programmeId: string,
    dto: CreateTimeEntryDto,
    context: AuditContext,
  ): Promise<TimeEntryView> {
    const programme = await this.programmes.load(principal, programmeId);
    const staffCode = dto.staffCode ?? principal.staffCode;
    if (!staffCode)
      throw invalid({ field: 'staffCode', problem: 'is required: whose time this is' });
    this.checkDate(dto.date);
    return this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(
        manager,
        principal,
        programme,
        'create',
        staffCode,
        dto.laCode ?? null,
        dto.familyReference ?? null,
      );
      if (resolved.effectiveLa)
        await this.locks.assertOpen(manager, programmeId, resolved.effectiveLa, dto.date);
      const inserted = await manager.insert(TimeEntryEntity, {
        programmeId,
        staffId: resolved.staffId,
        date: dto.date,
        activity: dto.activity as TimeEntryActivity,
        minutes: dto.minutes,
        laId: resolved.laId,
        familyId: resolved.familyId,
        note: dto.note ?? null,
      });
      const id = String((inserted.identifiers[0] as { id: string | number }).id);
      const created = view(await this.row(manager, programmeId, id));
      await this.audit.record(
        {
          action: 'timeEntry.create',
          entityType: 'TimeEntry',
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
    dto: UpdateTimeEntryDto,
    context: AuditContext,
  ): Promise<TimeEntryView> {
    const programme = await this.programmes.load(principal, programmeId);
    if (dto.date !== undefined) this.checkDate(dto.date);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.writable(manager, principal, programmeId, id);
      if (before.version !== dto.version)
        throw staleVersion(`Time entry ${id}`, dto.version, before.version);
      const laCode = dto.laCode === undefined ? before.laCode : dto.laCode;
      const familyReference =
        dto.familyReference === undefined ? before.familyReference : dto.familyReference;
      const date = dto.date ?? before.date;
      const resolved = await this.resolve(
        manager,
        principal,
        programme,
        'update',
        before.staffCode,
        laCode,
        familyReference,
      );
      if (before.effectiveLaId && before.effectiveLaCode) {
        await this.locks.assertOpen(
          manager,
          programmeId,
          { id: before.effectiveLaId, code: before.effectiveLaCode },
          before.date,
        );
      }
      if (resolved.effectiveLa)
        await this.locks.assertOpen(manager, programmeId, resolved.effectiveLa, date);
      await updateVersioned(
        manager,
        TimeEntryEntity,
        id,
        dto.version,
        {
          date,
          activity: dto.activity ?? before.activity,
          minutes: dto.minutes ?? before.minutes,
          laId: resolved.laId,
          familyId: resolved.familyId,
          note: dto.note === undefined ? before.note : dto.note,
        },
        `Time entry ${id}`,
      );
      const after = view(await this.row(manager, programmeId, id));
      await this.audit.record(
        {
          action: 'timeEntry.update',
          entityType: 'TimeEntry',
          entityId: id,
          before: view(before),
          after,
          ...context,
        },
        manager,
      );
      return after;
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
      if (before.effectiveLaId && before.effectiveLaCode) {
        await this.locks.assertOpen(
          manager,
          programmeId,
          { id: before.effectiveLaId, code: before.effectiveLaCode },
          before.date,
        );
      }
      await deleteVersioned(manager, TimeEntryEntity, id, version, `Time entry ${id}`);
      await this.audit.record(
        {
          action: 'timeEntry.delete',
          entityType: 'TimeEntry',
          entityId: id,
          before: view(before),
          ...context,
        },
        manager,
      );
    });
  }

  /** Whose time, for which LA and family; refused unless the caller may write time for them. */
  private async resolve(
    manager: EntityManager,
    principal: Principal,
    programme: ProgrammeContext,
    action: 'create' | 'update',
    staffCode: string,
    laCode: string | null,
    familyReference: string | null,
  ): Promise<Resolved> {
    const programmeId = programme.programme.id;
    const scope = scopeFor(principal, 'TimeEntry', action);
    if (!scope) throw new ForbiddenException('Your role may not record time.');
    if (scope.staffCode !== undefined && scope.staffCode !== staffCode) {
      throw invalid({ field: 'staffCode', problem: 'you record your own time only' });
    }
    const [staff] = await manager.query<Array<{ id: string; laId: string | null }>>(
      'SELECT id, la_id AS "laId" FROM staff WHERE programme_id = $1 AND code = $2',
      [programmeId, staffCode],
    );
    if (!staff)
      throw invalid({
        field: 'staffCode',
        problem: `${staffCode} is not a staff member of this programme`,
      });
    const laId = laCode === null ? null : this.programmes.laId(programme, laCode);
    const effectiveId = laId ?? staff.laId;
    const effectiveLa = effectiveId
      ? { id: effectiveId, code: programme.laCodeById.get(effectiveId)! }
      : null;
    if (scope.laCode !== undefined && effectiveLa?.code !== scope.laCode) {
      throw invalid({
        field: 'laCode',
        problem: `you record time for your own local authority (${scope.laCode}) only`,
      });
    }
    let familyId: string | null = null;
    if (familyReference !== null) {
      const [family] = await manager.query<Array<{ id: string; practitionerCode: string | null }>>(
        `SELECT f.id, ps.code AS "practitionerCode" FROM families f LEFT JOIN staff ps ON ps.id = f.practitioner_id
         WHERE f.programme_id = $1 AND f.reference = $2 AND ($3::uuid IS NULL OR f.la_id = $3)`,
        [programmeId, familyReference, effectiveId],
      );
      if (
        !family ||
        (scope.staffCode !== undefined && family.practitionerCode !== scope.staffCode)
      ) {
        throw invalid({
          field: 'familyReference',
          problem: `${familyReference} is not a family you work with in this local authority`,
        });
      }
      familyId = family.id;
    }
    return { staffId: staff.id, laId, familyId, effectiveLa };
  }

  private async writable(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
  ): Promise<EntryRow> {
    if (!/^\d{1,18}$/.test(id)) throw notFound(`There is no time entry ${id}.`);
    const params = new SqlParams();
    const [seen] = await manager.query<Array<{ id: string }>>(
      `SELECT te.id ${FROM} WHERE te.programme_id = ${params.add(programmeId)} AND te.id = ${params.add(id)}
         AND ${scopeCondition(scopeFor(principal, 'TimeEntry', 'update'), SCOPE_COLUMNS, params)} FOR UPDATE OF te`,
      params.values,
    );
    if (!seen)
      throw notFound(`There is no time entry ${id} that you can change in this programme.`);
    return this.row(manager, programmeId, id);
  }

  private async row(manager: EntityManager, programmeId: string, id: string): Promise<EntryRow> {
    const [row] = await manager.query<EntryRow[]>(
      `${SELECT} ${FROM} WHERE te.programme_id = $1 AND te.id = $2`,
      [programmeId, id],
    );
    return row!;
  }

  private checkDate(date: string): void {
    if (!isIsoDate(date))
      throw invalid({ field: 'date', problem: `${date} is not a calendar date` });
    if (date > this.programmes.today())
      throw invalid({ field: 'date', problem: `${date} is in the future` });
  }
}
