import { Module, OnModuleInit } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { CostSummaryModule } from '../cost-summary/cost-summary.module';
import { JobsWorker } from '../jobs/jobs.worker';
import { WorkbookExportRepository } from './workbook-export.repository';
import { WorkbookExportController } from './workbook-export.controller';
import { WORKBOOK_JOB, WorkbookExportService } from './workbook-export.service';
import { WorkbookReader } from './workbook-reader';
import { LedgerLinesService } from './ledger-lines.service';

/** Delivery of the cost-evaluation workbook: streamed, as a background job, and from the CLI. */
@Module({
  imports: [CostSummaryModule, ProgrammeContextModule],
  controllers: [WorkbookExportController],
  providers: [WorkbookReader, WorkbookExportService, WorkbookExportRepository, LedgerLinesService],
  exports: [WorkbookExportService, LedgerLinesService],
})
export class WorkbookExportModule implements OnModuleInit {
  constructor(
    private readonly worker: JobsWorker,
    private readonly exports: WorkbookExportService,
  ) {}

  onModuleInit(): void {
    this.worker.register(WORKBOOK_JOB, (context) => this.exports.runJob(context));
  }
}
