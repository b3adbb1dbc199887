import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilySessionEntity } from './entities/family-session.entity';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { FamiliesModule } from '../families/families.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { FamilySessionsController } from './family-sessions.controller';
import { FamilySessionsRepository } from './family-sessions.repository';
import { FamilySessionsService } from './family-sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FamilySessionEntity]),
    ProgrammeContextModule,
    PeriodLocksModule,
    FamiliesModule,
  ],
  controllers: [FamilySessionsController],
  providers: [FamilySessionsService, FamilySessionsRepository],
})
export class FamilySessionsModule {}
