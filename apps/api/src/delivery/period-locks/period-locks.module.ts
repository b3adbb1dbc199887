import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeriodLockEntity } from './entities/period-lock.entity';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { PeriodLocksController } from './period-locks.controller';
import { PeriodLocksRepository } from './period-locks.repository';
import { PeriodLocksService } from './period-locks.service';
import { PeriodReviewRepository } from './period-review.repository';
import { PeriodReviewService } from './period-review.service';

@Module({
  imports: [TypeOrmModule.forFeature([PeriodLockEntity]), ProgrammeContextModule],
  controllers: [PeriodLocksController],
  providers: [
    PeriodLocksService,
    PeriodLocksRepository,
    PeriodReviewService,
    PeriodReviewRepository,
  ],
  exports: [PeriodLocksService],
})
export class PeriodLocksModule {}
