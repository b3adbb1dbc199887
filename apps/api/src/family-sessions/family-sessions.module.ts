import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { FamilySessionsController } from './family-sessions.controller';
import { FamilySessionsService } from './family-sessions.service';

@Module({
  imports: [DeliveryModule, PeriodLocksModule],
  controllers: [FamilySessionsController],
  providers: [FamilySessionsService],
})
export class FamilySessionsModule {}
