import {
  can,
  checkEligibility,
  checkStatusChange,
  FAMILY_TRANSITIONS,
  familyReference,
  FamilyStatus,
  PLANS,
  Principal,
  scopeFor,
} from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { staleVersion } from '../../platform/versioning/versioned-update';
import { ReferFamilyDto, StatusChangeDto, UpdateFamilyDto } from './dto/family.dto';
import { FamiliesReadService } from './families-read.service';
import { FamiliesRepository, type NewFamily } from './families.repository';
import { FamilyLifecycleService } from './family-lifecycle.service';
import { TRIAL_FIELDS, trialFieldChanges } from './family-trial-fields';
import { FamilyRow, FamilyView, toFamilyView } from './family-view';
import type { FamilyResult } from '@attune/contract';

const COURT_WARNING =
  'Court proceedings are under way: VIG is rarely appropriate then, and such referrals rarely proceed (seed 003).';

/** Referral, status changes and the family's own fields (randomising and allocating: FamilyAssignmentService). */
@Injectable()
export class FamiliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly families: FamiliesRepository,
    private readonly reader: FamiliesReadService,
    private readonly lifecycle: FamilyLifecycleService,
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
    if (!can(principal, 'refer', 'Family'))
      throw new ForbiddenException('Your role may not refer families.');
    const laCode = dto.laCode ?? scopeFor(principal, 'Family', 'refer')?.laCode;
    if (!laCode)
      throw invalid({
        field: 'laCode',
        problem: 'is required: the local authority the family is referred to',
      });
    if (!can(principal, 'refer', 'Family', { laCode })) {
      throw new ForbiddenException(
        `You may refer families to your own local authority (${principal.laCode}) only.`,
      );
    }
    const laId = this.programmes.laId(programme, laCode);
    this.lifecycle.checkDate('referralDate', dto.referralDate);
    const eligibility = checkEligibility(dto);
    if (!eligibility.eligible) {
      const field = (PLANS as readonly string[]).includes(dto.planAtReferral)
        ? 'childBirthMonth'
        : 'planAtReferral';
      throw invalid({ field, problem: `the family is not eligible: ${eligibility.reason}` });
    }
    return this.dataSource.transaction(async (manager) => {
      const reference = await this.freshReference(manager, programmeId, laCode);
      // The referrer's facts as given (a new optional fact needs nothing here), then the programme's part.
      const { laCode: _laCode, ...facts } = dto;
      const id = await this.families.insert(manager, {
        ...facts,
        // A kind of support only where support is needed.
        supportKind: (dto.supportNeeded
          ? (dto.supportKind ?? null)
          : null) as NewFamily['supportKind'],
        programmeId,
        reference,
        laId,
        planAtReferral: dto.planAtReferral as FamilyRow['planAtReferral'],
        trialArm: 'not_randomised',
        randomisationDate: null,
        practitionerId: null,
        status: 'referred',
        statusDate: dto.referralDate,
        statusReason: null,
        outcome6m: null,
      });
      await this.lifecycle.recordStatus(
        manager,
        {
          programmeId,
          familyId: id,
          status: 'referred',
          statusDate: dto.referralDate,
          statusReason: null,
        },
        principal,
      );
      const family = toFamilyView(
        await this.reader.findRow(
          manager,
          principal,
          programmeId,
          reference,
          this.programmes.today(),
          'refer',
        ),
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
    this.lifecycle.checkDate('date', date);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lifecycle.lock(manager, principal, programmeId, reference, 'update');
      if (row.version !== dto.version)
        throw staleVersion(`Family ${reference}`, dto.version, row.version);
      const check = checkStatusChange(row.status, to, dto.reason, { trialArm: row.trialArm });
      if (!check.ok) {
        throw FAMILY_TRANSITIONS[row.status].includes(to)
          ? invalid({ field: 'reason', problem: check.problem })
          : conflict('status_change', check.problem);
      }
      const reason = dto.reason ? dto.reason : null;
      await this.families.update(
        manager,
        row.id,
        dto.version,
        { status: to, statusDate: date, statusReason: reason as NewFamily['statusReason'] },
        `Family ${reference}`,
      );
      await this.lifecycle.recordStatus(
        manager,
        { programmeId, familyId: row.id, status: to, statusDate: date, statusReason: reason },
        principal,
      );
      const after = await this.lifecycle.view(manager, principal, programmeId, reference);
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

  /** Consent, court proceedings, the six-month outcome and the evaluation's collection points. */
  async update(
    principal: Principal,
    programmeId: string,
    reference: string,
    dto: UpdateFamilyDto,
    context: AuditContext,
  ): Promise<FamilyView> {
    await this.programmes.load(principal, programmeId);
    const { version } = dto;
    // Every field given is stored as it is, but those the trial's rules check first.
    const plain = Object.fromEntries(
      Object.entries(dto).filter(
        ([k, v]) => k !== 'version' && !TRIAL_FIELDS.has(k) && v !== undefined,
      ),
    );
    const given = Object.entries(dto).filter(([k, v]) => k !== 'version' && v !== undefined);
    if (given.length === 0) {
      throw invalid({
        field: 'body',
        problem: 'nothing to change: give at least one field besides version',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lifecycle.lock(manager, principal, programmeId, reference, 'update');
      const changes = {
        ...plain,
        ...trialFieldChanges(row, dto, this.programmes.today(), (field, date) =>
          this.lifecycle.checkDate(field, date),
        ),
      };
      await this.families.update(manager, row.id, version, changes, `Family ${reference}`);
      const after = await this.lifecycle.view(manager, principal, programmeId, reference);
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

  private async freshReference(
    manager: EntityManager,
    programmeId: string,
    laCode: string,
  ): Promise<string> {
    // 31^6 references per LA: a clash is rare, and ten in a row means something else is wrong.
    for (let attempt = 0; attempt < 10; attempt++) {
      const reference = familyReference(laCode, randomInt);
      if (!(await this.families.referenceTaken(manager, programmeId, reference))) return reference;
    }
    throw new Error('could not draw an unused family reference in ten attempts');
  }
}
