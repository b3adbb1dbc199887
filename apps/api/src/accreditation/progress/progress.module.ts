import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { RuleSetsModule } from '../rule-sets/rule-sets.module';
import { ProgressController } from './progress.controller';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';

/** Accreditation progress: `GET accreditation` and `GET accreditation/details`. */
@Module({
  imports: [ProgrammeContextModule, RuleSetsModule],
  controllers: [ProgressController],
  providers: [ProgressService, ProgressRepository],
})
export class ProgressModule {}
