import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { TrialController } from './trial.controller';
import { TrialRepository } from './trial.repository';
import { TrialService } from './trial.service';

@Module({
  imports: [ProgrammeContextModule],
  controllers: [TrialController],
  providers: [TrialService, TrialRepository],
})
export class TrialModule {}
