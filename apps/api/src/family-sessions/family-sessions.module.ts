import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../platform/programme-context/programme-context.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { FamilySessionsController } from './family-sessions.controller';
import { FamilySessionsService } from './family-sessions.service';

@Module({
  imports: [ProgrammeContextModule, PeriodLocksModule],
  controllers: [FamilySessionsController],
  providers: [FamilySessionsService],
})
export class FamilySessionsModule {}
