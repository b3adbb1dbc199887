import { CostingError, type Principal } from '@attune/domain';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { PassThrough, type Readable } from 'node:stream';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { CostGapsException } from '../cost-summary/cost-gaps';
import { CostSummaryService } from '../cost-summary/cost-summary.service';
import { JobsService } from '../jobs/jobs.service';
import { JobFailure, type JobContext, type JobResult } from '../jobs/jobs.worker';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { describeFailure, recordWorkbookExport, type ExportRoute } from './workbook-export-audit';
import { WorkbookReader, type WorkbookSource } from './workbook-reader';

export { describeFailure, type ExportRoute } from './workbook-export-audit';

export const WORKBOOK_JOB = 'workbook';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `<programme-name-slug>-workbook-YYYY-MM-DD.xlsx`: safe in a content-disposition header and any file system. */
export function workbookFileName(programmeName: string, at: Date): string {
  const slug = programmeName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'programme'}-workbook-${at.toISOString().slice(0, 10)}.xlsx`;
}

@Injectable()
export class WorkbookExportService {
  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly reader: WorkbookReader,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly costs: CostSummaryService,
  ) {}

  /**
   * 404 unless the programme exists and the caller may see it (an LA-bound
   * user: programmes with their LA), scoped in the query; the answer does
   * not tell whether a hidden programme exists.
   */
  async assertVisible(principal: Principal, programmeId: string): Promise<void> {
    await this.programmes.load(principal, programmeId);
  }

  record(
    programmeId: string,
    via: ExportRoute,
    who: AuditContext,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return recordWorkbookExport(this.audit, programmeId, via, who, extra);
  }

  /** Opens the snapshot, refusing (404, 422, 422 `cost_gaps`) before a byte is sent. */
  async open(programmeId: string, generatedBy: string): Promise<WorkbookSource> {
    try {
      return await this.reader.open(programmeId, { generatedAt: new Date(), generatedBy });
    } catch (error) {
      const message = describeFailure(error);
      if (error instanceof CostingError && message) throw new UnprocessableEntityException(message);
      throw error;
    }
  }

  /**
   * The workbook as a stream for an HTTP response. A failure part-way
   * destroys the stream, so the download breaks rather than ending short.
   */
  stream(source: WorkbookSource): Readable {
    const out = new PassThrough();
    // A client that goes away mid-download leaves the writer waiting for a drain that never
    // comes: end the snapshot then, so the connection goes back to the pool.
    out.once('close', () => void source.close());
    source
      .write(out)
      .catch((error: unknown) =>
        out.destroy(error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => void source.close());
    return out;
  }

  async enqueue(programmeId: string, principal: Principal, who: AuditContext): Promise<string> {
    // Refused now, not as a failed job later: lines without a unit cost would be missing from it.
    const summary = await this.costs.summary(programmeId);
    if (!summary.complete) throw new CostGapsException(summary.gaps);
    const job = await this.jobs.enqueue(
      WORKBOOK_JOB,
      { programmeId, generatedBy: principal.email },
      principal,
    );
    await this.record(programmeId, 'POST /api/programmes/:id/workbook-jobs', who, {
      jobId: job.id,
    });
    return job.id;
  }

  /** The 'workbook' job: the file goes to the job's output, progress as the ledger is written. */
  async runJob({ job, progress, output }: JobContext): Promise<JobResult> {
    const { programmeId, generatedBy } = job.params as {
      programmeId: string;
      generatedBy?: string;
    };
    let source: WorkbookSource;
    try {
      source = await this.reader.open(programmeId, {
        generatedAt: new Date(),
        generatedBy: generatedBy ?? 'background job',
      });
    } catch (error) {
      throw this.jobFailure(error);
    }
    // Progress is written one update at a time; a failed update does not stop the export.
    let updates = Promise.resolve();
    const onProgress = (done: number, total: number) => {
      const fraction = total > 0 ? Math.min(done / total, 1) : 1;
      updates = updates.then(() => progress(fraction)).catch(() => undefined);
    };
    try {
      await progress(0);
      await source.write(output, { onProgress });
      await updates;
      return {
        fileName: workbookFileName(source.programmeName, source.generatedAt),
        contentType: XLSX,
      };
    } catch (error) {
      throw this.jobFailure(error);
    } finally {
      await source.close();
    }
  }

  private jobFailure(error: unknown): Error {
    const message = describeFailure(error);
    return message ? new JobFailure(message) : (error as Error);
  }
}
