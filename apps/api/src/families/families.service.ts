import {
  allocationWarnings,
  checkEligibility,
  checkStatusChange,
  FAMILY_TRANSITIONS,
  familyReference,
  FamilyStatus,
  PLANS,
  Principal,
  scopeFor,
  type TrialArm,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { capacityAggregates } from '../capacity/capacity.query';
import { isIsoDate } from '../common/dates';
import { conflict, invalid } from '../delivery/http-errors';
import { ProgrammeAccessService, ProgrammeContext } from '../delivery/programme-access.service';
import { staleVersion, updateVersioned } from '../common/versioned-update';
import {
  AllocateDto,
  RecordRandomisationDto,
  ReferFamilyDto,
  StatusChangeDto,
  UpdateFamilyDto,
} from './dto/family.dto';
import { FamiliesReadService } from './families-read.service';
import { FamilyEntity } from './entities/family.entity';
import { FamilyStatusChangeEntity } from './entities/family-status-change.entity';
import { addMonths } from './family-dates';
import { FamilyRow, FamilyView, toFamilyView } from './family-view';
import { RandomiserService } from './randomiser.service';
import type { FamilyResult } from '@attune/contract';

export type { FamilyResult };

const COURT_WARNING =
  'Court proceedings are under way: VIG is rarely appropriate then, and such referrals rarely proceed (seed 003).';

@Injectable()
export class FamiliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeAccessService,
    private readonly reader: FamiliesReadService,
    private readonly randomiser: RandomiserService,
    private readonly audit: AuditService,
  ) {}

  /** A referral: eligibility checked, a random pseudonymous reference drawn, status `referred`. */
  async refer(
    principal: Principal,
    programmeId: string,
    dto: ReferFamilyDto,
    context: AuditContext,
  ): Promise<FamilyResult> {
    const programme = await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'Family', 'create');
    if (!scope) throw new ForbiddenException('Your role may not refer families.');
    const laCode = dto.laCode ?? scope.laCode;
    if (!laCode)
      throw invalid({
        field: 'laCode',
        problem: 'is required: the local authority the family is referred to',
      });
    if (!scope.all && scope.laCode !== laCode) {
      throw new ForbiddenException(
        `You may refer families to your own local authority (${scope.laCode}) only.`,
      );
    }
    const laId = this.programmes.laId(programme, laCode);
    this.checkDate('referralDate', dto.referralDate);
    const eligibility = checkEligibility(dto);
    if (!eligibility.eligible) {
      const field = (PLANS as readonly string[]).includes(dto.planAtReferral)
        ? 'childBirthMonth'
        : 'planAtReferral';
      throw invalid({ field, problem: `the family is not eligible: ${eligibility.reason}` });
    }
    return this.dataSource.transaction(async (manager) => {
      const reference = await this.freshReference(manager, programmeId, laCode);
      const inserted = await manager.insert(FamilyEntity, {
        programmeId,
        reference,
        laId,
        referralDate: dto.referralDate,
        childBirthMonth: dto.childBirthMonth,
        planAtReferral: dto.planAtReferral as FamilyEntity['planAtReferral'],
        courtProceedings: dto.courtProceedings,
        trialArm: 'not_randomised',
        randomisationDate: null,
        practitionerId: null,
        consentFilming: dto.consentFilming ?? null,
        consentClipsUse: dto.consentClipsUse ?? null,
        status: 'referred',
        statusDate: dto.referralDate,
        statusReason: null,
        outcome6m: null,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.history(manager, programmeId, id, 'referred', dto.referralDate, null, principal);
      const family = toFamilyView(
        await this.reader.findRow(manager, principal, programmeId, reference),
        this.programmes.today(),
      );
      await this.audit.record(
        {
          action: 'family.create',
          entityType: 'Family',
          entityId: reference,
          after: family,
          ...context,
        },
        manager,
      );
      return { family, warnings: dto.courtProceedings ? [COURT_WARNING] : [] };
    });
  }

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
    this.checkDate(input.recorded ? 'randomisationDate' : 'date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, principal, programmeId, reference);
      if (row.randomisationDate !== null || row.status !== 'referred') {
        throw conflict(
          'already_randomised',
          row.randomisationDate !== null
            ? `${reference} was randomised on ${row.randomisationDate} (${row.trialArm}): a randomisation cannot be redone.`
            : `${reference} is ${row.status}: only a referred family can be randomised.`,
        );
      }
      if (date < row.referralDate) {
        throw invalid({
          field: 'date',
          problem: `${date} is before the referral (${row.referralDate})`,
        });
      }
      const arm: TrialArm = input.recorded
        ? input.recorded.trialArm
        : await this.randomiser.draw(manager, programmeId, row.laId);
      const check = checkStatusChange('referred', 'randomised', null, { trialArm: arm });
      if (!check.ok) throw conflict('status_change', check.problem);
      await updateVersioned(
        manager,
        FamilyEntity,
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
      await this.history(manager, programmeId, row.id, 'randomised', date, null, principal);
      const after = await this.view(manager, principal, programmeId, reference);
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
    this.checkDate('date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, principal, programmeId, reference);
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
      const [load] = await capacityAggregates(manager, {
        programmeId,
        asOf: this.programmes.today(),
        scope: { all: true },
        codes: [dto.practitionerCode],
      });
      const warnings = load
        ? allocationWarnings({ ...load, code: dto.practitionerCode }, programme.programme)
        : [];
      if (practitioner.status !== 'active')
        warnings.push(`${dto.practitionerCode} is ${practitioner.status}.`);
      await updateVersioned(
        manager,
        FamilyEntity,
        row.id,
        dto.version,
        reallocation
          ? { practitionerId: practitioner.id }
          : {
              practitionerId: practitioner.id,
              status: 'allocated',
              statusDate: date,
              statusReason: null,
            },
        `Family ${reference}`,
      );
      if (!reallocation)
        await this.history(manager, programmeId, row.id, 'allocated', date, null, principal);
      const family = await this.view(manager, principal, programmeId, reference);
      await this.audit.record(
        {
          action: reallocation ? 'family.reallocate' : 'family.allocate',
          entityType: 'Family',
          entityId: reference,
          before: { status: row.status, practitionerCode: row.practitionerCode },
          after: {
            status: family.status,
            practitionerCode: family.practitionerCode,
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

  /** Any other status change (active, completed, withdrawn, not_proceeded), with its reason where one is needed. */
  async changeStatus(
    principal: Principal,
    programmeId: string,
    reference: string,
    dto: StatusChangeDto,
    context: AuditContext,
  ): Promise<FamilyView> {
    await this.programmes.load(principal, programmeId);
    const to = dto.status as FamilyStatus;
    if (to === 'randomised' || to === 'allocated' || to === 'referred') {
      const route =
        to === 'randomised'
          ? 'POST .../randomise (or .../randomisation to record one)'
          : to === 'allocated'
            ? 'POST .../allocation'
            : 'a new referral';
      throw invalid({ field: 'status', problem: `${to} is set by ${route}` });
    }
    const date = dto.date ?? this.programmes.today();
    this.checkDate('date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, principal, programmeId, reference, 'update');
      if (row.version !== dto.version)
        throw staleVersion(`Family ${reference}`, dto.version, row.version);
      const check = checkStatusChange(row.status, to, dto.reason, { trialArm: row.trialArm });
      if (!check.ok) {
        throw FAMILY_TRANSITIONS[row.status].includes(to)
          ? invalid({ field: 'reason', problem: check.problem })
          : conflict('status_change', check.problem);
      }
      const reason = dto.reason ? dto.reason : null;
      await updateVersioned(
        manager,
        FamilyEntity,
        row.id,
        dto.version,
        {
          status: to,
          statusDate: date,
          statusReason: reason,
        },
        `Family ${reference}`,
      );
      await this.history(manager, programmeId, row.id, to, date, reason, principal);
      const after = await this.view(manager, principal, programmeId, reference);
      await this.audit.record(
        {
          action: 'family.status',
          entityType: 'Family',
          entityId: reference,
          before: {
            status: row.status,
            statusDate: row.statusDate,
            statusReason: row.statusReason,
          },
          after: { status: to, statusDate: date, statusReason: reason },
          ...context,
        },
        manager,
      );
      return after;
    });
  }

  /** Consent, court proceedings and the six-month outcome. */
  async update(
    principal: Principal,
    programmeId: string,
    reference: string,
    dto: UpdateFamilyDto,
    context: AuditContext,
  ): Promise<FamilyView> {
    await this.programmes.load(principal, programmeId);
    const { version, ...given } = dto;
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) {
      throw invalid({
        field: 'body',
        problem:
          'nothing to change: give consentFilming, consentClipsUse, courtProceedings or outcome6m',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, principal, programmeId, reference, 'update');
      if (dto.outcome6m !== undefined && dto.outcome6m !== null) {
        if (row.randomisationDate === null) {
          throw invalid({
            field: 'outcome6m',
            problem: `${reference} was never randomised, so it has no six-month outcome`,
          });
        }
        const due = addMonths(row.randomisationDate, 6);
        if (this.programmes.today() < due) {
          throw invalid({
            field: 'outcome6m',
            problem: `the six-month outcome can be recorded from ${due} (six months after randomisation on ${row.randomisationDate})`,
          });
        }
      }
      await updateVersioned(manager, FamilyEntity, row.id, version, changes, `Family ${reference}`);
      const after = await this.view(manager, principal, programmeId, reference);
      const before = Object.fromEntries(
        Object.keys(changes).map((k) => [k, row[k as keyof FamilyRow]]),
      );
      await this.audit.record(
        {
          action: 'family.update',
          entityType: 'Family',
          entityId: reference,
          before,
          after: changes,
          ...context,
        },
        manager,
      );
      return after;
    });
  }

  /** Referring, randomising and allocating are for those who manage an LA's families (LA managers, admins). */
  private requireManager(principal: Principal): void {
    if (!scopeFor(principal, 'Family', 'create')) {
      throw new ForbiddenException(
        'Only an LA manager or an admin randomises and allocates families.',
      );
    }
  }

  /** The family row, locked for this transaction, if the caller may change it (else 404). */
  private async lock(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    reference: string,
    action: 'update' | 'create' = 'create',
  ): Promise<FamilyRow> {
    const row = await this.reader.findRow(manager, principal, programmeId, reference);
    const scope = scopeFor(principal, 'Family', action);
    const allowed =
      scope !== null &&
      (scope.all ||
        ((scope.laCode === undefined || scope.laCode === row.laCode) &&
          (scope.staffCode === undefined || scope.staffCode === row.practitionerCode) &&
          scope.supervisorCode === undefined));
    if (!allowed) throw new ForbiddenException(`You may not change ${reference}.`);
    await manager.query('SELECT 1 FROM families WHERE id = $1 FOR UPDATE', [row.id]);
    // Read again under the lock: what another transaction committed meanwhile counts.
    return this.reader.findRow(manager, principal, programmeId, reference);
  }

  private async view(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    reference: string,
  ): Promise<FamilyView> {
    return toFamilyView(
      await this.reader.findRow(manager, principal, programmeId, reference),
      this.programmes.today(),
    );
  }

  private async practitioner(
    manager: EntityManager,
    context: ProgrammeContext,
    code: string,
    family: FamilyRow,
    date: string,
  ) {
    const [found] = await manager.query<
      Array<{ id: string; laId: string | null; status: string; statusDate: string | null }>
    >(
      `SELECT s.id, s.la_id AS "laId", pr.status, pr.status_date::text AS "statusDate"
       FROM staff s JOIN practitioners pr ON pr.staff_id = s.id
       WHERE s.programme_id = $1 AND s.code = $2`,
      [context.programme.id, code],
    );
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

  private async freshReference(
    manager: EntityManager,
    programmeId: string,
    laCode: string,
  ): Promise<string> {
    // 31^6 references per LA: a clash is rare, and ten in a row means something else is wrong.
    for (let attempt = 0; attempt < 10; attempt++) {
      const reference = familyReference(laCode, randomInt);
      const taken = await manager.query<unknown[]>(
        'SELECT 1 FROM families WHERE programme_id = $1 AND reference = $2',
        [programmeId, reference],
      );
      if (taken.length === 0) return reference;
    }
    throw new Error('could not draw an unused family reference in ten attempts');
  }

  private async history(
    manager: EntityManager,
    programmeId: string,
    familyId: string,
    status: FamilyStatus,
    statusDate: string,
    statusReason: string | null,
    principal: Principal,
  ): Promise<void> {
    await manager.insert(FamilyStatusChangeEntity, {
      programmeId,
      familyId,
      status,
      statusDate,
      statusReason,
      changedBy: principal.id,
    });
  }

  private checkDate(field: string, date: string): void {
    if (!isIsoDate(date)) throw invalid({ field, problem: `${date} is not a calendar date` });
    if (date > this.programmes.today())
      throw invalid({ field, problem: `${date} is in the future` });
  }
}
