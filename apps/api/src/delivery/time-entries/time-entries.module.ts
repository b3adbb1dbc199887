import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimeEntryEntity } from './entities/time-entry.entity';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesRepository } from './time-entries.repository';
import { TimeEntriesService } from './time-entries.service';

@Module({
  imports: [TypeOrmModule.forFeature([TimeEntryEntity]), ProgrammeContextModule, PeriodLocksModule],
  controllers: [TimeEntriesController],
  providers: [TimeEntriesService, TimeEntriesRepository],
})
export class TimeEntriesModule {}
