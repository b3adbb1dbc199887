import { can, Principal, scopeFor, type TimeEntryActivity } from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import {
  ProgrammeContext,
  ProgrammeContextService,
} from '../../platform/programme-context/programme-context.service';
import { staleVersion } from '../../platform/versioning/versioned-update';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { CreateTimeEntryDto, UpdateTimeEntryDto } from './dto/time-entry.dto';
import {
  type EntryProblem,
  type EntryTarget,
  isProblem,
  judgeCountedOnce,
  judgeFamily,
  judgeTarget,
} from './entry-checks';
import {
  TimeEntriesRepository,
  TimeEntryFilter,
  TimeEntryRow,
  toTimeEntryView as view,
} from './time-entries.repository';
import type { TimeEntrySaved } from '@attune/contract';

export type { TimeEntrySaved, TimeEntryView } from '@attune/contract';

type Resolved = EntryTarget & { familyId: string | null };

function refuse(problem: EntryProblem) {
  return problem.hidden ? notFound(`${problem.field}: ${problem.problem}.`) : invalid(problem);
}

@Injectable()
export class TimeEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly locks: PeriodLocksService,
    private readonly audit: AuditService,
    private readonly entries: TimeEntriesRepository,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    filter: TimeEntryFilter,
    page: { page: number; pageSize: number },
  ) {
    await this.programmes.load(principal, programmeId);
    const { rows, total, minutes } = await this.entries.list(
      programmeId,
      scopeFor(principal, 'TimeEntry'),
      filter,
      page,
    );
    return { items: rows.map(view), total, totalMinutes: minutes };
  }

  async create(
    principal: Principal,
    programmeId: string,
    dto: CreateTimeEntryDto,
    context: AuditContext,
  ): Promise<TimeEntrySaved> {
    const programme = await this.programmes.load(principal, programmeId);
    const staffCode = dto.staffCode ?? principal.staffCode;
    if (!staffCode)
      throw invalid({ field: 'staffCode', problem: 'is required: whose time this is' });
    this.checkDate(dto.date);
    this.programmes.assertInDeliveryWindow(programme.programme, 'date', dto.date);
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
      const warnings = await this.countedOnce(manager, programmeId, resolved.staffId, {
        activity: dto.activity as TimeEntryActivity,
        date: dto.date,
        familyReference: dto.familyReference ?? null,
      });
      const id = await this.entries.insert(manager, {
        programmeId,
        staffId: resolved.staffId,
        date: dto.date,
        activity: dto.activity as TimeEntryActivity,
        minutes: dto.minutes,
        laId: resolved.laId,
        familyId: resolved.familyId,
        note: dto.note ?? null,
      });
      const created = view(await this.entries.find(manager, programmeId, id));
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
      return { ...created, warnings };
    });
  }

  async update(
    principal: Principal,
    programmeId: string,
    id: string,
    dto: UpdateTimeEntryDto,
    context: AuditContext,
  ): Promise<TimeEntrySaved> {
    const programme = await this.programmes.load(principal, programmeId);
    if (dto.date !== undefined) {
      this.checkDate(dto.date);
      this.programmes.assertInDeliveryWindow(programme.programme, 'date', dto.date);
    }
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
      await this.assertOpenBefore(manager, programmeId, before);
      if (resolved.effectiveLa)
        await this.locks.assertOpen(manager, programmeId, resolved.effectiveLa, date);
      const activity = (dto.activity as TimeEntryActivity | undefined) ?? before.activity;
      const warnings = await this.countedOnce(manager, programmeId, resolved.staffId, {
        activity,
        date,
        familyReference,
      });
      await this.entries.update(manager, id, dto.version, {
        date,
        activity,
        minutes: dto.minutes ?? before.minutes,
        laId: resolved.laId,
        familyId: resolved.familyId,
        note: dto.note === undefined ? before.note : dto.note,
      });
      const after = view(await this.entries.find(manager, programmeId, id));
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
      return { ...after, warnings };
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
      await this.assertOpenBefore(manager, programmeId, before);
      await this.entries.delete(manager, id, version);
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

  /** The month the entry is dated in now must be open too, for its LA. */
  private async assertOpenBefore(
    manager: EntityManager,
    programmeId: string,
    before: TimeEntryRow,
  ): Promise<void> {
    if (before.effectiveLaId && before.effectiveLaCode) {
      await this.locks.assertOpen(
        manager,
        programmeId,
        { id: before.effectiveLaId, code: before.effectiveLaCode },
        before.date,
      );
    }
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
    if (!can(principal, action, 'TimeEntry'))
      throw new ForbiddenException('Your role may not record time.');
    const staff = await this.entries.staff(manager, programmeId, staffCode);
    const target = judgeTarget(principal, programme, action, staffCode, staff, laCode);
    if (isProblem(target)) throw refuse(target);
    let familyId: string | null = null;
    if (familyReference !== null) {
      const family = await this.entries.family(
        manager,
        programmeId,
        familyReference,
        target.effectiveLa?.id ?? null,
      );
      // Time about a family is time about its practitioner: a practitioner books their own families only.
      const judged = judgeFamily(principal, action, familyReference, family);
      if (typeof judged !== 'string') throw refuse(judged);
      familyId = judged;
    }
    return { ...target, familyId };
  }

  /** Refuses time the ledger already counts from a session; returns the warnings where both may stand. */
  private async countedOnce(
    manager: EntityManager,
    programmeId: string,
    staffId: string,
    entry: { activity: TimeEntryActivity; date: string; familyReference: string | null },
  ): Promise<string[]> {
    const sources = await this.entries.ledgerSources(manager, programmeId, [
      { staffId, date: entry.date },
    ]);
    const verdict = judgeCountedOnce(entry, staffId, sources);
    if (verdict.refusal) throw conflict('already_counted', verdict.refusal);
    return verdict.warnings;
  }

  private async writable(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
  ): Promise<TimeEntryRow> {
    if (!/^\d{1,18}$/.test(id)) throw notFound(`There is no time entry ${id}.`);
    const scope = scopeFor(principal, 'TimeEntry', 'update');
    if (!(await this.entries.lockInScope(manager, programmeId, id, scope)))
      throw notFound(`There is no time entry ${id} that you can change in this programme.`);
    return this.entries.find(manager, programmeId, id);
  }

  private checkDate(date: string): void {
    if (!isIsoDate(date))
      throw invalid({ field: 'date', problem: `${date} is not a calendar date` });
    // A date after today is outside the programme's window: 422 from assertInDeliveryWindow.
  }
}
