import { Principal, scopeFor, type Subject } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { invalid } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import {
  ExportFilter,
  ExportKind,
  ExportRow,
  RecordExportsRepository,
} from './record-exports.repository';

/** The permission subject each export is read under, so it shows what that list's screen shows. */
export const EXPORT_SUBJECTS: Record<ExportKind, Subject> = {
  'time-entries': 'TimeEntry',
  'family-sessions': 'FamilySession',
  'supervision-sessions': 'SupervisionSession',
  'training-attendance': 'TrainingEvent',
};

@Injectable()
export class RecordExportsService {
  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly audit: AuditService,
    private readonly records: RecordExportsRepository,
  ) {}

  /**
   * The rows of one export the caller may see (scoped in SQL), after the
   * export is audited; the generator is read while the response streams.
   */
  async open(
    principal: Principal,
    programmeId: string,
    kind: ExportKind,
    filter: ExportFilter,
    context: AuditContext,
  ): Promise<AsyncGenerator<ExportRow>> {
    const programme = await this.programmes.load(principal, programmeId);
    if (filter.laCode !== undefined) this.programmes.laId(programme, filter.laCode);
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to)
      throw invalid({ field: 'from', problem: 'from must not be after to' });
    await this.audit.record({
      action: `${kind}.export`,
      entityType: 'Programme',
      entityId: programmeId,
      after: { format: 'csv', filter: { ...filter } },
      ...context,
    });
    return this.records.stream(
      kind,
      programmeId,
      scopeFor(principal, EXPORT_SUBJECTS[kind]),
      filter,
    );
  }
}
