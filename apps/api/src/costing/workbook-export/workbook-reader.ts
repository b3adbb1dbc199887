import { writeWorkbook, type WriteWorkbookOptions } from '@attune/workbook';
import { Injectable, NotFoundException } from '../../platform/nest/nest-parts';
import { CostGapsException } from '../cost-summary/cost-gaps';
import { CostSummaryService } from '../cost-summary/cost-summary.service';
import { WorkbookExportRepository } from './workbook-export.repository';
import { threadAvailable, writeInThread } from './workbook-in-thread';
import { readWorkbookInput, type WorkbookInputHead } from './workbook-input';
import type { ThreadData } from './workbook-thread';

/** A programme's workbook, read from one snapshot that `close()` ends. */
export interface WorkbookSource {
  programmeName: string;
  generatedAt: Date;
  ledgerLineCount: number;
  /**
   * writeWorkbook of the programme into `output`: in the workbook's own
   * thread when the API is built (workbook-in-thread.ts), which reads the
   * small tables and the ledger from the same snapshot; in this thread otherwise.
   */
  write(
    output: NodeJS.WritableStream,
    options?: Pick<WriteWorkbookOptions, 'onProgress'>,
  ): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a programme's workbook: checks here what refuses it before a byte
 * is written (404, the summary's gaps) and leaves the rest (the small tables,
 * the ledger: workbook-input.ts) to whoever writes it. Everything is read in
 * one REPEATABLE READ snapshot (WorkbookExportRepository); the summary comes
 * from CostSummaryService (its own snapshot: a write committed in between
 * makes the writer refuse, never a wrong file).
 */
@Injectable()
export class WorkbookReader {
  constructor(
    private readonly repository: WorkbookExportRepository,
    private readonly costs: CostSummaryService,
  ) {}

  /**
   * `thread: false` writes in the caller's thread: the CLI, whose process does nothing else, so a
   * second V8 heap with its own copy of exceljs, pg and the domain only costs memory (deflating
   * runs on libuv's thread pool, the other core, either way). The API keeps its thread free.
   */
  async open(
    programmeId: string,
    meta: { generatedAt: Date; generatedBy: string },
    { thread = true }: { thread?: boolean } = {},
  ): Promise<WorkbookSource> {
    const summary = await this.costs.summary(programmeId); // 404 or CostingError first
    if (!summary.complete) throw new CostGapsException(summary.gaps);
    const snapshot = await this.repository.snapshot(programmeId);
    const close = () => snapshot.close();
    try {
      const programme = await snapshot.programme();
      if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
      const head: WorkbookInputHead = {
        programme,
        summary,
        ...meta,
        ledgerLineCount: await snapshot.ledgerLineCount(),
      };
      const write: WorkbookSource['write'] = async (output, options) => {
        if (!thread || !threadAvailable())
          return writeWorkbook(await readWorkbookInput(snapshot, head), output, options);
        const data: ThreadData = {
          url: this.repository.connectionUrl(),
          snapshotId: await snapshot.exportSnapshot(),
          programmeId,
          head,
        };
        return writeInThread(data, output, options);
      };
      return {
        programmeName: programme.name,
        generatedAt: meta.generatedAt,
        ledgerLineCount: head.ledgerLineCount,
        write,
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  }
}
