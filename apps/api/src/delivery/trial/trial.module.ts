import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IneligibleReferralEntity } from './entities/ineligible-referral.entity';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { TrialController } from './trial.controller';
import { TrialRepository } from './trial.repository';
import { TrialService } from './trial.service';

@Module({
  imports: [TypeOrmModule.forFeature([IneligibleReferralEntity]), ProgrammeContextModule],
  controllers: [TrialController],
  providers: [TrialService, TrialRepository],
})
export class TrialModule {}
