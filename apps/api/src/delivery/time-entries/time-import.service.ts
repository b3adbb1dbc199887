import { deliveryWindow, type Principal } from '@attune/domain';
import type { ConflictCode, TimeImportResult } from '@attune/contract';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CostSummaryService } from '../../costing/cost-summary/cost-summary.service';
import { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { PeriodLocksService } from '../period-locks/period-locks.service';
import { TimeEntriesRepository } from './time-entries.repository';
import { EntryColumns, TimeImportRepository } from './time-import.repository';
import {
  type GoodRow,
  ImportFileReader,
  type ImportUpload,
  Problems,
  refusal,
} from './time-import-file';
import { ImportJudge } from './time-import-judge';

export type { ImportUpload } from './time-import-file';

/** Rows judged, and written, at a time: what is held of the file at once. */
const CHUNK = 2000;

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
    const window = deliveryWindow(programme.programme, this.programmes.today());
    const file = new ImportFileReader(upload, window, {
      cyclesPerFamily: programme.programme.cyclesPerFamily,
    });
    return this.dataSource.transaction(async (manager) => {
      // First pass: every row checked as the file streams, a chunk at a time; nothing kept of the rows.
      const problems = new Problems();
      const judge = new ImportJudge(
        manager,
        principal,
        programme,
        { imports: this.imports, entries: this.entries, locks: this.locks },
        problems,
        file.label,
        await this.costs.costContextIn(manager, programmeId),
      );
      await inChunks(file.goodRows(problems), (rows) => judge.check(rows));
      if (problems.total > 0) throw refusal(problems);
      const result: TimeImportResult = {
        dryRun,
        importId: null,
        format: upload.format,
        contentHash: upload.contentHash,
        ...judge.figures(),
        warnings: judge.warnings,
        warningCount: judge.warningCount,
      };
      if (dryRun) return result;
      await this.holdMonths(manager, programmeId, judge);
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
      // Second pass: the same file again, every row now known good, written a batch at a time.
      const again = new Problems();
      let written = 0;
      await inChunks(file.goodRows(again), async (rows) => {
        const batch = new EntryColumns();
        for (const { record: r } of rows) {
          const { staffId, laId, familyId } = judge.resolve(r);
          batch.push(staffId, r.date, r.activity, r.minutes, laId, familyId);
        }
        await this.imports.insertEntries(manager, programmeId, batch);
        written += batch.length;
      });
      // Cannot happen (the file is our own copy): refuse rather than write other than was checked.
      if (again.total > 0 || written !== judge.good)
        throw new Error(`the import read ${written} rows to write, having checked ${judge.good}`);
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

  /**
   * Takes the shared locks of every month the rows fall in, sorted, at once (a sign-off takes
   * its month's exclusively), and refuses if one was signed off while the file was checked.
   */
  private async holdMonths(
    manager: EntityManager,
    programmeId: string,
    judge: ImportJudge,
  ): Promise<void> {
    const locked = await this.locks.lockedAmong(manager, programmeId, [...judge.periods.values()]);
    const [lock] = locked.values();
    if (lock)
      throw new ConflictException({
        message: `${lock.month} was signed off for ${lock.laCode} while the file was being checked. Nothing was written: load the file again to see the rows it holds in that month.`,
        code: 'period_locked' satisfies ConflictCode,
        lock,
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
}

/** Hands the rows on `size` at a time, awaiting each chunk before reading on. */
async function inChunks(
  rows: AsyncIterable<GoodRow>,
  handle: (rows: GoodRow[]) => Promise<void>,
  size = CHUNK,
): Promise<void> {
  let chunk: GoodRow[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      await handle(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await handle(chunk);
}
