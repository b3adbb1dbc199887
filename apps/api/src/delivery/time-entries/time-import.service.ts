import {
  deliveryWindow,
  LedgerTally,
  ledgerLinesOfTimeEntry,
  type LedgerSourcesOfDay,
  type Principal,
  type StaffIndex,
} from '@attune/domain';
import type { TimeImportResult } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CostSummaryService } from '../../costing/cost-summary/cost-summary.service';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict } from '../../platform/http/errors';
import {
  ProgrammeContext,
  ProgrammeContextService,
} from '../../platform/programme-context/programme-context.service';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { isProblem, judgeCountedOnce, judgeFamily, judgeTarget } from './entry-checks';
import { TimeEntriesRepository } from './time-entries.repository';
import { ImportedEntry, TimeImportRepository } from './time-import.repository';
import { columnLabel } from './time-import-reader';
import {
  type GoodRow,
  type ImportUpload,
  Problems,
  readImportFile,
  refusal,
} from './time-import-file';

export type { ImportUpload } from './time-import-file';

const WARNING_CAP = 100;

const FIELD_COLUMN: Record<string, string> = {
  staffCode: 'staff_code',
  laCode: 'la_code',
  familyReference: 'family_reference',
};

@Injectable()
export class TimeImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeContextService,
    private readonly locks: PeriodLocksService,
    private readonly audit: AuditService,
    private readonly costs: CostSummaryService,
    private readonly entries: TimeEntriesRepository,
    private readonly imports: TimeImportRepository,
  ) {}

  /**
   * Every row judged as one time entry would be (whose time, the window, locks,
   * counted-once, the family), all or nothing: any bad row refuses the file
   * with each problem located, and nothing is written. A dry run answers the
   * same figures and writes nothing.
   */
  async import(
    principal: Principal,
    programmeId: string,
    upload: ImportUpload,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<TimeImportResult> {
    const programme = await this.programmes.load(principal, programmeId);
    await this.refuseDuplicate(this.dataSource.manager, programmeId, upload.contentHash);
    const problems = new Problems();
    const window = deliveryWindow(programme.programme, this.programmes.today());
    const { rows, header } = await readImportFile(
      upload,
      window,
      { cyclesPerFamily: programme.programme.cyclesPerFamily },
      problems,
    );
    const label = (column: string) =>
      columnLabel(upload.format, Math.max(0, header.indexOf(column)), header);
    return this.dataSource.transaction(async (manager) => {
      const judged = await this.judge(manager, principal, programme, rows, problems, label);
      if (problems.total > 0) throw refusal(problems);
      const result: TimeImportResult = {
        dryRun,
        importId: null,
        format: upload.format,
        contentHash: upload.contentHash,
        ...(await this.tally(manager, programmeId, rows, judged.staffIndex)),
        warnings: judged.warnings,
        warningCount: judged.warningCount,
      };
      if (dryRun) return result;
      const importId = await this.imports.record(manager, {
        programmeId,
        contentHash: upload.contentHash,
        format: upload.format,
        fileName: upload.fileName.slice(0, 255),
        rows: result.rows,
        minutes: result.minutes,
        importedBy: principal.id,
      });
      if (!importId) await this.refuseDuplicate(manager, programmeId, upload.contentHash, true);
      await this.imports.insertEntries(manager, programmeId, judged.entries);
      await this.audit.record(
        {
          action: 'timeEntry.import',
          entityType: 'TimeEntryImport',
          entityId: importId!,
          after: {
            rows: result.rows,
            minutes: result.minutes,
            cost: result.cost,
            contentHash: upload.contentHash,
            format: upload.format,
          },
          ...context,
        },
        manager,
      );
      return { ...result, importId: importId! };
    });
  }

  private async refuseDuplicate(
    manager: EntityManager,
    programmeId: string,
    contentHash: string,
    raced = false,
  ): Promise<void> {
    const previous = await this.imports.previous(manager, programmeId, contentHash);
    if (previous || raced) {
      throw conflict(
        'duplicate_import',
        previous
          ? `This file was imported before (import ${previous.importId}, ${previous.rows} rows, on ${previous.importedAt.slice(0, 10)}${previous.importedBy ? ` by ${previous.importedBy}` : ''}): loading it again would count its time twice. Nothing was written.`
          : 'This file is being imported already. Nothing was written.',
        { previous: previous ?? null },
      );
    }
  }

  /** Whose time, families, locks and counted-once, for every row at once (a few queries for the file). */
  private async judge(
    manager: EntityManager,
    principal: Principal,
    programme: ProgrammeContext,
    rows: GoodRow[],
    problems: Problems,
    label: (column: string) => string,
  ) {
    const programmeId = programme.programme.id;
    const staff = await this.imports.staff(manager, programmeId, [
      ...new Set(rows.map((r) => r.record.staffCode)),
    ]);
    const references = [
      ...new Set(rows.flatMap((r) => (r.record.familyReference ? [r.record.familyReference] : []))),
    ];
    const families = await this.imports.families(manager, programmeId, references);
    const staffIndex: StaffIndex = new Map();
    const resolved: Array<{
      row: GoodRow;
      entry: ImportedEntry;
      la: { id: string; code: string } | null;
    }> = [];
    for (const row of rows) {
      const r = row.record;
      const person = staff.get(r.staffCode);
      const target = judgeTarget(principal, programme, 'create', r.staffCode, person, r.laCode);
      if (isProblem(target)) {
        problems.add(row.line, label(FIELD_COLUMN[target.field] ?? 'staff_code'), target.problem);
        continue;
      }
      let familyId: string | null = null;
      if (r.familyReference !== null) {
        const family = families.get(r.familyReference);
        const inLa =
          family && (target.effectiveLa === null || family.laId === target.effectiveLa.id)
            ? family
            : undefined;
        const judged = judgeFamily(principal, 'create', r.familyReference, inLa);
        if (typeof judged !== 'string') {
          problems.add(row.line, label('family_reference'), judged.problem);
          continue;
        }
        familyId = judged;
      }
      staffIndex.set(r.staffCode, {
        code: r.staffCode,
        displayName: '',
        costRole: person!.costRole,
        laCode: person!.laId === null ? null : programme.laCodeById.get(person!.laId)!,
      });
      resolved.push({
        row,
        la: target.effectiveLa,
        entry: {
          staffId: target.staffId,
          date: r.date,
          activity: r.activity,
          minutes: r.minutes,
          laId: target.laId,
          familyId,
        },
      });
    }
    const locked = await this.locks.lockedAmong(
      manager,
      programmeId,
      resolved.flatMap(({ la, entry }) => (la ? [{ la, month: entry.date.slice(0, 7) }] : [])),
    );
    const dates = resolved.map((r) => r.entry.date).sort();
    const sources =
      resolved.length === 0
        ? new Map<string, LedgerSourcesOfDay>()
        : await this.entries.ledgerSources(
            manager,
            programmeId,
            [...new Set(resolved.map((r) => r.entry.staffId))],
            dates[0]!,
            dates[dates.length - 1]!,
          );
    const warnings: string[] = [];
    let warningCount = 0;
    const entries: ImportedEntry[] = [];
    for (const { row, entry, la } of resolved) {
      const lock = la ? locked.get(`${la.id}|${entry.date.slice(0, 7)}`) : undefined;
      if (lock) {
        problems.add(
          row.line,
          label('date'),
          `${lock.month} is signed off for ${lock.laCode}: ${lock.reason} An admin can reopen it.`,
        );
        continue;
      }
      const verdict = judgeCountedOnce(row.record, entry.staffId, sources);
      if (verdict.refusal) {
        problems.add(row.line, label('activity'), verdict.refusal);
        continue;
      }
      for (const warning of verdict.warnings) {
        if (warnings.length < WARNING_CAP) warnings.push(`line ${row.line}: ${warning}`);
        warningCount++;
      }
      entries.push(entry);
    }
    return { entries, staffIndex, warnings, warningCount };
  }

  /** Rows, minutes and cost by LA and activity, priced by the domain's cost engine at the programme's price year. */
  private async tally(
    manager: EntityManager,
    programmeId: string,
    rows: GoodRow[],
    staffIndex: StaffIndex,
  ) {
    const tally = new LedgerTally(await this.costs.costContextIn(manager, programmeId));
    for (const { record } of rows)
      for (const line of ledgerLinesOfTimeEntry(record, staffIndex)) tally.add(line);
    const { rows: count, minutes, cost, cells, gaps } = tally.result();
    return { rows: count, minutes, cost, byLaAndActivity: cells, gaps };
  }
}
