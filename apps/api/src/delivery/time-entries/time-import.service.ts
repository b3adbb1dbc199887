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
import {
  type EntryTarget,
  isProblem,
  judgeCountedOnce,
  judgeFamily,
  judgeTarget,
} from './entry-checks';
import { TimeEntriesRepository } from './time-entries.repository';
import { EntryColumns, TimeImportRepository } from './time-import.repository';
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
      rows.length = 0; // what is left to write is in judged.entries: the parsed rows may go
      const result: TimeImportResult = {
        dryRun,
        importId: null,
        format: upload.format,
        contentHash: upload.contentHash,
        ...judged.figures,
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
    const targets = new Map<string, ReturnType<typeof judgeTarget>>();
    const familyVerdicts = new Map<string, ReturnType<typeof judgeFamily>>();
    // Per row, by index: what it resolved to (shared objects), or undefined when it is refused.
    const targetOf: Array<EntryTarget | undefined> = new Array<EntryTarget | undefined>(
      rows.length,
    );
    const familyOf: Array<string | null> = new Array<string | null>(rows.length).fill(null);
    const periods = new Map<string, { la: { id: string; code: string }; month: string }>();
    const staffIds = new Set<string>();
    let from = '\uffff';
    let to = '';
    rows.forEach((row, i) => {
      const r = row.record;
      const person = staff.get(r.staffCode);
      // Judged once per staff member and LA (each judgement builds the caller's abilities).
      const targetKey = `${r.staffCode}\u0000${r.laCode ?? ''}`;
      let target = targets.get(targetKey);
      if (!target) {
        target = judgeTarget(principal, programme, 'create', r.staffCode, person, r.laCode);
        targets.set(targetKey, target);
      }
      if (isProblem(target)) {
        problems.add(row.line, label(FIELD_COLUMN[target.field] ?? 'staff_code'), target.problem);
        return;
      }
      if (r.familyReference !== null) {
        const family = families.get(r.familyReference);
        const inLa =
          family && (target.effectiveLa === null || family.laId === target.effectiveLa.id)
            ? family
            : undefined;
        const familyKey = `${r.familyReference}\u0000${target.effectiveLa?.id ?? ''}`;
        let judged = familyVerdicts.get(familyKey);
        if (judged === undefined) {
          judged = judgeFamily(principal, 'create', r.familyReference, inLa);
          familyVerdicts.set(familyKey, judged);
        }
        if (typeof judged !== 'string') {
          problems.add(row.line, label('family_reference'), judged.problem);
          return;
        }
        familyOf[i] = judged;
      }
      if (!staffIndex.has(r.staffCode))
        staffIndex.set(r.staffCode, {
          code: r.staffCode,
          displayName: '',
          costRole: person!.costRole,
          laCode: person!.laId === null ? null : programme.laCodeById.get(person!.laId)!,
        });
      targetOf[i] = target;
      staffIds.add(target.staffId);
      if (r.date < from) from = r.date;
      if (r.date > to) to = r.date;
      const month = r.date.slice(0, 7);
      if (target.effectiveLa)
        periods.set(`${target.effectiveLa.id}|${month}`, { la: target.effectiveLa, month });
    });
    const locked = await this.locks.lockedAmong(manager, programmeId, [...periods.values()]);
    const sources =
      staffIds.size === 0
        ? new Map<string, LedgerSourcesOfDay>()
        : await this.entries.ledgerSources(manager, programmeId, [...staffIds], from, to);
    const tally = new LedgerTally(await this.costs.costContextIn(manager, programmeId));
    const warnings: string[] = [];
    let warningCount = 0;
    const entries = new EntryColumns();
    rows.forEach((row, i) => {
      const target = targetOf[i];
      if (!target) return;
      const r = row.record;
      const la = target.effectiveLa;
      const lock = la ? locked.get(`${la.id}|${r.date.slice(0, 7)}`) : undefined;
      if (lock) {
        problems.add(
          row.line,
          label('date'),
          `${lock.month} is signed off for ${lock.laCode}: ${lock.reason} An admin can reopen it.`,
        );
        return;
      }
      const verdict = judgeCountedOnce(r, target.staffId, sources);
      if (verdict.refusal) {
        problems.add(row.line, label('activity'), verdict.refusal);
        return;
      }
      for (const warning of verdict.warnings) {
        if (warnings.length < WARNING_CAP) warnings.push(`line ${row.line}: ${warning}`);
        warningCount++;
      }
      for (const line of ledgerLinesOfTimeEntry(r, staffIndex)) tally.add(line);
      entries.push(target.staffId, r.date, r.activity, r.minutes, target.laId, familyOf[i]!);
    });
    const { rows: count, minutes, cost, cells, gaps } = tally.result();
    return {
      entries,
      figures: { rows: count, minutes, cost, byLaAndActivity: cells, gaps },
      warnings,
      warningCount,
    };
  }
}
