import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimeEntryEntity } from './entities/time-entry.entity';
import { TimeEntryImportEntity } from './entities/time-entry-import.entity';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { CostSummaryModule } from '../../costing/cost-summary/cost-summary.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesRepository } from './time-entries.repository';
import { TimeEntriesService } from './time-entries.service';
import { TimeImportController } from './time-import.controller';
import { TimeImportRepository } from './time-import.repository';
import { TimeImportService } from './time-import.service';
import { TimeImportTemplates } from './time-import.templates';

@Module({
  imports: [
    TypeOrmModule.forFeature([TimeEntryEntity, TimeEntryImportEntity]),
    ProgrammeContextModule,
    PeriodLocksModule,
    CostSummaryModule,
  ],
  controllers: [TimeEntriesController, TimeImportController],
  providers: [
    TimeEntriesService,
    TimeEntriesRepository,
    TimeImportService,
    TimeImportRepository,
    TimeImportTemplates,
  ],
})
export class TimeEntriesModule {}
