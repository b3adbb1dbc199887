import {
  allocationWarnings,
  baselineMissing,
  can,
  mayAllocateOutsideTrial,
  checkStatusChange,
  Principal,
  type TrialArm,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid } from '../../platform/http/errors';
import {
  ProgrammeContext,
  ProgrammeContextService,
} from '../../platform/programme-context/programme-context.service';
import { staleVersion } from '../../platform/versioning/versioned-update';
import { CapacityService } from '../capacity/capacity.service';
import { AllocateDto, RecordRandomisationDto } from './dto/family.dto';
import { FamiliesRepository } from './families.repository';
import type { FamilyResult } from '@attune/contract';
import { FamilyLifecycleService } from './family-lifecycle.service';
import { FamilyRow, FamilyView } from './family-view';
import { RandomiserService } from './randomiser.service';

/** Randomising a referred family and allocating it to a practitioner: for those who manage an LA's families. */
@Injectable()
export class FamilyAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly families: FamiliesRepository,
    private readonly lifecycle: FamilyLifecycleService,
    private readonly randomiser: RandomiserService,
    private readonly capacity: CapacityService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Randomises a referred family: by Attune's concealed permuted-block
   * randomiser (`arm` absent) or recording an arm drawn elsewhere. Either way
   * only once: a family already randomised gets 409.
   */
  async randomise(
    principal: Principal,
    programmeId: string,
    reference: string,
    input: { date?: string; recorded?: RecordRandomisationDto },
    context: AuditContext,
  ): Promise<FamilyView> {
    await this.programmes.load(principal, programmeId);
    this.requireManager(principal);
    const date = input.recorded?.randomisationDate ?? input.date ?? this.programmes.today();
    this.lifecycle.checkDate(input.recorded ? 'randomisationDate' : 'date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lifecycle.lock(manager, principal, programmeId, reference);
      if (row.randomisationDate !== null || row.status !== 'referred') {
        throw conflict(
          'already_randomised',
          row.randomisationDate !== null
            ? `${reference} was randomised on ${row.randomisationDate} (${row.trialArm}): a randomisation cannot be redone.`
            : `${reference} is ${row.status}: only a referred family can be randomised.`,
        );
      }
      const missing = baselineMissing(row);
      if (missing) throw conflict('baseline_missing', missing);
      const dateField = input.recorded ? 'randomisationDate' : 'date';
      if (date < row.referralDate) {
        throw invalid({
          field: dateField,
          problem: `${date} is before the referral (${row.referralDate})`,
        });
      }
      if (row.baselineCompletedOn !== null && date < row.baselineCompletedOn) {
        throw invalid({
          field: dateField,
          problem: `${date} is before the baseline questionnaire (${row.baselineCompletedOn}): the baseline comes first`,
        });
      }
      const arm: TrialArm = input.recorded
        ? input.recorded.trialArm
        : await this.randomiser.draw(manager, programmeId, row.laId);
      const check = checkStatusChange('referred', 'randomised', null, { trialArm: arm });
      if (!check.ok) throw conflict('status_change', check.problem);
      await this.families.update(
        manager,
        row.id,
        row.version,
        {
          trialArm: arm,
          randomisationDate: date,
          status: 'randomised',
          statusDate: date,
          statusReason: null,
        },
        `Family ${reference}`,
      );
      await this.lifecycle.recordStatus(
        manager,
        {
          programmeId,
          familyId: row.id,
          status: 'randomised',
          statusDate: date,
          statusReason: null,
        },
        principal,
      );
      const after = await this.lifecycle.view(manager, principal, programmeId, reference);
      await this.audit.record(
        {
          action: input.recorded ? 'family.randomisation_record' : 'family.randomise',
          entityType: 'Family',
          entityId: reference,
          before: { status: row.status, trialArm: row.trialArm, randomisationDate: null },
          after: {
            status: 'randomised',
            trialArm: arm,
            randomisationDate: date,
            method: input.recorded ? 'recorded' : 'attune_randomiser',
          },
          ...context,
        },
        manager,
      );
      return after;
    });
  }

  /** Allocates (or re-allocates) a family to a practitioner of its LA; warns when they are at capacity. */
  async allocate(
    principal: Principal,
    programmeId: string,
    reference: string,
    dto: AllocateDto,
    context: AuditContext,
  ): Promise<FamilyResult> {
    const programme = await this.programmes.load(principal, programmeId);
    this.requireManager(principal);
    const date = dto.date ?? this.programmes.today();
    this.lifecycle.checkDate('date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lifecycle.lock(manager, principal, programmeId, reference);
      if (row.version !== dto.version)
        throw staleVersion(`Family ${reference}`, dto.version, row.version);
      const practitioner = await this.practitioner(
        manager,
        programme,
        dto.practitionerCode,
        row,
        date,
      );
      const reallocation = row.status === 'allocated' || row.status === 'active';
      const outsideTrial = row.status === 'referred';
      const reason = dto.outsideTrialReason?.trim() ?? '';
      if (outsideTrial && !mayAllocateOutsideTrial(principal))
        throw new ForbiddenException(
          `${reference} goes to randomisation first: only an admin allocates a family outside the trial, with a reason.`,
        );
      if (outsideTrial && reason === '')
        throw invalid({
          field: 'outsideTrialReason',
          problem: `is required: why ${reference} is allocated outside the trial, without randomisation`,
        });
      if (!outsideTrial && dto.outsideTrialReason !== undefined)
        throw invalid({
          field: 'outsideTrialReason',
          problem: `is only for a referred family allocated outside the trial (${reference} is ${row.status})`,
        });
      if (reallocation && row.practitionerCode === dto.practitionerCode) {
        throw invalid({
          field: 'practitionerCode',
          problem: `${reference} is already allocated to ${dto.practitionerCode}`,
        });
      }
      if (!reallocation) {
        const check = checkStatusChange(row.status, 'allocated', null, { trialArm: row.trialArm });
        if (!check.ok) throw conflict('status_change', check.problem);
      }
      const load = await this.capacity.practitionerFigures(
        manager,
        programmeId,
        dto.practitionerCode,
        this.programmes.today(),
      );
      const warnings = load
        ? allocationWarnings({ ...load, code: dto.practitionerCode }, programme.programme)
        : [];
      if (practitioner.status !== 'active')
        warnings.push(`${dto.practitionerCode} is ${practitioner.status}.`);
      await this.families.update(
        manager,
        row.id,
        dto.version,
        reallocation
          ? { practitionerId: practitioner.id }
          : {
              practitionerId: practitioner.id,
              status: 'allocated',
              statusDate: date,
              statusReason: null,
              ...(outsideTrial ? { outsideTrialReason: reason } : {}),
            },
        `Family ${reference}`,
      );
      if (!reallocation)
        await this.lifecycle.recordStatus(
          manager,
          {
            programmeId,
            familyId: row.id,
            status: 'allocated',
            statusDate: date,
            statusReason: null,
          },
          principal,
        );
      const family = await this.lifecycle.view(manager, principal, programmeId, reference);
      await this.audit.record(
        {
          action: reallocation ? 'family.reallocate' : 'family.allocate',
          entityType: 'Family',
          entityId: reference,
          before: { status: row.status, practitionerCode: row.practitionerCode },
          after: {
            status: family.status,
            practitionerCode: family.practitionerCode,
            ...(outsideTrial ? { trialArm: 'not_randomised', outsideTrialReason: reason } : {}),
            date,
            warnings,
          },
          ...context,
        },
        manager,
      );
      return { family, warnings };
    });
  }

  /** Referring, randomising and allocating are for those who manage an LA's families (LA managers, admins). */
  private requireManager(principal: Principal): void {
    if (!can(principal, 'create', 'Family')) {
      throw new ForbiddenException(
        'Only an LA manager or an admin randomises and allocates families.',
      );
    }
  }

  /** The practitioner named, if the family can be allocated to them on that date. */
  private async practitioner(
    manager: EntityManager,
    context: ProgrammeContext,
    code: string,
    family: FamilyRow,
    date: string,
  ) {
    const found = await this.families.practitioner(manager, context.programme.id, code);
    if (!found)
      throw invalid({
        field: 'practitionerCode',
        problem: `${code} is not a practitioner of this programme`,
      });
    if (found.laId !== family.laId) {
      const la = found.laId ? context.laCodeById.get(found.laId) : 'no local authority';
      throw invalid({
        field: 'practitionerCode',
        problem: `${code} works in ${la}; ${family.reference} is in ${family.laCode}`,
      });
    }
    // An allocation dated before the withdrawal records what happened then; a later one cannot be.
    if (found.status === 'withdrawn' && (found.statusDate === null || date >= found.statusDate)) {
      throw invalid({
        field: 'practitionerCode',
        problem: found.statusDate
          ? `${code} withdrew from the programme on ${found.statusDate}: an allocation to them must be dated before that`
          : `${code} has withdrawn from the programme`,
      });
    }
    return found;
  }
}
