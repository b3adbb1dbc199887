import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesService } from './time-entries.service';

@Module({
  imports: [DeliveryModule, PeriodLocksModule],
  controllers: [TimeEntriesController],
  providers: [TimeEntriesService],
})
export class TimeEntriesModule {}
