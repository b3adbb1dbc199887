import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { PeriodLocksController } from './period-locks.controller';
import { PeriodLocksService } from './period-locks.service';

@Module({
  imports: [DeliveryModule],
  controllers: [PeriodLocksController],
  providers: [PeriodLocksService],
  exports: [PeriodLocksService],
})
export class PeriodLocksModule {}
