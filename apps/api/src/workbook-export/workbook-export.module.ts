import { Module, OnModuleInit } from '@nestjs/common';
import { JobsWorker } from '../jobs/jobs.worker';
import { ProgrammesModule } from '../programmes/programmes.module';
import { WorkbookExportController } from './workbook-export.controller';
import { WORKBOOK_JOB, WorkbookExportService } from './workbook-export.service';
import { WorkbookReader } from './workbook-reader';

/** Delivery of the cost-evaluation workbook: streamed, as a background job, and from the CLI. */
@Module({
  imports: [ProgrammesModule],
  controllers: [WorkbookExportController],
  providers: [WorkbookReader, WorkbookExportService],
  exports: [WorkbookExportService],
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
