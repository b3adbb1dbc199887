import { can, type FamilyStatus, type Principal } from '@attune/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { isIsoDate } from '../../platform/dates/dates';
import { invalid } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { FamiliesReadService } from './families-read.service';
import { FamiliesRepository, SessionFamily } from './families.repository';
import { FamilyRow, FamilyView, toFamilyView } from './family-view';

/**
 * What every change to a family goes through: the row locked if the caller may
 * change it, its status history, and the family as it is after the change.
 * Exported for family sessions, whose first held session starts the work.
 */
@Injectable()
export class FamilyLifecycleService {
  constructor(
    private readonly families: FamiliesRepository,
    private readonly reader: FamiliesReadService,
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
  ) {}

  /** The family row, locked for this transaction, if the caller may change it (else 404 or 403). */
  async lock(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    reference: string,
    action: 'update' | 'create' = 'create',
  ): Promise<FamilyRow> {
    const row = await this.reader.findRow(manager, principal, programmeId, reference);
    const allowed = can(principal, action, 'Family', {
      laCode: row.laCode,
      staffCode: row.practitionerCode,
    });
    if (!allowed) throw new ForbiddenException(`You may not change ${reference}.`);
    await this.families.lock(manager, row.id);
    // Read again under the lock: what another transaction committed meanwhile counts.
    return this.reader.findRow(manager, principal, programmeId, reference);
  }

  /** The family as the caller now sees it, within the transaction. */
  async view(
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

  async recordStatus(
    manager: EntityManager,
    change: {
      programmeId: string;
      familyId: string;
      status: FamilyStatus;
      statusDate: string;
      statusReason: string | null;
    },
    principal: Principal,
  ): Promise<void> {
    await this.families.insertStatusChange(manager, { ...change, changedBy: principal.id });
  }

  /** A date a change is dated: a calendar date, not in the future. */
  checkDate(field: string, date: string): void {
    if (!isIsoDate(date)) throw invalid({ field, problem: `${date} is not a calendar date` });
    if (date > this.programmes.today())
      throw invalid({ field, problem: `${date} is in the future` });
  }

  /** The family a session is logged with, locked (whoever the caller is: they check). */
  lockForSession(
    manager: EntityManager,
    programmeId: string,
    reference: string,
  ): Promise<SessionFamily | undefined> {
    return this.families.lockForSession(manager, programmeId, reference);
  }

  /** An allocated family becomes active with its first held session (audited, with the cause). */
  async startWork(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    family: { id: string; reference: string; version: number },
    date: string,
    cause: string,
    context: AuditContext,
  ): Promise<void> {
    await this.families.update(
      manager,
      family.id,
      family.version,
      { status: 'active', statusDate: date, statusReason: null },
      `Family ${family.reference}`,
    );
    await this.recordStatus(
      manager,
      { programmeId, familyId: family.id, status: 'active', statusDate: date, statusReason: null },
      principal,
    );
    await this.audit.record(
      {
        action: 'family.status',
        entityType: 'Family',
        entityId: family.reference,
        before: { status: 'allocated' },
        after: { status: 'active', statusDate: date, cause },
        ...context,
      },
      manager,
    );
  }
}
