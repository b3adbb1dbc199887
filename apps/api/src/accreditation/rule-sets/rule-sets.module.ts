import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../../programme-data/programmes/programmes.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { RuleSetEntity } from './entities/rule-set.entity';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsRepository } from './rule-sets.repository';
import { RuleSetsService } from './rule-sets.service';

/** Exports RuleSetsService for the rule set in force (accreditation progress computes with it). */
@Module({
  imports: [ProgrammeContextModule, ProgrammesModule, TypeOrmModule.forFeature([RuleSetEntity])],
  controllers: [RuleSetsController],
  providers: [RuleSetsService, RuleSetsRepository],
  exports: [RuleSetsService],
})
export class RuleSetsModule {}
